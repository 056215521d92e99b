/**
 * Last-modified dates for the sitemap, read straight from the post files:
 * the sitemap is written after the build, outside the content layer, so it
 * cannot ask the collections.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatterDate } from "./dates";
import { rawFrontmatter } from "./frontmatter";
import { permalinkFor } from "./posts";
import { slugFromFilePath } from "./slugs";

function postFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return postFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Permalink → the post's updatedDate, else its pubDate. Files with bad dates are skipped (the build reports them). */
export function lastModifiedByPermalink(postsDir: string, timeZone: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of postFiles(postsDir)) {
    const data = rawFrontmatter(readFileSync(file, "utf8"));
    const pubDate = parseFrontmatterDate(data.pubDate, timeZone);
    if (!pubDate) continue;
    const slug = typeof data.slug === "string" ? data.slug : slugFromFilePath(file);
    dates.set(permalinkFor(slug, pubDate, timeZone), parseFrontmatterDate(data.updatedDate, timeZone) ?? pubDate);
  }
  return dates;
}
