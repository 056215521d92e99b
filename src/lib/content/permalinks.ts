/**
 * Permalink structures, as WordPress writes them: "/%year%/%monthnum%/%day%/%postname%/",
 * "/%postname%/", "/%category%/%postname%/", "/archives/%post_id%/"…
 *
 * A structure is a list of segments, each either one token or a fixed word, and it ends in
 * %postname% or %post_id% so that every post has an address of its own. `articlePath` is the
 * one function that turns a post into its path; `matchStructure` reads a path back, for the
 * importer's detection. Dates are in the site's time zone, as WordPress's are.
 */
import { zonedParts } from "./dates";

export const PERMALINK_TOKENS = ["year", "monthnum", "day", "postname", "post_id", "category"] as const;
export type PermalinkToken = (typeof PERMALINK_TOKENS)[number];

export type StructureSegment = { token: PermalinkToken } | { literal: string };

export interface PermalinkStructure {
  /** Normalised: one leading and one trailing slash, e.g. "/%year%/%monthnum%/%postname%/". */
  text: string;
  segments: StructureSegment[];
}

/** Paddock's own structure, WordPress's "Month and name". */
export const DEFAULT_PERMALINK = "/%year%/%monthnum%/%postname%/";

const TOKEN = /^%([a-z_]+)%$/;
// A fixed word in a structure ("archives", "blog"): never anything a URL or a folder reads specially.
const LITERAL = /^[a-z0-9][a-z0-9_-]*$/;
const EXPECTED = `WordPress tokens (${PERMALINK_TOKENS.map((t) => `%${t}%`).join(", ")}) and plain words, separated by "/" and ending in %postname% or %post_id%, such as "/%year%/%monthnum%/%day%/%postname%/"`;

/** The structure, or why it cannot be one (a sentence fragment naming what was expected). */
export function readStructure(text: string): { structure: PermalinkStructure } | { problem: string } {
  const parts = text
    .trim()
    .replace(/^\/+|\/+$/g, "")
    .split("/");
  if (parts.length === 1 && parts[0] === "") return { problem: `is empty; expected ${EXPECTED}` };
  const segments: StructureSegment[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const token = TOKEN.exec(part)?.[1];
    if (token !== undefined) {
      if (!(PERMALINK_TOKENS as readonly string[]).includes(token)) {
        return { problem: `has "%${token}%", which Paddock does not know; expected ${EXPECTED}` };
      }
      if (seen.has(token)) return { problem: `has "%${token}%" twice; expected each token once` };
      seen.add(token);
      segments.push({ token: token as PermalinkToken });
    } else if (LITERAL.test(part)) {
      segments.push({ literal: part });
    } else {
      return { problem: `has the segment "${part}"; expected ${EXPECTED}` };
    }
  }
  const last = segments.at(-1)!;
  if (!("token" in last) || (last.token !== "postname" && last.token !== "post_id")) {
    return { problem: `does not end in %postname% or %post_id%; expected ${EXPECTED}` };
  }
  return { structure: { text: `/${parts.join("/")}/`, segments } };
}

/** The structure of a valid text; throws naming the text otherwise (for structures written in code). */
export function parseStructure(text: string): PermalinkStructure {
  const read = readStructure(text);
  if ("problem" in read) throw new Error(`The permalink structure "${text}" ${read.problem}`);
  return read.structure;
}

export const defaultStructure = parseStructure(DEFAULT_PERMALINK);

/** Whether the structure needs a post's WordPress id. */
export const needsPostId = (structure: PermalinkStructure) =>
  structure.segments.some((segment) => "token" in segment && segment.token === "post_id");

/** What a post's path is made of. */
export interface PathFields {
  slug: string;
  pubDate: Date;
  /** The post's category slug (its primary category). */
  category: string;
  /** Needed only by structures with %post_id%. */
  postId?: number | undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The site-relative path of a post under a structure, e.g. "/2019/03/04/slug/". */
export function articlePath(structure: PermalinkStructure, fields: PathFields, timeZone: string): string {
  const { year, month, day } = zonedParts(fields.pubDate, timeZone);
  const values: Record<PermalinkToken, () => string> = {
    year: () => String(year),
    monthnum: () => pad(month),
    day: () => pad(day),
    postname: () => fields.slug,
    category: () => fields.category,
    post_id: () => {
      if (fields.postId === undefined) throw new Error(`The structure ${structure.text} needs a post id`);
      return String(fields.postId);
    },
  };
  const segments = structure.segments.map((segment) =>
    "token" in segment ? values[segment.token]() : segment.literal,
  );
  return `/${segments.join("/")}/`;
}

/** WordPress's /YYYY/MM/slug/: the address a post's comment thread and feed GUID are keyed by, whatever the setting. */
export function defaultPath(slug: string, pubDate: Date, timeZone: string): string {
  return articlePath(defaultStructure, { slug, pubDate, category: "" }, timeZone);
}

/**
 * The tokens a path has under a structure, or undefined when it does not fit
 * (a different number of segments, a different fixed word, a year that is not
 * four digits…). Values are as written in the path (still %-encoded).
 */
export function matchStructure(
  structure: PermalinkStructure,
  path: string,
): Partial<Record<PermalinkToken, string>> | undefined {
  if (!path.startsWith("/")) return undefined;
  const parts = path.slice(1).replace(/\/$/, "").split("/");
  if (parts.length !== structure.segments.length || parts.some((part) => part === "")) return undefined;
  const shapes: Record<PermalinkToken, RegExp> = {
    year: /^\d{4}$/,
    monthnum: /^(0[1-9]|1[0-2])$/,
    day: /^(0[1-9]|[12]\d|3[01])$/,
    post_id: /^[1-9]\d*$/,
    postname: /^[^.]+$/,
    category: /^[^.]+$/,
  };
  const tokens: Partial<Record<PermalinkToken, string>> = {};
  for (const [i, segment] of structure.segments.entries()) {
    const part = parts[i]!;
    if ("literal" in segment) {
      if (part !== segment.literal) return undefined;
    } else {
      if (!shapes[segment.token].test(part)) return undefined;
      tokens[segment.token] = part;
    }
  }
  return tokens;
}
