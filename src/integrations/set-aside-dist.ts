/**
 * Astro empties dist/ before every build, one file at a time: 8 s for the
 * 45,000 files of a 10,000-post site, before anything else can happen. This
 * moves the old dist/ aside (a rename, instant) at the start of the build and
 * deletes it while the build runs. Folders left by a build that crashed are
 * deleted by the next one. A dist/ that is a git checkout is left to Astro,
 * which keeps its .git folder.
 */
import { existsSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const ASIDE = ".old-";

export function setAsideDist(): AstroIntegration {
  let outDir = "";
  let deleting: Promise<unknown> = Promise.resolve();
  return {
    name: "paddock:set-aside-dist",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, "");
      },
      "astro:build:start": async () => {
        const parent = dirname(outDir);
        const name = basename(outDir);
        const leftovers = (await readdir(parent)).filter((entry) => entry.startsWith(`${name}${ASIDE}`));
        const aside = `${outDir}${ASIDE}${process.pid}-${Date.now()}`;
        if (existsSync(outDir) && !existsSync(join(outDir, ".git"))) {
          await rename(outDir, aside);
          leftovers.push(basename(aside));
        }
        deleting = Promise.all(leftovers.map((entry) => rm(join(parent, entry), { recursive: true, force: true })));
      },
      "astro:build:done": async () => {
        await deleting;
      },
    },
  };
}
