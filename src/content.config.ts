import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { defineCollection, reference } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { z } from "astro/zod";
import { keptPermalinkProblem } from "./lib/content/kept-permalink";
import { parseFrontmatterDate } from "./lib/content/dates";
import { bodyOf, withDatesAsWritten } from "./lib/content/frontmatter";
import { inlineNotices } from "./lib/content/inline-notices";
import { countWords } from "./lib/content/reading-time";
import { config } from "./site/site-config";

/**
 * Entries are keyed by their path (without extension), never by a `slug`
 * field: two posts may share a slug in different months, and Astro would
 * otherwise keep only one of them.
 */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, "");

/**
 * The glob loader, but post dates reach the schema as the text in the file,
 * and what the site needs from the body (its word count and inline notices)
 * is read here so the store need not keep the body: at 60,000 posts the
 * bodies were half of a data store that the build holds in memory three times.
 */
function postLoader(): Loader {
  const loader = glob({
    pattern: "**/*.{md,mdx}",
    base: "./src/content/posts",
    generateId: idFromPath,
    retainBody: false,
  });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const path = isAbsolute(props.filePath) ? props.filePath : resolve(props.filePath);
          const text = await readFile(path, "utf8");
          const body = bodyOf(text);
          const fromBody = { words: countWords(body), notices: inlineNotices(body, config.timeZone) };
          const data: Record<string, unknown> = { ...withDatesAsWritten(props.data, text), fromBody };
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

// Dates without an offset are wall time in the site's zone (see src/lib/content/dates.ts).
const siteDate = z.unknown().transform((value, ctx) => {
  const date = parseFrontmatterDate(value, config.timeZone);
  if (!date) {
    ctx.addIssue({
      code: "custom",
      message: `expected a date such as 2026-11-03T09:30:00-05:00 or "2026-11-03 09:30" (got ${JSON.stringify(value)})`,
    });
    return z.NEVER;
  }
  return date;
});

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, `expected ${what}`);

const source = z.object({
  name: nonEmpty("the name of the cited source"),
  url: z.url({ error: "expected the source's full URL, starting with https://" }).optional(),
  paywalled: z.boolean().default(false),
});

const notice = z.object({
  date: siteDate,
  type: z.enum(["update", "correction"]).default("update"),
  text: nonEmpty("the text of the notice"),
});

const posts = defineCollection({
  loader: postLoader(),
  schema: ({ image }) =>
    z.object({
      title: nonEmpty("a headline"),
      /** The dek: one or two sentences under the headline, also used as the meta description. */
      description: nonEmpty("a one- or two-sentence summary (the dek)"),
      pubDate: siteDate,
      updatedDate: siteDate.optional(),
      authors: z.array(reference("authors")).min(1, "expected at least one author"),
      category: nonEmpty("a category slug from paddock.config.ts"),
      tags: z.array(z.string().trim().min(1)).default([]),
      heroImage: image().optional(),
      heroAlt: z.string().trim().optional(),
      heroCredit: z.string().trim().optional(),
      sources: z.array(source).default([]),
      updates: z.array(notice).default([]),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
      /** Overrides the slug taken from the file name (e.g. a WordPress slug, percent-encoded or not). */
      slug: z
        .string()
        .regex(
          /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}%_-]+$/u,
          "expected a slug of lowercase letters, digits, hyphens, underscores or %-escapes (no dots, slashes or spaces)",
        )
        .optional(),
      /** Earlier permalinks of this post, oldest first. The first one keys the comment thread. */
      redirectFrom: z.array(z.string().startsWith("/", "expected a path starting with /")).default([]),
      /** The giscus thread key. Defaults to the post's first permalink; never change it once comments exist. */
      commentsKey: z.string().trim().min(1).optional(),
      /** Closes the live thread; archived comments stay visible. */
      commentsClosed: z.boolean().default(false),
      /** The WordPress post id, for a `permalink` setting with %post_id% (imported posts have legacy.wordpressId). */
      postId: z.number({ error: "expected a whole number such as 123" }).int().positive().optional(),
      /** An address kept whatever the permalink setting gives, e.g. an imported post's old URL. */
      permalink: z
        .string()
        .superRefine((path, ctx) => {
          const problem = keptPermalinkProblem(path);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .optional(),
      /** Filled in by postLoader from the body; anything written here is replaced. */
      fromBody: z.object({
        words: z.number(),
        notices: z.array(z.object({ date: z.date(), type: z.enum(["update", "correction"]), text: z.string() })),
      }),
      /** Kept by the WordPress importer so feeds and comments stay continuous; `urls` are old non-permalink addresses such as /?p=123. */
      legacy: z
        .object({
          wordpressId: z.number().int().positive().optional(),
          guid: z.string().optional(),
          urls: z.array(z.string()).default([]),
        })
        .optional(),
    }),
});

const authors = defineCollection({
  // The file name is the author's slug: src/content/authors/ana-lima.yaml → /author/ana-lima/
  loader: glob({ pattern: "**/*.{yaml,yml,json}", base: "./src/content/authors", generateId: idFromPath }),
  schema: ({ image }) =>
    z.object({
      name: nonEmpty("the author's display name"),
      role: z.enum(["staff", "contributor", "moderator"], {
        error: 'expected one of "staff", "contributor" or "moderator"',
      }),
      // Optional: an author imported from WordPress may have neither yet.
      country: nonEmpty("the author's country").optional(),
      bio: nonEmpty("a short biography").optional(),
      avatar: image().optional(),
      links: z.array(z.object({ label: nonEmpty("a link label"), url: z.url() })).default([]),
    }),
});

/** Standalone pages (About, Contact…) served at /<file name>/; the WordPress importer writes them. */
const pages = defineCollection({
  loader: glob({ pattern: "*.{md,mdx}", base: "./src/content/pages", generateId: idFromPath }),
  schema: z.object({
    title: nonEmpty("a page title"),
    description: z.string().trim().optional(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { posts, authors, pages };
