// npm run bench -- [--posts 10000] [--mdx-share 0.1] [--images-share 0.2] [--comments-share 0.3] [--out results.json]
//                    [--cold-only | --skip-edit]
//
// Builds a generated, deterministic car-news archive in a scratch copy of the site (never the real
// content) and measures what `npm run build` costs: a cold build with a breakdown by phase, peak
// memory of the whole process tree, dist/ size and file count, the search index and what three
// searches cost a reader (scripts/bench-search.ts), a rebuild with no change, a rebuild after
// editing one post, and the publishing scenarios: a new story, the newest headline edited, a new
// comments snapshot — each with the pages rendered and search parts re-indexed.
// A build whose dist/ lacks the search index, _headers or any planned social card is refused.
import { spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { giscusHash, SNAPSHOT_FILE, type CommentsSnapshot } from "../src/lib/comments/snapshot";
import { generateCorpus } from "./bench-corpus";
import { measureSearch } from "./bench-search";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "10000" },
    "mdx-share": { type: "string", default: "0.1" },
    "images-share": { type: "string", default: "0.2" },
    "comments-share": { type: "string", default: "0.3" },
    out: { type: "string" },
    "cold-only": { type: "boolean", default: false },
    "skip-edit": { type: "boolean", default: false },
  },
});
const settings = {
  posts: Number(values.posts),
  mdxShare: Number(values["mdx-share"]),
  imagesShare: Number(values["images-share"]),
  commentsShare: Number(values["comments-share"]),
};

const ROOT = process.cwd();
const SITE = join(ROOT, ".paddock-bench", "site");

function prepareSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, "node_modules"), { recursive: true });
  for (const item of ["src", "public", "astro.config.mjs", "paddock.config.ts", "tsconfig.json", "package.json"]) {
    cpSync(join(ROOT, item), join(SITE, item), {
      recursive: true,
      filter: (source) => !["posts", "authors"].some((dir) => source.startsWith(join(ROOT, "src/content", dir))),
    });
  }
  // The demo's small page and search-index sizes are for its dozen posts; an archive uses the defaults.
  const configFile = join(SITE, "paddock.config.ts");
  const demoConfig = readFileSync(configFile, "utf8");
  const archiveConfig = demoConfig
    .replace(/^\s*postsPerPage: \d+,\n\s*\/\/.*\n\s*search: \{[^}]*\},\n/m, "")
    .replace(/^\s*\/\/.*\n\s*archivedPerPage: \d+,\n/m, "");
  if (archiveConfig.includes("postsPerPage") || archiveConfig.includes("archivedPerPage"))
    throw new Error(`${configFile}: expected the demo's postsPerPage, search and archivedPerPage settings`);
  writeFileSync(configFile, archiveConfig);
  // Its own node_modules folder of links: its caches (node_modules/.astro) are its own.
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (entry !== ".astro" && entry !== ".vite")
      symlinkSync(join(ROOT, "node_modules", entry), join(SITE, "node_modules", entry));
  }
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const pages = Number(readFileSync(`/proc/${entry}/statm`, "utf8").split(" ")[1]);
      rss.set(Number(entry), pages * 4096);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const visit = (id: number) => {
    total += rss.get(id) ?? 0;
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

// Log lines that start each phase of a build, in order.
const PHASES: [string, RegExp][] = [
  ["content sync", /\[content\] Syncing content/],
  ["bundling", /\[build\] Building static entrypoints/],
  ["page rendering", /generating static routes/],
  ["images", /generating optimized images/],
  // The same line also ends the first step of the build: it counts here only after rendering.
  ["sitemap", /\[build\] ✓ Completed in/],
  ["social cards", /\[paddock:social-cards\] publishing/],
  ["search index", /\[paddock:search-index\] indexing/],
  // Both run at the end, in this order; the search index logs when it is done.
  ["headers", /\[paddock:search-index\] indexed/],
];

// Page rendering split by kind of route, from the line Astro logs as each route is written.
const ROUTE_KINDS: [string, RegExp][] = [
  ["feeds", /\/rss\.xml/],
  ["articles", /^\/\d{4}\/\d{2}\/(?!page\/)[^/]+\/index\.html/],
  ["listings and other pages", /./],
];

interface BuildResult {
  seconds: number;
  peakMb: number;
  /** Pages Astro rendered, of all it wrote (the rest were copied from the last build). */
  pagesRendered: number;
  pagesTotal: number;
  /** Search index parts built again, of all. */
  searchPartsReindexed: number;
  searchParts: number;
  phases: Record<string, number>;
  /** Seconds of page rendering by kind of route. */
  routes: Record<string, number>;
}

/** One `astro build` of the scratch site; its log goes to .paddock-bench/build-<name>.log as it runs. */
function build(name: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // Exactly what a publication runs, Node flags included.
    const child = spawn("npm", ["run", "--silent", "build"], {
      cwd: SITE,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    const marks: [string, number][] = [];
    const routes: Record<string, number> = {};
    const log = createWriteStream(join(ROOT, ".paddock-bench", `build-${name}.log`));
    let output = "";
    let pending = "";
    let lastRoute = 0;
    let rendered = 0;
    let copied = 0;
    let parts = { reindexed: 0, all: 0 };
    const read = (chunk: Buffer) => {
      log.write(chunk);
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop()!;
      output = (output + lines.join("\n")).slice(-5000);
      for (const line of lines) {
        for (const [phase, pattern] of PHASES) {
          if (!pattern.test(line) || marks.some(([seen]) => seen === phase)) continue;
          if (phase === "sitemap" && !marks.some(([seen]) => seen === "page rendering")) continue;
          marks.push([phase, Date.now()]);
          if (phase === "page rendering") lastRoute = Date.now();
        }
        // Wall time since the previous route finished, so it also holds when routes render concurrently.
        const route = /├─ (\/\S+).*(?:\(\+\d+ms\)|\((?:cached|restored)\))/.exec(line);
        // Routes written concurrently share a line; a copied one says so right after its path.
        for (const segment of line.split("├─ ").slice(1)) {
          if (/^\S+ \((?:cached|restored)\)/.test(segment)) copied++;
          else rendered++;
        }
        if (route) {
          const [kind] = ROUTE_KINDS.find(([, pattern]) => pattern.test(route[1]!))!;
          routes[kind] = (routes[kind] ?? 0) + (Date.now() - lastRoute) / 1000;
          lastRoute = Date.now();
        }
        const indexed = /indexed \d+ pages \((.*)\); (\d+) of (\d+) indexes unchanged/.exec(line);
        if (indexed) parts = { reindexed: Number(indexed[3]) - Number(indexed[2]), all: Number(indexed[3]) };
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => {
      clearInterval(sampler);
      log.end();
      const ended = Date.now();
      if (code !== 0) return reject(new Error(`the build failed:\n${output}`));
      const missing = incompleteDist(join(SITE, "dist"), output);
      if (missing) return reject(new Error(`the build exited 0 but dist/ is incomplete: ${missing}\n${output}`));
      const phases: Record<string, number> = {};
      marks.sort((a, b) => a[1] - b[1]);
      marks.forEach(([phase, at], i) => (phases[phase] = ((marks[i + 1]?.[1] ?? ended) - at) / 1000));
      phases["startup"] = ((marks[0]?.[1] ?? ended) - started) / 1000;
      resolve({
        seconds: (ended - started) / 1000,
        peakMb: Math.round(peak / 1024 / 1024),
        pagesRendered: rendered,
        pagesTotal: rendered + copied,
        searchPartsReindexed: parts.reindexed,
        searchParts: parts.all,
        phases,
        routes,
      });
    });
  });
}

/**
 * What a finished build must have left in dist/: the search index, _headers, and every social
 * card the build said it published. Undefined when complete, else what is missing.
 */
function incompleteDist(dist: string, output: string): string | undefined {
  if (!existsSync(join(dist, "pagefind", "shards.json"))) return "no search index (pagefind/shards.json)";
  if (!existsSync(join(dist, "_headers"))) return "no _headers";
  const planned = /published (\d+) social cards/.exec(output);
  const cards = existsSync(join(dist, "social")) ? folderSize(join(dist, "social")).files : 0;
  if (/publishing \d+ social cards/.test(output) && !planned) return "the social cards were never published";
  if (planned && cards !== Number(planned[1])) return `${cards} of ${planned[1]} social cards`;
  return undefined;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

/** The biggest HTML page in dist/. */
function largestHtml(dir: string): { path: string; bytes: number } {
  let largest = { path: "", bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { path: path.slice(dir.length), bytes };
  }
  return largest;
}

function row(name: string, r: BuildResult): string {
  const list = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, s]) => `${key} ${s.toFixed(1)}`)
      .join(", ");
  return (
    `${name.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)} s ${String(r.peakMb).padStart(6)} MB   ${list(r.phases)}\n` +
    `${"".padEnd(41)}rendering: ${list(r.routes)}\n` +
    `${"".padEnd(41)}pages rendered ${r.pagesRendered} of ${r.pagesTotal}, search parts re-indexed ${r.searchPartsReindexed} of ${r.searchParts}`
  );
}

/** The builds a newsroom makes all day, each after the one before. */
const PUBLISHING: [string, () => void][] = [
  [
    "new story",
    () => {
      const now = new Date();
      const year = now.getUTCFullYear();
      mkdirSync(join(SITE, "src/content/posts", String(year)), { recursive: true });
      writeFileSync(
        join(SITE, "src/content/posts", String(year), "bench-new-story.md"),
        [
          "---",
          'title: "Toyota confirms a second hybrid line for its Kentucky plant"',
          'description: "The plant adds 1,200 jobs and starts production next spring."',
          `pubDate: ${now.toISOString()}`,
          "authors: [writer-1]",
          `category: ${corpus.categories[0]}`,
          `tags: ["Toyota", "${corpus.topics[0]}"]`,
          "---",
          "",
          "Toyota said on Tuesday that its Georgetown plant will build hybrids on a second line.",
          "",
        ].join("\n"),
      );
    },
  ],
  [
    "headline of the newest story edited",
    () => {
      const file = join(SITE, "src/content/posts", String(new Date().getUTCFullYear()), "bench-new-story.md");
      writeFileSync(file, readFileSync(file, "utf8").replace("a second hybrid line", "a second and third hybrid line"));
    },
  ],
  [
    "comments snapshot changed",
    () => {
      // A sync that found new comments on the three newest stories of the corpus.
      const hashes = corpus.newestCommentsKeys.map((key) => giscusHash(key));
      const snapshot: CommentsSnapshot = {
        version: 1,
        syncedAt: new Date().toISOString(),
        repo: "bench/comments",
        totals: Object.fromEntries(hashes.map((hash, i) => [hash, i + 1])),
        recent: hashes.map((hash, i) => ({
          hash,
          author: `reader${i}`,
          avatarUrl: "https://avatars.githubusercontent.com/u/1",
          excerpt: "Good to see more hybrids built here.",
          createdAt: new Date(Date.now() - i * 60_000).toISOString(),
          url: `https://github.com/bench/comments/discussions/${i + 1}`,
        })),
      };
      mkdirSync(join(SITE, "src/data"), { recursive: true });
      writeFileSync(join(SITE, SNAPSHOT_FILE), JSON.stringify(snapshot));
    },
  ],
];

prepareSite();
const generated = Date.now();
const corpus = await generateCorpus(SITE, settings);
console.log(
  `Generated ${settings.posts} posts (${corpus.mdx} MDX, ${corpus.images} with images, ${corpus.threads} with comments) in ${((Date.now() - generated) / 1000).toFixed(1)} s`,
);

const cold = await build("cold");
console.log(`${"build".padEnd(20)} ${"time".padStart(9)} ${"peak".padStart(9)}   phases (s)`);
console.log(row("cold", cold));
const dist = folderSize(join(SITE, "dist"));
const search = existsSync(join(SITE, "dist/pagefind"))
  ? folderSize(join(SITE, "dist/pagefind"))
  : { bytes: 0, files: 0 };
const largestPage = largestHtml(join(SITE, "dist"));
// The reader's side of the index, while dist/ is the cold build's.
const searchCost = await measureSearch(join(SITE, "dist"));
for (const [path, cost] of Object.entries(searchCost)) {
  console.log(
    `search ${path}: ${cost.requests} requests, ${cost.kb} KB compressed (Pagefind ${cost.pagefindRequests}, ` +
      `${cost.pagefindKb} KB); first results ${cost.msToFirstResults.cpu1} ms, CPU ×4 ${cost.msToFirstResults.cpu4} ms; ${cost.results}`,
  );
}
const rebuilds: Record<string, BuildResult> = {};
if (!values["cold-only"]) {
  // A CI job: a fresh checkout (no dist/) with the cache folder restored.
  rmSync(join(SITE, "dist"), { recursive: true });
  rebuilds["caches restored"] = await build("caches-restored");
  console.log(row("caches restored", rebuilds["caches restored"]));
  if (!values["skip-edit"]) {
    rebuilds["no change"] = await build("no-change");
    console.log(row("rebuild, no change", rebuilds["no change"]));
    writeFileSync(
      corpus.editablePost,
      `${readFileSync(corpus.editablePost, "utf8")}\nA sentence added for the rebuild measurement.\n`,
    );
    rebuilds["one post edited"] = await build("one-edit");
    console.log(row("rebuild, one post", rebuilds["one post edited"]));
  }
  for (const [name, change] of PUBLISHING) {
    change();
    rebuilds[name] = await build(name.replaceAll(" ", "-"));
    console.log(row(name, rebuilds[name]));
  }
}

const os = await import("node:os");
const results = {
  machine: { cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  settings,
  cold: { ...cold, msPerPost: Math.round((cold.seconds * 1000) / settings.posts) },
  dist: {
    mb: Math.round(dist.bytes / 2 ** 20),
    files: dist.files,
    per1000Posts: {
      mb: Math.round((dist.bytes / 2 ** 20 / settings.posts) * 1000),
      files: Math.round((dist.files / settings.posts) * 1000),
    },
    largestPage,
  },
  searchIndex: { mb: Number((search.bytes / 2 ** 20).toFixed(1)), files: search.files },
  search: searchCost,
  rebuilds,
};
console.log(
  `\n${settings.posts} posts: ${results.cold.msPerPost} ms per post; dist ${results.dist.mb} MB in ${dist.files} files; ` +
    `largest page ${largestPage.path} (${Math.round(largestPage.bytes / 1024)} KB); search index ${results.searchIndex.mb} MB`,
);
if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
