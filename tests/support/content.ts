/**
 * The demo content as the tests see it, read straight from the files with an
 * independent YAML parser — not through Paddock's own code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import yaml from "js-yaml";
import { ROOT } from "./paths";

export const SITE_TIME_ZONE = "America/New_York";

/** The tests build the demo as of this moment (PADDOCK_NOW), so what counts as scheduled never drifts. */
export const BUILD_NOW = "2026-11-21T12:00:00Z";

export interface ContentPost {
  file: string;
  slug: string;
  title: string;
  pubDate: Date;
  draft: boolean;
  category: string;
  authors: string[];
  tags: string[];
  /** Expected permalink: /YYYY/MM/slug/ with year and month in the site's zone. */
  permalink: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function readFrontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no front matter`);
  // The core schema keeps dates as written; the demo's all carry an offset.
  return yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

export function contentPosts(root = ROOT): ContentPost[] {
  return walk(join(root, "src/content/posts"))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const data = readFrontmatter(file);
      const pubDate = new Date(data.pubDate as string);
      const [year, month] = new Intl.DateTimeFormat("en-CA", {
        timeZone: SITE_TIME_ZONE,
        year: "numeric",
        month: "2-digit",
      })
        .format(pubDate)
        .split("-");
      const slug = basename(file).replace(/\.mdx?$/, "");
      return {
        file: relative(root, file),
        slug,
        title: data.title as string,
        pubDate,
        draft: data.draft === true,
        category: data.category as string,
        authors: data.authors as string[],
        tags: (data.tags as string[] | undefined) ?? [],
        permalink: `/${year}/${month}/${slug}/`,
      };
    });
}

export function isLive(post: ContentPost): boolean {
  return !post.draft && post.pubDate.getTime() <= Date.parse(BUILD_NOW);
}
