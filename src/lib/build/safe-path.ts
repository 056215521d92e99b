/**
 * One rule for every value from outside (a WordPress export, redirects.json)
 * that becomes a URL path segment, a file name or part of a redirect rule:
 *
 * A segment is one piece of a path, never the structure around it: it is not
 * empty, at most 200 bytes, and contains no "/" or "\" (also not encoded as
 * %2F or %5C, in any case), no "..", no whitespace or control characters, and
 * none of "?", "#", "*", ":", which a URL or a `_redirects` rule would read as
 * a query, a fragment, a wildcard or a placeholder. Percent-escapes are
 * checked decoded as well, so "%2e%2e" is "..".
 *
 * A site path is "/" followed by such segments separated by single "/"
 * (a trailing "/" allowed): it stays on the site and inside dist/.
 */

export const MAX_SEGMENT_BYTES = 200;

const SYNTAX = /[?#*:]/;
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // "100%-electric" is text, not an escape
  }
}

/** Why `value` cannot be a path segment or file name, or undefined when it can. */
export function segmentProblem(value: string): string | undefined {
  if (value === "") return "is empty";
  if (Buffer.byteLength(value) > MAX_SEGMENT_BYTES) return `is longer than ${MAX_SEGMENT_BYTES} bytes`;
  if (/%(?:2f|5c)/i.test(value)) return 'contains an encoded "/" or "\\" (%2F or %5C)';
  for (const text of new Set([value, decoded(value)])) {
    if (text.includes("/")) return 'contains "/"';
    if (text.includes("\\")) return 'contains "\\"';
    if (text.includes("..")) return 'contains ".."';
    if (SPACE_OR_CONTROL.test(text)) return "contains whitespace or a control character";
    if (SYNTAX.test(text)) return 'contains "?", "#", "*" or ":"';
  }
  return undefined;
}

export interface SitePathOptions {
  /** Allow a query string of name=value pairs ("/?p=123"), as redirect sources have. */
  query?: boolean;
}

/** Why `path` is not a same-site path such as "/2024/05/story/", or undefined when it is. */
export function sitePathProblem(path: string, { query = false }: SitePathOptions = {}): string | undefined {
  if (!path.startsWith("/")) return 'does not start with "/"';
  if (path.startsWith("//")) return 'starts with "//" (another host)';
  try {
    decodeURI(path);
  } catch {
    return 'has a "%" that is not an escape such as %C3%A9 (write it as %25)';
  }
  const [pathname, search, ...rest] = path.split("?");
  if (search !== undefined) {
    if (!query) return "has a query string";
    if (rest.length) return 'has more than one "?"';
    for (const pair of search.split("&")) {
      if (!/^[\w.-]+=[\w.%-]*$/.test(pair)) return `has a query part "${pair}" that is not name=value`;
    }
  }
  const segments = pathname!.slice(1).split("/");
  // "/a/b/" splits into ["a", "b", ""]: only the last may be empty (the trailing slash), or the whole ("/").
  if (segments.at(-1) === "") segments.pop();
  for (const segment of segments) {
    if (segment === "") return 'contains "//"';
    const problem = segmentProblem(segment);
    if (problem) return `has a segment that ${problem}`;
  }
  return undefined;
}

/** A value as a report or an error quotes it: control characters visible, long values cut. */
export function quoted(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 82 ? `${text.slice(0, 80)}…"` : text;
}
