/**
 * Last-modified dates for the sitemap, read straight from the post files:
 * the sitemap is written after the build, outside the content layer, so it
 * cannot ask the collections.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatterDate } from "../content/dates";
import { rawFrontmatter } from "../content/frontmatter";
import { inlineNotices } from "../content/inline-notices";
import { frontmatterPermalink, lastModified } from "../content/posts";

function postFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return postFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Decoded permalink → when the post last changed (see lastModified). Files
 * with bad dates are skipped: the build itself reports them.
 */
export function lastModifiedByPermalink(postsDir: string, timeZone: string, permalink?: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of postFiles(postsDir)) {
    const text = readFileSync(file, "utf8");
    const data = rawFrontmatter(text);
    const pubDate = parseFrontmatterDate(data.pubDate, timeZone);
    if (!pubDate) continue;
    const path = frontmatterPermalink(data, file, pubDate, { timeZone, permalink });
    if (!path) continue;
    const notices = Array.isArray(data.updates) ? (data.updates as { date?: unknown }[]) : [];
    const modified = lastModified({
      pubDate,
      updatedDate: parseFrontmatterDate(data.updatedDate, timeZone),
      noticeDates: [
        ...notices.map((n) => parseFrontmatterDate(n?.date, timeZone)).filter((d) => d !== undefined),
        ...inlineNotices(text, timeZone).map((n) => n.date),
      ],
    });
    dates.set(decodeURI(path), modified);
  }
  return dates;
}
