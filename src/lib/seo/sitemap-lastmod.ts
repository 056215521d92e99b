/**
 * Last-modified dates for the sitemap. The sitemap is written after the pages, outside the content
 * layer, so the build leaves the dates it computed for its posts in a file for it: reading the
 * 60,000 post files of a large archive again took 3–9 s of every build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { lastModified, type Post } from "../content/posts";

/** Where a build leaves the dates, relative to the project (beside Astro's own caches). */
export const SITEMAP_DATES_FILE = "node_modules/.astro/paddock/sitemap-dates.json";

/** Decoded permalink → when the post last changed (see lastModified), for these posts. */
export function sitemapDates(posts: readonly Post[]): Record<string, string> {
  return Object.fromEntries(posts.map((post) => [decodeURI(post.permalink), lastModified(post).toISOString()]));
}

export function writeSitemapDates(file: string, posts: readonly Post[]): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written whole, then renamed: the sitemap never reads half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(sitemapDates(posts)));
  renameSync(`${file}.tmp`, file);
}

/** The dates the build left, by decoded permalink. */
export function readSitemapDates(file: string): Map<string, Date> {
  const dates = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(dates).map(([path, iso]) => [path, new Date(iso)]));
}
