// npm run bench -- [--posts 10000] [--mdx-share 0.1] [--images-share 0.2] [--comments-share 0.3] [--out results.json]
//
// Builds a generated, deterministic car-news archive in a scratch copy of the site (never the real
// content) and measures what `npm run build` costs: a cold build with a breakdown by phase, peak
// memory of the whole process tree, dist/ size and file count, the search index, a rebuild with no
// change and a rebuild after editing one post.
import { spawn } from "node:child_process";
import {
  cpSync,
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
import { generateCorpus } from "./bench-corpus";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "10000" },
    "mdx-share": { type: "string", default: "0.1" },
    "images-share": { type: "string", default: "0.2" },
    "comments-share": { type: "string", default: "0.3" },
    out: { type: "string" },
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
  ["search index", /\[build\] Waiting for integration "paddock:search-index"|\[paddock:search-index\]/],
  ["headers", /\[paddock:headers\]/],
];

interface BuildResult {
  seconds: number;
  peakMb: number;
  phases: Record<string, number>;
}

function build(): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      join(SITE, "node_modules/.bin/node"),
      [join(SITE, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: SITE,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", NODE_ENV: "production" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    const marks: [string, number][] = [];
    let output = "";
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split("\n")) {
        for (const [phase, pattern] of PHASES) {
          if (pattern.test(line) && !marks.some(([seen]) => seen === phase)) marks.push([phase, Date.now()]);
        }
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => {
      clearInterval(sampler);
      const ended = Date.now();
      if (code !== 0) return reject(new Error(`the build failed:\n${output.slice(-3000)}`));
      const phases: Record<string, number> = {};
      marks.sort((a, b) => a[1] - b[1]);
      marks.forEach(([phase, at], i) => (phases[phase] = ((marks[i + 1]?.[1] ?? ended) - at) / 1000));
      phases["startup"] = ((marks[0]?.[1] ?? ended) - started) / 1000;
      resolve({ seconds: (ended - started) / 1000, peakMb: Math.round(peak / 1024 / 1024), phases });
    });
  });
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

prepareSite();
const generated = Date.now();
const corpus = await generateCorpus(SITE, settings);
console.log(
  `Generated ${settings.posts} posts (${corpus.mdx} MDX, ${corpus.images} with images, ${corpus.threads} with comments) in ${((Date.now() - generated) / 1000).toFixed(1)} s`,
);

const cold = await build();
const dist = folderSize(join(SITE, "dist"));
const search = existsSync(join(SITE, "dist/pagefind"))
  ? folderSize(join(SITE, "dist/pagefind"))
  : { bytes: 0, files: 0 };
const unchanged = await build();
writeFileSync(
  corpus.editablePost,
  `${readFileSync(corpus.editablePost, "utf8")}\nA sentence added for the rebuild measurement.\n`,
);
const edited = await build();

const results = {
  machine: {
    cores: (await import("node:os")).cpus().length,
    memoryGb: Math.round((await import("node:os")).totalmem() / 2 ** 30),
    node: process.version,
  },
  settings,
  cold: { ...cold, msPerPost: Math.round((cold.seconds * 1000) / settings.posts) },
  dist: { mb: Math.round(dist.bytes / 2 ** 20), files: dist.files },
  searchIndex: { mb: Number((search.bytes / 2 ** 20).toFixed(1)), files: search.files },
  rebuildUnchanged: unchanged,
  rebuildOneEdit: edited,
};
const row = (name: string, r: BuildResult) =>
  `${name.padEnd(22)} ${r.seconds.toFixed(1).padStart(7)} s ${String(r.peakMb).padStart(7)} MB   ${Object.entries(
    r.phases,
  )
    .map(([phase, s]) => `${phase} ${s.toFixed(1)}`)
    .join(", ")}`;
console.log(`\n${"build".padEnd(22)} ${"time".padStart(9)} ${"peak".padStart(10)}   phases (s)`);
console.log(row("cold", cold));
console.log(row("rebuild, no change", unchanged));
console.log(row("rebuild, one post", edited));
console.log(
  `\n${settings.posts} posts: ${results.cold.msPerPost} ms per post; dist ${results.dist.mb} MB in ${dist.files} files; search index ${results.searchIndex.mb} MB`,
);
if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
