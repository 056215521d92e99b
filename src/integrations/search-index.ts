/**
 * Builds the Pagefind search index as part of every `astro build`, so a build
 * is always complete and searchable. Article pages reach Pagefind while they
 * are rendered (src/middleware.ts): it runs as its own process and indexes on
 * another core. Only what articles mark with data-pagefind-body is indexed.
 */
import { readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { setSearchPageSink } from "../lib/search-pages";

/** Article pages in dist/, for when none came through the renderer (e.g. pages reused from a cache). */
const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html";

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const added: Promise<pagefind.NewFileResponse>[] = [];
  const close = async () => {
    setSearchPageSink(undefined);
    // Pagefind runs as a child process; left open it would keep a failed build from exiting.
    await pagefind.close();
  };
  return {
    name: "paddock:search-index",
    hooks: {
      "astro:build:start": async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
        index = created.index;
        setSearchPageSink((url, content) => added.push(index!.addHTMLFile({ url, content })));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        logger.info(`indexing articles (${added.length} sent while rendering)`);
        try {
          if (!index) throw new Error("Pagefind was not started");
          const errors = (await Promise.all(added)).flatMap((result) => result.errors);
          if (errors.length > 0) throw new Error(`Pagefind could not index a page: ${errors.join("; ")}`);
          let pages = added.length;
          if (pages === 0) {
            const fromDist = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
            if (fromDist.errors.length > 0)
              throw new Error(`Pagefind could not index ${outDir}: ${fromDist.errors.join("; ")}`);
            pages = fromDist.page_count;
          }
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          // Pagefind always writes its ready-made UIs; the search page uses the JS API alone.
          for (const file of await readdir(`${outDir}pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(`${outDir}pagefind/${file}`);
          }
          logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms after rendering`);
        } finally {
          await close();
        }
      },
    },
  };
}
