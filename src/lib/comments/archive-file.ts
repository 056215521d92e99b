/**
 * Reads an archived-comments file (<post>.comments.json beside its post).
 * These files are read directly rather than through a content collection:
 * an archive can hold hundreds of thousands of comments, which need not sit
 * in Astro's data store, and most sites have none at all.
 */
import { z } from "zod";
import { parseFrontmatterDate } from "../content/dates";
import type { ArchivedComment } from "./archive";

export const ARCHIVE_SUFFIX = ".comments.json";

const id = z.union([z.string().min(1), z.number().int()]).transform(String);

function schema(timeZone: string) {
  return z.object({
    comments: z.array(
      z.object({
        id,
        parent: z
          .union([z.string(), z.number().int(), z.null()])
          .transform((value) => (value === "" || value === 0 || value === null ? undefined : String(value)))
          .optional(),
        author: z.string({ error: "expected the commenter's name" }).trim().min(1, "expected the commenter's name"),
        // Any text: a website that cannot be a link costs the comment its link, not the build (see buildThread).
        authorUrl: z.string({ error: "expected the commenter's website as text" }).optional(),
        date: z.string({ error: "expected a date such as 2012-04-18 11:42" }).transform((value, ctx) => {
          const date = parseFrontmatterDate(value, timeZone);
          if (!date) {
            ctx.addIssue({ code: "custom", message: `expected a date such as 2012-04-18 11:42 (got "${value}")` });
            return z.NEVER;
          }
          return date;
        }),
        html: z.string({ error: "expected the comment's text as HTML" }),
        votes: z.number({ error: "expected a whole number of votes" }).int().default(0),
      }),
    ),
  });
}

/** The comments in `text`, or an error naming the file, the comment and the field. */
export function parseArchiveFile(text: string, file: string, timeZone: string): ArchivedComment[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema(timeZone).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [, index, field] = issue.path;
      const where =
        typeof index === "number"
          ? `comments[${index}]${field ? `.${String(field)}` : ""}`
          : issue.path.join(".") || "the file";
      return `${where}: ${issue.message}`;
    });
    throw new Error(`${file} is not a valid archived-comments file:\n- ${problems.join("\n- ")}`);
  }
  return result.data.comments;
}
