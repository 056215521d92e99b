/**
 * Builds the Pagefind search index over the article pages in dist/ as the
 * last step of every `astro build`, so a build is always complete and
 * searchable. Only what articles mark with data-pagefind-body is indexed.
 *
 * The index depends on nothing but those pages, and Pagefind needs about 30 s
 * for 10,000 of them: when they are byte for byte the pages of the last build
 * (an incremental build that changed no article), the last index is taken
 * from the cache instead.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html";
// Bump when the way the index is built changes, so cached indexes are not reused.
const INDEX_VERSION = "pagefind-1 articles-only";

/** dist/-relative paths of the article pages (YYYY/MM/slug/index.html), sorted. */
async function articleFiles(outDir: string): Promise<string[]> {
  const files: string[] = [];
  const numbered = async (dir: string, pattern: RegExp) =>
    (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && pattern.test(entry.name))
      .map((entry) => entry.name);
  for (const year of await numbered(outDir, /^\d{4}$/)) {
    for (const month of await numbered(join(outDir, year), /^\d{2}$/)) {
      for (const slug of await numbered(join(outDir, year, month), /^(?!page$)/)) {
        const file = join(year, month, slug, "index.html");
        if (existsSync(join(outDir, file))) files.push(file);
      }
    }
  }
  return files.sort();
}

/** A hash of every article page, path and bytes. */
async function articlesDigest(outDir: string): Promise<string> {
  const hash = createHash("sha256").update(INDEX_VERSION);
  const files = await articleFiles(outDir);
  // Read a batch at a time: one file after another spends more time waiting than hashing.
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const contents = await Promise.all(batch.map((file) => readFile(join(outDir, file))));
    batch.forEach((file, j) => hash.update(`\0${file}\0`).update(contents[j]!));
  }
  return hash.digest("hex");
}

/**
 * Puts a copy of the folder `from` at `to`: hard links where the file system allows (the index
 * has a file per article, and nothing edits them in place), copies elsewhere.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      await link(source, target).catch(() => copyFile(source, target));
    }),
  );
}

async function buildIndex(outDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // Pagefind always writes its ready-made UIs; the search page uses the JS API alone.
    for (const file of await readdir(join(outDir, "pagefind"))) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(join(outDir, "pagefind", file));
    }
    return added.page_count;
  } finally {
    // Pagefind runs as a child process; left open it would keep a failed build from exiting.
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "paddock:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "paddock", "search-index");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const ms = (from: number, to = performance.now()) => Math.round(to - from);
        const outDir = fileURLToPath(dir);
        logger.info("indexing articles");
        const digest = await articlesDigest(outDir);
        const digestFile = join(cacheDir, "articles.sha256");
        const cached = existsSync(digestFile) && (await readFile(digestFile, "utf8")) === digest;
        if (cached) {
          await linkTree(join(cacheDir, "pagefind"), join(outDir, "pagefind"));
          logger.info(`indexed nothing: articles unchanged, last index copied in ${ms(started)} ms`);
          return;
        }
        const indexing = performance.now();
        const pages = await buildIndex(outDir);
        const saving = performance.now();
        // The digest goes last, so a cache interrupted while being written is never taken as complete.
        await rm(cacheDir, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await linkTree(join(outDir, "pagefind"), join(cacheDir, "pagefind"));
        await writeFile(digestFile, digest);
        logger.info(
          `indexed ${pages} pages in ${ms(started)} ms (checking ${ms(started, indexing)}, ` +
            `Pagefind ${ms(indexing, saving)}, caching ${ms(saving)})`,
        );
      },
    },
  };
}
