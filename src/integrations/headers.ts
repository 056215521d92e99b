/**
 * Writes dist/_headers after the build, from what the built pages actually
 * contain (see src/lib/headers.ts), and dist/_redirects for CDN hosts.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { parse } from "node-html-parser";
import { GISCUS_ORIGIN } from "../lib/comments/giscus";
import { headersFile } from "../lib/headers";
import { redirectsFile, type Redirect } from "../lib/redirects";
import { VIDEO_ORIGINS } from "../lib/video";

const EXECUTABLE = new Set(["", "module", "text/javascript", "application/javascript"]);

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
        let videos = false;
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html"));
        for (const file of files) {
          const page = parse(await readFile(join(outDir, file), "utf8"));
          videos ||= page.querySelector("[data-video-embed]") !== null;
          for (const script of page.querySelectorAll("script:not([src])")) {
            if (EXECUTABLE.has(script.getAttribute("type") ?? "")) inlineScripts.add(script.rawText);
          }
        }
        await writeFile(
          join(outDir, "_headers"),
          headersFile({
            inlineScripts,
            // Exactly what the pages frame: giscus when comments are on, video players when a post has a video.
            frameOrigins: [...(options.giscus ? [GISCUS_ORIGIN] : []), ...(videos ? VIDEO_ORIGINS : [])],
            formOrigins: options.formAction ? [new URL(options.formAction).origin] : [],
            topLevel: {
              folders: top.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
              files: top.filter((entry) => entry.isFile()).map((entry) => entry.name),
            },
          }),
        );
        if (options.redirects.length) await writeFile(join(outDir, "_redirects"), redirectsFile(options.redirects));
        logger.info(
          `wrote _headers (${inlineScripts.size} inline scripts allowed by hash)` +
            (options.redirects.length ? ` and _redirects (${options.redirects.length})` : ""),
        );
      },
    },
  };
}
