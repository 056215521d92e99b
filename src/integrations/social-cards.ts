/**
 * Social cards for a build. At build start it opens the card pool
 * (src/lib/share/social-card-pool.ts); the card route hands the pool the
 * cards the pages link to, and worker threads draw the missing ones while
 * the pages render. Once every page is written it waits for the workers and
 * hard-links each card from the cache into dist/social/ (copied where links
 * are not possible). As pages, 48,000 cached cards took seven minutes to
 * read, wrap and write; linked, seconds.
 */
import { existsSync } from "node:fs";
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { defaultSocialCardCacheDir, getOrRenderSocialCard } from "../lib/share/social-card";
import { closeSocialCardPool, openSocialCardPool } from "../lib/share/social-card-pool";

const WORKER_FILE = fileURLToPath(new URL("../lib/share/social-card-worker.mjs", import.meta.url));

export function socialCards(): AstroIntegration {
  return {
    name: "paddock:social-cards",
    hooks: {
      "astro:build:start": () => openSocialCardPool(defaultSocialCardCacheDir(), WORKER_FILE),
      "astro:build:done": async ({ dir, logger }) => {
        const plan = closeSocialCardPool();
        if (!plan || plan.cards.length === 0) return;
        const started = performance.now();
        logger.info(`publishing ${plan.cards.length} social cards`);
        await plan.drawn;
        const waited = performance.now();
        const outDir = fileURLToPath(dir);
        let redrawn = 0;
        for (let i = 0; i < plan.cards.length; i += 64) {
          await Promise.all(
            plan.cards.slice(i, i + 64).map(async ({ input, key, path }) => {
              const cached = join(plan.cacheDir, `${key}.png`);
              if (!existsSync(cached)) {
                // A worker failed on this card: drawn here, so its error (if any) stops the build.
                await getOrRenderSocialCard(input, plan.cacheDir);
                redrawn += 1;
              }
              const target = join(outDir, path);
              await mkdir(dirname(target), { recursive: true });
              await link(cached, target).catch(() => copyFile(cached, target));
            }),
          );
        }
        const ms = (from: number, to = performance.now()) => Math.round(to - from);
        logger.info(
          `published ${plan.cards.length} social cards in ${ms(started)} ms ` +
            `(${plan.missing} drawn by the workers, waiting ${ms(started, waited)} ms; drawn here ${redrawn})`,
        );
      },
    },
  };
}
