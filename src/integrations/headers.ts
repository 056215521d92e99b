/**
 * Writes dist/_headers after the build, from what the built pages actually
 * contain (see src/lib/headers.ts), and dist/_redirects for CDN hosts.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { GISCUS_ORIGIN } from "../lib/comments/giscus";
import { headersFile, inlineScripts as findInlineScripts, shortCacheRules } from "../lib/headers";
import { redirectsFile, type Redirect } from "../lib/redirects";
import { VIDEO_ORIGINS } from "../lib/video";

export function securityHeaders(options: {
  giscus: boolean;
  redirects: readonly Redirect[];
  /** Where the newsletter form posts, if it has one. */
  formAction?: string | undefined;
}): AstroIntegration {
  return {
    name: "paddock:headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const inlineScripts = new Set<string>();
        const top = await readdir(outDir, { withFileTypes: true });
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html"));
        logger.info(`scanning ${files.length} pages for inline scripts`);
        for (const file of files) {
          for (const script of findInlineScripts(await readFile(join(outDir, file), "utf8"))) inlineScripts.add(script);
        }
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
