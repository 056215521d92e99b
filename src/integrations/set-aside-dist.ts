/**
 * Astro empties dist/ before every build, one file at a time: 8 s for the
 * 45,000 files of a 10,000-post site, before anything else can happen. This
 * moves the old dist/ aside (a rename, instant) at the start of the build and
 * deletes it while the build runs, in a child process of low priority: deleted
 * in the build's own process, the 190,000 files of a 60,000-post site held up
 * every other file operation of the build (bundling took 14 s instead of 1 s).
 * The build waits for it before it ends. Folders left by a build that crashed
 * are deleted by the next one. A dist/ that is a git checkout is left to Astro,
 * which keeps its .git folder.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, rename } from "node:fs/promises";
import { setPriority } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const ASIDE = ".old-";

const DELETE = `for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true });`;

/** Deletes these folders in a child process; resolves when it is done, rejects with its error output. */
function deleteFolders(dirs: string[]): Promise<void> {
  if (dirs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", DELETE, ...dirs], { stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("spawn", () => {
      try {
        setPriority(child.pid!, 19);
      } catch {
        // Not allowed here: it still runs, at the build's priority.
      }
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`could not delete ${dirs.join(", ")}: ${errors.trim()}`)),
    );
  });
}

export function setAsideDist(): AstroIntegration {
  let outDir = "";
  let deleting: Promise<void> = Promise.resolve();
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
        deleting = deleteFolders(leftovers.map((entry) => join(parent, entry)));
        // Handled when the build ends; until then a failure must not count as unhandled.
        deleting.catch(() => {});
      },
      "astro:build:done": async ({ logger }) => {
        // A folder that could not be deleted costs disk space, not the build: the next build tries again.
        await deleting.catch((error: Error) => logger.warn(error.message));
      },
    },
  };
}
