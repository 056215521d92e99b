/**
 * Who a WordPress post is credited to. The export names the author of each
 * post by login (<dc:creator>) and lists the site's authors once
 * (<wp:author>). A creator is matched to a listed author, never turned into
 * a new person because of a stray character: a post whose creator matches
 * nobody is credited to the export's first author and reported, so an editor
 * can correct its `authors:` line.
 */
import type { WxrAuthor } from "./wxr";

/** How a post's creator was matched: exactly, once stray characters were trimmed, or not at all. */
export type AuthorCredit =
  | { login: string; match: "exact" }
  | { login: string; match: "trimmed"; creator: string }
  | { login: string; match: "unknown"; creator: string }
  /** The export lists no authors at all (WXR 1.0, hand-made files): the login is all there is. */
  | { login: string; match: "login-only" };

// The characters WordPress allows in a login (sanitize_user); anything else at either end is stray.
const STRAY_ENDS = /^[^A-Za-z0-9_.@ -]+|[^A-Za-z0-9_.@ -]+$/g;

export function creditAuthor(creator: string, authors: ReadonlyMap<string, WxrAuthor>): AuthorCredit {
  const written = creator.trim();
  if (authors.has(written)) return { login: written, match: "exact" };
  if (authors.size === 0) return { login: written || "wordpress", match: "login-only" };
  const trimmed = written.replace(STRAY_ENDS, "").trim().toLowerCase();
  const found = trimmed && [...authors.keys()].find((login) => login.toLowerCase() === trimmed);
  if (found) return { login: found, match: "trimmed", creator };
  return { login: authors.keys().next().value!, match: "unknown", creator };
}

/**
 * The nicename WordPress gives a login for its author archive (/author/<nicename>/): WordPress's
 * sanitize_title, which lowercases, turns dots and spaces into hyphens and drops other punctuation.
 * Exports do not carry it, so it is derived the same way.
 */
export function wordpressNicename(login: string): string {
  return login
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\./g, "-")
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);
}

/** The name an author file shows: the display name, else first and last names, else the login. */
export function authorName(login: string, author: WxrAuthor | undefined): string {
  const full = [author?.firstName, author?.lastName].filter(Boolean).join(" ").trim();
  const display = author?.displayName?.trim();
  if (display && (display !== login || !full)) return display;
  return full || login;
}
