/**
 * A post's own `permalink` (front matter): the address it keeps whatever the permalink setting
 * gives, such as an imported post whose WordPress URL did not follow the structure. It is a path
 * on this site of plain segments ending in "/": never another host, a query, ".." or an encoded
 * slash (src/lib/build/safe-path.ts), so it can only ever be a folder inside dist/.
 */
import { sitePathProblem } from "../build/safe-path";

/** Why `path` cannot be a post's kept permalink, with what was expected, or undefined when it can. */
export function keptPermalinkProblem(path: string): string | undefined {
  const example = 'expected a path on this site such as "/2019/03/04/my-story/"';
  const problem = sitePathProblem(path);
  if (problem) return `${JSON.stringify(path)} ${problem}; ${example}`;
  if (path === "/") return `is "/", the front page; ${example}`;
  if (!path.endsWith("/")) return `${JSON.stringify(path)} does not end in "/"; ${example}`;
  return undefined;
}
