/**
 * Draws a build's missing social cards in worker threads, from the moment the
 * site is loaded: a card costs about 30 ms of CPU, so a large archive's cards
 * would otherwise take longer than all its pages. The cards are not pages of
 * the build: src/integrations/social-cards.ts links them from the cache into
 * dist/ once every page is written, by the plan left here.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { processSlot } from "../build/process-slot";
import type { SocialCardInput } from "./social-card";

export interface PlannedCard {
  input: SocialCardInput;
  key: string;
  /** Its URL path, /social/YYYY/MM/slug.<key>.png. */
  path: string;
}

export interface SocialCardPlan {
  cacheDir: string;
  cards: PlannedCard[];
  /** Settles when the workers are done; a card they could not draw is missing from the cache. */
  drawn: Promise<void>;
}

// Made in the build's page bundle, read by the integration.
const plan = processSlot<SocialCardPlan>("social-card-plan");

export function planSocialCards(cards: PlannedCard[], cacheDir: string, workerFile: string): void {
  const missing = new Map<string, SocialCardInput>();
  for (const { key, input } of cards) if (!existsSync(join(cacheDir, `${key}.png`))) missing.set(key, input);
  plan.set({ cacheDir, cards, drawn: draw([...missing.values()], cacheDir, workerFile) });
}

export const plannedSocialCards = plan.get;

async function draw(inputs: SocialCardInput[], cacheDir: string, workerFile: string): Promise<void> {
  if (inputs.length === 0 || !existsSync(workerFile)) return;
  const threads = Math.min(availableParallelism(), 4, inputs.length);
  // eslint-disable-next-line no-console -- build progress: the first build of an archive spends minutes here
  console.info(`[paddock] drawing ${inputs.length} social cards in ${threads} worker threads`);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const worker = new Worker(workerFile, {
        workerData: { cacheDir, inputs: inputs.filter((_, i) => i % threads === t) },
      });
      // Never what keeps a failed build running.
      worker.unref();
      // A worker that fails leaves its cards to the integration, which draws what is missing.
      return new Promise<void>((resolve) => {
        worker.on("error", () => resolve());
        worker.on("exit", () => resolve());
      });
    }),
  );
}
