/**
 * Last step of a build: measures dist/ and warns when it is past the limits of the host named
 * in paddock.config.ts (src/lib/build/host-limits.ts).
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hostLimitWarnings, HOSTS, type Host } from "../lib/build/host-limits.ts";

async function measure(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  let bytes = 0;
  // Many at a time: one stat after another took 3 s for the 32,000 files of a 10,000-post site.
  for (let i = 0; i < files.length; i += 512) {
    const sizes = await Promise.all(
      files.slice(i, i + 512).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
    );
    for (const size of sizes) bytes += size;
  }
  return { files: files.length, bytes };
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
