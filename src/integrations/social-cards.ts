/**
 * Puts a build's social cards into dist/social/ once its pages are written.
 * Load-site plans them (src/lib/share/social-card-pool.ts) and worker threads draw
 * the missing ones into the cache meanwhile; here each card is hard-linked
 * from the cache (copied where links are not possible). As pages, 48,000
 * cached cards took seven minutes to read, wrap and write; linked, seconds.
 */
import { existsSync } from "node:fs";
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { getOrRenderSocialCard } from "../lib/share/social-card";
import { plannedSocialCards } from "../lib/share/social-card-pool";

export function socialCards(): AstroIntegration {
  return {
    name: "paddock:social-cards",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const plan = plannedSocialCards();
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
            `(waiting for the workers ${ms(started, waited)} ms, drawn here ${redrawn})`,
        );
      },
    },
  };
}
