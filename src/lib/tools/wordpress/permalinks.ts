/**
 * The permalink structure of a WordPress site, read from its export: every published post's
 * <link> is matched against WordPress's common structures, and the one most posts fit is the
 * site's (a majority vote, so a few edited or moved posts do not decide it). Each post is then
 * served where its <link> says: at the structure's path, or, where the link disagrees with the
 * post's date or category (time zones, edited dates), at a kept `permalink` of its own.
 *
 * A <link> is a stranger's text: it is kept only as a same-site path of safe segments
 * (src/lib/content/kept-permalink.ts), read from the text as written (URL parsing would resolve
 * "..", "%2e%2e" and "\" before they could be refused), and only when it is on the site's host.
 */
import { keptPermalinkProblem } from "../../content/kept-permalink";
import { DEFAULT_PERMALINK, matchStructure, parseStructure, type PermalinkStructure } from "../../content/permalinks";

/** WordPress's settings page offers these (Day and name, Month and name, Numeric, Post name), plus category-based. */
export const WORDPRESS_STRUCTURES: readonly PermalinkStructure[] = [
  "/%year%/%monthnum%/%day%/%postname%/",
  DEFAULT_PERMALINK,
  "/%postname%/",
  "/%category%/%postname%/",
  "/archives/%post_id%/",
].map(parseStructure);

/** What the first pass learns from the posts' links: votes per structure and the hosts they name. */
export interface LinkSurvey {
  posts: number;
  votes: Map<string, number>;
  hosts: Map<string, number>;
  /** <wp:base_site_url>, when the export has it. */
  baseHost: string | undefined;
}

export const newLinkSurvey = (): LinkSurvey => ({ posts: 0, votes: new Map(), hosts: new Map(), baseHost: undefined });

const LINK = /^https?:\/\/([^/?#\\]+)([^?#]*)/i;

/** The host and path of a <link> as written, the path with a trailing "/" ("/archives/12" → "/archives/12/"). */
export function linkParts(link: string): { host: string; path: string } | undefined {
  const match = LINK.exec(link.trim());
  if (!match) return undefined;
  const raw = match[2] || "/";
  const last = raw.split("/").pop()!;
  const path = raw.endsWith("/") || last.includes(".") ? raw : `${raw}/`;
  return { host: match[1]!.toLowerCase(), path };
}

/** The path as readers' browsers use it: decoded, lowercase (WordPress slugs are); undefined for a broken escape. */
function readable(path: string): string | undefined {
  try {
    return decodeURI(path).toLowerCase();
  } catch {
    return undefined;
  }
}

/** Counts a published post's link towards each structure it fits (its slug or id in the last place). */
export function surveyLink(survey: LinkSurvey, item: { link: string; id: string }, slug: string): void {
  const parts = linkParts(item.link);
  const path = parts && readable(parts.path);
  if (!parts || !path) return;
  survey.posts++;
  survey.hosts.set(parts.host, (survey.hosts.get(parts.host) ?? 0) + 1);
  for (const structure of WORDPRESS_STRUCTURES) {
    const tokens = matchStructure(structure, path);
    if (!tokens) continue;
    if (tokens.postname !== undefined && tokens.postname !== slug) continue;
    if (tokens.post_id !== undefined && tokens.post_id !== item.id) continue;
    // "/2019/slug/" is not a category called 2019.
    if (tokens.category !== undefined && /^\d+$/.test(tokens.category)) continue;
    survey.votes.set(structure.text, (survey.votes.get(structure.text) ?? 0) + 1);
  }
}

export interface Detection {
  structure: PermalinkStructure;
  /** Posts whose link fits it. */
  fits: number;
  /** Published posts with a readable link. */
  posts: number;
}

/** The structure most links fit (ties go to the earlier in WORDPRESS_STRUCTURES), or undefined when none fits any. */
export function detectStructure(survey: LinkSurvey): Detection | undefined {
  let best: Detection | undefined;
  for (const structure of WORDPRESS_STRUCTURES) {
    const fits = survey.votes.get(structure.text) ?? 0;
    if (fits > 0 && (!best || fits > best.fits)) best = { structure, fits, posts: survey.posts };
  }
  return best;
}

/** The site's own host: <wp:base_site_url>'s, else the one most links name. */
export function siteHost(survey: LinkSurvey): string | undefined {
  if (survey.baseHost) return survey.baseHost;
  return [...survey.hosts].sort(([, a], [, b]) => b - a)[0]?.[0];
}

/** Where an imported post is served, and why its link could not be kept when it could not. */
export interface ImportedAddress {
  /** Set when the link disagrees with the structure's path and can be served as it is. */
  kept: string | undefined;
  /** Why the link was not kept (another host, not a safe path…), for the report. */
  problem: string | undefined;
}

/**
 * The link's path kept where it differs from `computed` (the structure's path for the post);
 * nothing kept where they agree. A link that is not an http(s) address on the site's host, or
 * whose path cannot be a folder of the site, is refused with the reason.
 */
export function importedAddress(link: string, computed: string, host: string | undefined): ImportedAddress {
  const parts = linkParts(link);
  if (!parts)
    return { kept: undefined, problem: `<link> ${JSON.stringify(link.slice(0, 80))} is not an http(s) address` };
  if (host && parts.host !== host) {
    return { kept: undefined, problem: `<link> points to another host (${parts.host}, not ${host})` };
  }
  const path = readable(parts.path);
  if (path === undefined)
    return { kept: undefined, problem: `<link> path ${JSON.stringify(parts.path)} has a broken %-escape` };
  if (path === readable(computed)) return { kept: undefined, problem: undefined };
  const problem = keptPermalinkProblem(path);
  if (problem) return { kept: undefined, problem: `<link> path ${problem.replace(/; expected.*$/, "")}` };
  return { kept: path, problem: undefined };
}
