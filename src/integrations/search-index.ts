/**
 * Builds the Pagefind search index over dist/ as the last step of every
 * `astro build`, so a build is always complete and searchable. Only what
 * articles mark with data-pagefind-body is indexed.
 */
import { readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

export function searchIndex(): AstroIntegration {
  return {
    name: "paddock:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          // Pagefind always writes its ready-made UIs; the search page uses the JS API alone.
          for (const file of await readdir(`${outDir}pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(`${outDir}pagefind/${file}`);
          }
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          // Pagefind runs as a child process; left open it would keep a failed build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
