/**
 * Redirects from old URLs (WordPress slugs, /?p=ID, legacy paths) to their
 * Paddock permalinks, kept in src/data/redirects.json. The build turns them
 * into static redirect pages (for any host) and a `_redirects` file (for CDN
 * hosts, which also match query strings such as ?p=123).
 */
import { existsSync, readFileSync } from "node:fs";

export interface Redirect {
  from: string;
  to: string;
}

export const REDIRECTS_FILE = "src/data/redirects.json";

export function readRedirects(file: string): Redirect[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data) || !data.every((r) => typeof r?.from === "string" && typeof r?.to === "string")) {
    throw new Error(`${file} should be a list of { "from": "/old/path/", "to": "/new/path/" }`);
  }
  return (data as Redirect[]).filter((r) => r.from.startsWith("/") && r.to.startsWith("/"));
}

/** Redirects a static page can serve: plain paths, no query string. */
export function staticRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(
    redirects.filter((r) => !r.from.includes("?")).map((r) => [decodeURI(r.from), decodeURI(r.to)]),
  );
}

/**
 * Netlify-style `_redirects`: "/from /to 301!", and "/ p=123 /to 301!" for
 * query strings. The "!" forces the rule even where a file exists (the home
 * page for "/?p=123", the static redirect page for the rest).
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects
    .map(({ from, to }) => {
      const [path, query] = from.split("?");
      if (!query) return `${from} ${to} 301!`;
      return `${path} ${query.split("&").join(" ")} ${to} 301!`;
    })
    .join("\n")
    .concat(redirects.length ? "\n" : "");
}
