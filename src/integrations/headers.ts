/**
 * Writes dist/_headers after the build, from what the built pages actually
 * contain (see src/lib/build/headers-file.ts), and dist/_redirects for CDN hosts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { GISCUS_ORIGIN } from "../lib/comments/giscus";
import { headersFile, inlineScripts as findInlineScripts, shortCacheRules } from "../lib/build/headers-file";
import { redirectsFile, type Redirect } from "../lib/build/redirects";
import { setPageSink } from "../lib/build/rendered-pages";
import { VIDEO_ORIGINS } from "../lib/content/video";

/** Inline scripts of each page of the last build, so pages an incremental build copies need no reading. */
interface ScriptRecords {
  scripts: string[];
  /** Page URL → indexes into `scripts`. */
  pages: Record<string, number[]>;
}

function readRecords(file: string): Map<string, string[]> {
  try {
    const records = JSON.parse(readFileSync(file, "utf8")) as ScriptRecords;
    return new Map(Object.entries(records.pages).map(([url, ids]) => [url, ids.map((id) => records.scripts[id]!)]));
  } catch {
    return new Map();
  }
}

function writeRecords(file: string, pages: Map<string, string[]>): void {
  const ids = new Map<string, number>();
  const records: ScriptRecords = { scripts: [], pages: {} };
  for (const [url, scripts] of pages) {
    records.pages[url] = scripts.map((script) => {
      if (!ids.has(script)) ids.set(script, records.scripts.push(script) - 1);
      return ids.get(script)!;
    });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
}

/** "2026/11/slug/index.html" → "/2026/11/slug/", "404.html" → "/404": as the middleware sees the page. */
const urlOf = (file: string) =>
  `/${file.split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");

export function securityHeaders(options: {
  giscus: boolean;
  redirects: readonly Redirect[];
  /** Where the newsletter form posts, if it has one. */
  formAction?: string | undefined;
}): AstroIntegration {
  const rendered = new Map<string, string[]>();
  // A matched script is a slice of its page, and V8 keeps the whole page alive for it: 110,000
  // pages would stay in memory. Each distinct script is kept once, as a string of its own.
  const distinct = new Map<string, string>();
  const intern = (script: string) => {
    let own = distinct.get(script);
    if (own === undefined) distinct.set((own = Buffer.from(script).toString()), own);
    return own;
  };
  let recordsFile = "";
  return {
    name: "paddock:headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        recordsFile = join(fileURLToPath(config.cacheDir), "paddock", "inline-scripts.json");
      },
      "astro:build:start": () => {
        setPageSink((url, html) => rendered.set(url, findInlineScripts(html).map(intern)));
      },
      "astro:build:done": async ({ dir, logger }) => {
        setPageSink(undefined);
        const outDir = fileURLToPath(dir);
        const top = await readdir(outDir, { withFileTypes: true });
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html"));
        // Pages rendered now were seen by the middleware; pages copied from the last build keep
        // their record; anything else (redirect pages, a first build) is read from dist/.
        const previous = readRecords(recordsFile);
        const pages = new Map<string, string[]>();
        let read = 0;
        for (const file of files) {
          const url = urlOf(file);
          let scripts = rendered.get(url) ?? previous.get(url);
          if (!scripts) {
            scripts = findInlineScripts(await readFile(join(outDir, file), "utf8"));
            read++;
          }
          pages.set(url, scripts);
        }
        writeRecords(recordsFile, pages);
        const inlineScripts = new Set([...pages.values()].flat());
        logger.info(`${files.length} pages: ${rendered.size} rendered, ${read} read from dist/`);
        await writeFile(
          join(outDir, "_headers"),
          headersFile({
            inlineScripts,
            // giscus when comments are on; the two video players always (the style guide has a video,
            // and any post may), framed only once a reader presses play.
            frameOrigins: [...(options.giscus ? [GISCUS_ORIGIN] : []), ...VIDEO_ORIGINS],
            formOrigins: options.formAction ? [new URL(options.formAction).origin] : [],
            topLevel: {
              folders: top.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
              files: top.filter((entry) => entry.isFile()).map((entry) => entry.name),
            },
          }),
        );
        if (options.redirects.length) await writeFile(join(outDir, "_redirects"), redirectsFile(options.redirects));
        if (shortCacheRules({ folders: top.map((e) => e.name), files: [] }).length === 0) {
          logger.warn(
            "too many top-level folders to list cache rules for; pages and feeds keep the host's default caching",
          );
        }
        logger.info(
          `wrote _headers (${inlineScripts.size} inline scripts allowed by hash)` +
            (options.redirects.length ? ` and _redirects (${options.redirects.length})` : ""),
        );
      },
    },
  };
}
