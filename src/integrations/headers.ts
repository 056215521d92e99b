/**
 * Writes dist/_headers after the build (see src/lib/build/headers-file.ts) and
 * dist/_redirects for CDN hosts. The CSP allows Paddock's own inline scripts
 * by hash (src/client/inline-scripts.ts) and nothing else inline: pages are
 * never read for scripts, so no text in them (an uploaded HTML file, a comment,
 * a title) can approve one.
 */
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { INLINE_SCRIPTS } from "../client/inline-scripts";
import { GISCUS_ORIGIN } from "../lib/comments/giscus";
import { headersFile, shortCacheRules } from "../lib/build/headers-file";
import { redirectsFile, type Redirect } from "../lib/build/redirects";
import { VIDEO_ORIGINS } from "../lib/content/video";

/**
 * Vite's asset rule, except that bundled scripts always stay files under /_astro/ ('self' in the
 * CSP). Astro would otherwise inline the small ones (the video and gallery scripts), and their text
 * is only known once the bundler has run.
 */
const scriptsStayFiles = (file: string) => (/\.m?js$/.test(file) ? false : undefined);

export function securityHeaders(options: {
  giscus: boolean;
  redirects: readonly Redirect[];
  /** Where the newsletter form posts, if it has one. */
  formAction?: string | undefined;
  /** Hosts imported posts still load images from. */
  imageOrigins?: string[];
}): AstroIntegration {
  return {
    name: "paddock:headers",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: scriptsStayFiles } } });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const top = await readdir(outDir, { withFileTypes: true });
        await writeFile(
          join(outDir, "_headers"),
          headersFile({
            inlineScripts: INLINE_SCRIPTS,
            // giscus when comments are on; the two video players always (the style guide has a video,
            // and any post may), framed only once a reader presses play.
            frameOrigins: [...(options.giscus ? [GISCUS_ORIGIN] : []), ...VIDEO_ORIGINS],
            formOrigins: options.formAction ? [new URL(options.formAction).origin] : [],
            imageOrigins: options.imageOrigins ?? [],
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
          `wrote _headers (${INLINE_SCRIPTS.length} inline scripts of Paddock's allowed by hash)` +
            (options.redirects.length ? ` and _redirects (${options.redirects.length})` : ""),
        );
      },
    },
  };
}
