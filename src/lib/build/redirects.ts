/**
 * Redirects from old URLs (WordPress slugs, /?p=ID, legacy paths) to their
 * Paddock permalinks, kept in src/data/redirects.json. The build turns them
 * into static redirect pages (for any host) and a `_redirects` file (for CDN
 * hosts, which also match query strings such as ?p=123).
 *
 * Both ends of every redirect are same-site paths (src/lib/build/safe-path.ts):
 * a redirect can neither send readers to another host nor make the build
 * write outside dist/, whoever wrote the file.
 */
import { existsSync, readFileSync } from "node:fs";
import { quoted, sitePathProblem } from "./safe-path";

export interface Redirect {
  from: string;
  to: string;
}

export const REDIRECTS_FILE = "src/data/redirects.json";

const EXAMPLE = '{ "from": "/old/path/", "to": "/new/path/" }';

/** Why a redirect cannot be served, naming the field, or undefined when it can. */
export function redirectProblem(redirect: Redirect): string | undefined {
  const from = sitePathProblem(redirect.from, { query: true });
  if (from) return `"from" ${quoted(redirect.from)} ${from}; expected a path on this site such as "/2019/03/old-slug/"`;
  const to = sitePathProblem(redirect.to);
  if (to) return `"to" ${quoted(redirect.to)} ${to}; expected a path on this site such as "/2019/03/new-slug/"`;
  return undefined;
}

export function readRedirects(file: string): Redirect[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file} should be a list of ${EXAMPLE}`);
  for (const [i, entry] of data.entries()) {
    if (typeof entry?.from !== "string" || typeof entry?.to !== "string") {
      throw new Error(`${file}: entry ${i + 1} should look like ${EXAMPLE} (got ${quoted(JSON.stringify(entry))})`);
    }
    const problem = redirectProblem(entry as Redirect);
    if (problem) throw new Error(`${file}: entry ${i + 1} cannot be served: ${problem}`);
  }
  return data as Redirect[];
}

/** The path a static redirect page is written at, decoded as the host serves it ("/2020/07/škoda/"). */
function decodedPath(path: string, field: "from" | "to"): string {
  try {
    return decodeURI(path);
  } catch {
    throw new Error(
      `Redirect "${field}" ${quoted(path)} has a broken %-escape; expected a path such as "/2019/03/slug/"`,
    );
  }
}

/** Redirects a static page can serve: plain paths, no query string. */
export function staticRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(
    redirects
      .filter((r) => !r.from.includes("?"))
      .map((redirect) => {
        // Checked again here, where the build turns sources into folders: nothing may land outside dist/.
        const problem = redirectProblem(redirect);
        if (problem) throw new Error(`A redirect page cannot be built: ${problem}`);
        return [decodedPath(redirect.from, "from"), decodedPath(redirect.to, "to")];
      }),
  );
}

// "source [name=value…] target 301!", each part free of spaces.
const RULE = /^\/\S* (?:[\w.-]+=[\w.%-]* )*\/\S* 301!$/;

/**
 * Netlify-style `_redirects`: "/from /to 301!", and "/ p=123 /to 301!" for
 * query strings. The "!" forces the rule even where a file exists (the home
 * page for "/?p=123", the static redirect page for the rest). A redirect that
 * would not make exactly one well-formed rule stops the build.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects
    .map((redirect) => {
      const problem = redirectProblem(redirect);
      if (problem) throw new Error(`A redirect cannot be written to _redirects: ${problem}`);
      const { from, to } = redirect;
      const [path, query] = from.split("?");
      const line = query ? `${path} ${query.split("&").join(" ")} ${to} 301!` : `${from} ${to} 301!`;
      if (!RULE.test(line)) {
        throw new Error(
          `The redirect from ${quoted(from)} to ${quoted(to)} would make the _redirects line ${quoted(line)}; expected "source [name=value…] target 301!"`,
        );
      }
      return line;
    })
    .join("\n")
    .concat(redirects.length ? "\n" : "");
}
