/**
 * Last step of a build: measures dist/ and warns when it is past the limits of the host named
 * in paddock.config.ts (src/lib/build/host-limits.ts).
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hostLimitWarnings, HOSTS, type Host } from "../lib/build/host-limits.ts";

/**
 * Files and bytes under `dir`, every folder read at once: an article is a folder of its own, and
 * Node's recursive readdir, one folder after another, took 6 s for the 190,000 files of a
 * 60,000-post site (this, 4 s).
 */
async function measure(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const [folders, sizes] = await Promise.all([
    Promise.all(entries.filter((entry) => entry.isDirectory()).map((entry) => measure(join(dir, entry.name)))),
    Promise.all(
      entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(dir, entry.name))).size),
    ),
  ]);
  return folders.reduce((total, folder) => ({ files: total.files + folder.files, bytes: total.bytes + folder.bytes }), {
    files: sizes.length,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
  });
}

export function hostLimits(host: Host): AstroIntegration {
  return {
    name: "paddock:host-limits",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const dist = await measure(fileURLToPath(dir));
        const warnings = hostLimitWarnings(host, dist);
        for (const warning of warnings) logger.warn(warning);
        if (warnings.length === 0) {
          logger.info(`dist/: ${dist.files} files, ${Math.round(dist.bytes / 2 ** 20)} MB; fits ${HOSTS[host].name}`);
        }
      },
    },
  };
}
