/**
 * Builds the Pagefind search index over the article pages in dist/ as the
 * last step of every `astro build`, so a build is always complete and
 * searchable. Only what articles mark with data-pagefind-body is indexed.
 *
 * The article pages are those Astro wrote for the article route, at any permalink structure.
 * Several indexes, each over a run of whole months (dist/pagefind/2016-01_2018-03/…),
 * which the search page queries together (src/lib/search/search-shards.ts): Pagefind
 * holds an index in memory while it builds it, and an edit re-indexes only its
 * own run. An index whose articles' indexed regions are byte for byte those
 * of the last build is taken from the cache instead. The indexes share one copy of
 * Pagefind's script, worker and WebAssembly at dist/pagefind/, and shards.json
 * lists them with the counts of every filter value over all of them.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { indexedDocument, indexedRegion, monthOf, regionDate, regionFilters } from "../lib/search/indexed-region.ts";
import {
  addCounts,
  groupShards,
  SHARDS_FILE,
  type DatedArticle,
  type Manifest,
  type Shard,
} from "../lib/search/search-shards.ts";

// Bump when the way the index is built changes, so cached indexes are not reused.
const INDEX_VERSION = "pagefind-1 articles-only by-months indexed-region-hashes html-files fragments-by-3 date-order";
/**
 * Articles per fragment file. Pagefind writes one file of result data per article by default,
 * 10,000 files of dist/ for 10,000 posts (a fifth of them); three to a file make a third of that.
 * A page of results then fetches about three times the bytes of fragments (a search's results
 * seldom share a file): about 50 KB more, compressed, at 10,000 posts.
 */
const ARTICLES_PER_FRAGMENT_FILE = 3;
/** Pagefind's files that every index would otherwise carry a copy of. */
const SHARED = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

/** The article route (src/pages/[...permalink].astro), as Astro names it in `astro:build:done`'s assets. */
const ARTICLE_ROUTE = "/[...permalink]";

/** dist/-relative paths of the article pages Astro wrote or restored, whatever the permalink structure, sorted. */
function articleFiles(outDir: string, assets: ReadonlyMap<string, URL[]>): string[] {
  const files = (assets.get(ARTICLE_ROUTE) ?? []).map((url) =>
    relative(outDir, fileURLToPath(url)).split(sep).join("/"),
  );
  return [...new Set(files)].sort();
}

/** The article's year, as its search filter gives it ("year:2026"). */
const yearOf = (filters: readonly string[]) =>
  filters.find((filter) => /^year:\d{4}$/.test(filter))?.slice("year:".length) ?? "0000";

/** The article pages with the month and year each was published, as their indexed regions give them. */
const datedArticles = (files: readonly string[], regions: Regions): DatedArticle<string>[] =>
  files.map((file) => ({ file, month: monthOf(regions[file]!.date), year: yearOf(regions[file]!.filters) }));

/**
 * What was indexed of an article page, by dist/-relative path: its hash, its filter values and its
 * date, with the size and time of the file they were read from.
 */
type Regions = Record<string, { size: number; mtimeMs: number; hash: string; filters: string[]; date: string }>;

const REGIONS_FILE = "regions.json";

async function readRegions(cacheDir: string): Promise<Regions> {
  try {
    const regions: unknown = JSON.parse(await readFile(join(cacheDir, REGIONS_FILE), "utf8"));
    return regions && typeof regions === "object" ? (regions as Regions) : {};
  } catch {
    return {};
  }
}

/**
 * The hash of each article's indexed region. A page Astro restored from its cache is a hard link to
 * the cached copy (patches/astro+7.3.5.patch), so its size and modification time are those of the
 * last build that rendered it: such pages are not read again, and a build that changed nothing reads
 * no article at all. Any other page, rendered or copied, is read.
 */
async function hashRegions(outDir: string, files: string[], known: Regions): Promise<Regions> {
  const regions: Regions = {};
  // A batch at a time: one file after another spends more time waiting than hashing.
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    await Promise.all(
      batch.map(async (file) => {
        const path = join(outDir, file);
        const { size, mtimeMs } = await stat(path);
        const seen = known[file];
        if (seen && seen.size === size && seen.mtimeMs === mtimeMs && typeof seen.date === "string") {
          regions[file] = seen;
          return;
        }
        const region = indexedRegion(await readFile(path, "utf8"));
        const hash = createHash("sha256").update(region).digest("hex");
        regions[file] = { size, mtimeMs, hash, filters: regionFilters(region), date: regionDate(region) };
      }),
    );
  }
  return regions;
}

/** Every filter value's count over these article pages, as Pagefind would count them. */
function filterCounts(files: string[], regions: Regions): Manifest["filters"] {
  return addCounts(
    files.map((file) => {
      const counts: Manifest["filters"] = {};
      for (const filter of regions[file]!.filters) {
        const colon = filter.indexOf(":");
        (counts[filter.slice(0, colon)] ??= {})[filter.slice(colon + 1)] = 1;
      }
      return counts;
    }),
  );
}

/** A hash of these article pages: their paths and what Pagefind indexes of each. */
function articlesDigest(files: string[], regions: Regions): string {
  const hash = createHash("sha256").update(INDEX_VERSION);
  for (const file of files) hash.update(`\0${file}\0${regions[file]!.hash}`);
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

/** Indexes these article pages (dist/-relative paths) into `outputPath`. */
async function buildIndex(outDir: string, files: string[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    maxFragments: Math.max(1, Math.ceil(files.length / ARTICLES_PER_FRAGMENT_FILE)),
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // File by file: under a structure such as /%postname%/ no folder pattern tells articles from other pages.
    // One after another: sent many at once, Pagefind's output depends on the order they arrive in.
    // (addDirectory, on cut-down copies, indexed 10,000 articles in 21 s instead of 34, but numbers
    // pages in the file system's order, which differs from machine to machine and keeps no
    // neighbours together: the same search fetched twice the fragment files.)
    for (const file of files) {
      const content = indexedDocument(await readFile(join(outDir, file), "utf8"));
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // Pagefind always writes its ready-made UIs; the search page uses the JS API alone.
    for (const file of await readdir(outputPath)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(join(outputPath, file));
    }
  } finally {
    // The next index starts only once this one's memory is given back.
    await index.deleteIndex();
  }
}

/**
 * Pagefind loads its worker and WebAssembly from each index's own folder; one
 * folder up, every index shares the copy at dist/pagefind/. And each instance
 * of Pagefind fetches and starts the WebAssembly itself, although the module
 * keeps one (wasm-bindgen's) for all: instances started together would each
 * start one, the last replacing the others' under them. One load per module,
 * shared, lets one copy of the script serve every part. A Pagefind release
 * that words any of this differently stops the build here rather than shipping
 * a search page that cannot load.
 */
async function shareScripts(indexDir: string, pagefindDir: string): Promise<void> {
  const rewrites: [string, string][] = [
    ["`${this.basePath}wasm.${language}.pagefind`", "`${this.basePath}../wasm.${language}.pagefind`"],
    ["`${basePath}pagefind-worker.js`", "`${basePath}../pagefind-worker.js`"],
    ["var PagefindInstance=class{", "var paddockWasm={};var PagefindInstance=class{"],
    [
      "async loadWasm(language){try{",
      "async loadWasm(language){this.wasm=await(paddockWasm[language]??=this.startWasm(language));}async startWasm(language){try{",
    ],
    [
      "this.wasm=await this.backend({module_or_path:final_wasm});",
      "return await this.backend({module_or_path:final_wasm});",
    ],
  ];
  for (const file of await readdir(indexDir)) {
    if (!SHARED.test(file)) continue;
    if (file.endsWith(".js")) {
      let code = await readFile(join(indexDir, file), "utf8");
      for (const [from, to] of rewrites) {
        if (file === "pagefind-worker.js" && from.includes("pagefind-worker")) continue;
        if (!code.includes(from)) {
          throw new Error(
            `Pagefind's ${file} no longer loads files as ${from}; src/integrations/search-index.ts needs updating for this Pagefind version`,
          );
        }
        code = code.replaceAll(from, to);
      }
      await writeFile(join(pagefindDir, file), code);
    } else {
      await copyFile(join(indexDir, file), join(pagefindDir, file));
    }
  }
}

/** Code-point order, the same on every machine (ISO dates sort by it too). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The index from the cache when its article pages are unchanged, else built; true if built. */
async function indexShard(outDir: string, shard: Shard<string>, cacheDir: string, regions: Regions): Promise<boolean> {
  const target = join(outDir, "pagefind", shard.name);
  const cached = join(cacheDir, shard.name);
  const digest = articlesDigest(shard.files, regions);
  const digestFile = join(cached, "articles.sha256");
  if (existsSync(digestFile) && (await readFile(digestFile, "utf8")) === digest) {
    await linkTree(join(cached, "pagefind"), target);
    return false;
  }
  // In date order, whatever the permalinks: Pagefind puts consecutive articles in a fragment file,
  // and a page of results newest first often shows neighbouring stories.
  const byDate = [...shard.files].sort((a, b) => compare(regions[a]!.date, regions[b]!.date) || compare(a, b));
  await buildIndex(outDir, byDate, target);
  // The digest goes last, so a cache interrupted while being written is never taken as complete.
  await rm(cached, { recursive: true, force: true });
  await linkTree(target, join(cached, "pagefind"));
  await writeFile(digestFile, digest);
  return true;
}

/**
 * `articlesPerIndex`: at least this many per index (paddock.config.ts `search`). Pagefind holds an
 * index in memory while it builds it, about 250 KB per article: 15 GB for 60,000 at once.
 */
export function searchIndex({ articlesPerIndex }: { articlesPerIndex: number }): AstroIntegration {
  let cacheDir = "";
  return {
    name: "paddock:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "paddock", "search-index");
      },
      "astro:build:done": async ({ dir, logger, assets }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const pagefindDir = join(outDir, "pagefind");
        logger.info("indexing articles");
        const files = articleFiles(outDir, assets);
        const regions = await hashRegions(outDir, files, await readRegions(cacheDir));
        const shards = groupShards(datedArticles(files, regions), articlesPerIndex);
        await rm(pagefindDir, { recursive: true, force: true });
        await mkdir(pagefindDir, { recursive: true });
        const built: Shard<string>[] = [];
        try {
          // Two at a time: one part's pages are read and cut down here while Pagefind indexes the
          // other's (10,000 posts: 38.4 s → 35.1 s). Each holds its whole index in memory until
          // written (a part of 5,000 articles, about 1.2 GB), so no more than two.
          let next = 0;
          const worker = async () => {
            for (let shard = shards[next++]; shard; shard = shards[next++]) {
              if (await indexShard(outDir, shard, cacheDir, regions)) built.push(shard);
            }
          };
          // Both settled before Pagefind is closed, and the first failure is the build's.
          const failed = (await Promise.allSettled([worker(), worker()])).find(
            (result) => result.status === "rejected",
          );
          if (failed) throw failed.reason;
          built.sort((a, b) => shards.indexOf(a) - shards.indexOf(b));
        } finally {
          // Pagefind runs as a child process; left open it would keep a failed build from exiting.
          await pagefind.close();
        }
        if (shards.length > 0) await shareScripts(join(pagefindDir, shards.at(-1)!.name), pagefindDir);
        for (const { name } of shards) {
          for (const file of await readdir(join(pagefindDir, name))) {
            if (SHARED.test(file)) await rm(join(pagefindDir, name, file));
          }
        }
        // Newest first: the order of results sorted by date.
        const manifest: Manifest = {
          parts: shards.map(({ name, years }) => ({ name, years })).reverse(),
          filters: filterCounts(Object.keys(regions), regions),
        };
        await writeFile(join(pagefindDir, SHARDS_FILE), JSON.stringify(manifest));
        const names = manifest.parts.map((part) => part.name);
        for (const entry of existsSync(cacheDir) ? await readdir(cacheDir) : []) {
          if (!names.includes(entry) && entry !== REGIONS_FILE)
            await rm(join(cacheDir, entry), { recursive: true, force: true });
        }
        // Written whole, then renamed: an interrupted write leaves the last complete one.
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, `${REGIONS_FILE}.tmp`), JSON.stringify(regions));
        await rename(join(cacheDir, `${REGIONS_FILE}.tmp`), join(cacheDir, REGIONS_FILE));
        const pages = built.reduce((sum, shard) => sum + shard.files.length, 0);
        logger.info(
          `indexed ${pages} pages (${built.map((shard) => shard.name).join(", ") || "none"}); ` +
            `${shards.length - built.length} of ${shards.length} indexes unchanged and copied; ` +
            `${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
