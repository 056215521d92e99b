// The content half of `npm run check`: editorial checks with file:line messages (src/lib/content-lint.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { formatLint, lintPosts } from "../src/lib/content-lint";
import { rawFrontmatter } from "../src/lib/frontmatter";
import { lastModifiedByPermalink } from "../src/lib/sitemap-lastmod";
import { slugify } from "../src/lib/slugs";

const config = resolveConfig(userConfig);
const root = process.cwd();
const postsDir = join(root, "src/content/posts");
const files = (readdirSync(postsDir, { recursive: true }) as string[])
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => ({ path: relative(root, join(postsDir, file)), text: readFileSync(join(postsDir, file), "utf8") }));

// Every listing and article a link may point at.
const knownPaths = new Set<string>(lastModifiedByPermalink(postsDir, config.timeZone).keys());
for (const category of config.categories) knownPaths.add(`/category/${category.slug}/`);
for (const { text } of files) {
  const tags = rawFrontmatter(text).tags;
  if (Array.isArray(tags)) for (const tag of tags) knownPaths.add(`/tag/${slugify(String(tag))}/`);
}
for (const file of readdirSync(join(root, "src/content/authors"))) {
  knownPaths.add(`/author/${file.replace(/\.[^.]+$/, "")}/`);
}

const messages = lintPosts(files, { knownPaths, siteUrl: config.url });
const errors = messages.filter((m) => m.severity === "error").length;
if (messages.length) console.log(formatLint(messages));
console.log(`Content check: ${files.length} posts, ${errors} errors, ${messages.length - errors} warnings.`);
if (errors) process.exitCode = 1;
