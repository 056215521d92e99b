/**
 * Builds the Pagefind search index as part of every `astro build`, so a build
 * is always complete and searchable. Article pages reach Pagefind while they
 * are rendered (src/middleware.ts): it runs as its own process and indexes on
 * another core. Only what articles mark with data-pagefind-body is indexed.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { isArticlePath, setPageSink } from "../lib/rendered-pages";

/** Site-relative URLs of the article pages in dist/ (YYYY/MM/slug/index.html). */
async function articleUrls(outDir: string): Promise<string[]> {
  const urls: string[] = [];
  const numbered = async (dir: string, digits: number) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory() && new RegExp(`^\\d{${digits}}$`).test(entry.name))
      .map((entry) => entry.name);
  for (const year of await numbered(outDir, 4)) {
    for (const month of await numbered(join(outDir, year), 2)) {
      for (const slug of await readdir(join(outDir, year, month))) {
        const url = `/${year}/${month}/${slug}/`;
        if (isArticlePath(url) && existsSync(join(outDir, year, month, slug, "index.html"))) urls.push(url);
      }
    }
  }
  return urls;
}

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const added: Promise<pagefind.NewFileResponse>[] = [];
  const sent = new Set<string>();
  const close = async () => {
    setPageSink("search", undefined);
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
        setPageSink("search", (url, content) => {
          if (!isArticlePath(url)) return;
          sent.add(url);
          added.push(index!.addHTMLFile({ url, content }));
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        logger.info(`indexing articles (${added.length} sent while rendering)`);
        try {
          if (!index) throw new Error("Pagefind was not started");
          // Pages an incremental build copied from its cache were not rendered: read them from dist/.
          const reused = (await articleUrls(outDir)).filter((url) => !sent.has(url));
          for (const url of reused) {
            const content = await readFile(join(outDir, url, "index.html"), "utf8");
            added.push(index.addHTMLFile({ url, content }));
          }
          const errors = (await Promise.all(added)).flatMap((result) => result.errors);
          if (errors.length > 0) throw new Error(`Pagefind could not index a page: ${errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          // Pagefind always writes its ready-made UIs; the search page uses the JS API alone.
          for (const file of await readdir(`${outDir}pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(`${outDir}pagefind/${file}`);
          }
          logger.info(
            `indexed ${added.length} pages (${reused.length} from dist/) in ${Math.round(performance.now() - started)} ms after rendering`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
