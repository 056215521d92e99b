/**
 * Draws a build's missing social cards in worker threads while its pages
 * render: a card costs tens of milliseconds of CPU, so a large archive's
 * cards would otherwise take longer than all its pages. The cards are not
 * pages of the build. The social-cards integration opens the pool at build
 * start; the card route hands it the cards the pages link to; the
 * integration waits for the workers, then links the cards into dist/.
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
  /** How many were missing from the cache and given to the workers. */
  missing: number;
  /** Settles when every worker has exited; a card a worker could not draw is missing from the cache. */
  drawn: Promise<void>;
}

interface Pool {
  cacheDir: string;
  workerFile: string;
  plan?: SocialCardPlan;
}

// Opened by the integration (loaded with the config), fed by the page bundle: two copies of this module.
const pool = processSlot<Pool>("social-card-pool");

/** The integration, at build start: cards handed over from now on are drawn into `cacheDir`. */
export function openSocialCardPool(cacheDir: string, workerFile: string): void {
  pool.set({ cacheDir, workerFile });
}

/** The integration, at the end: the plan, if any cards were handed over; the pool is closed. */
export function closeSocialCardPool(): SocialCardPlan | undefined {
  const plan = pool.get()?.plan;
  pool.set(undefined);
  return plan;
}

/** The card route, in a build: these are the cards the pages link to. Without an open pool, nothing. */
export function requestSocialCards(cards: PlannedCard[]): void {
  const open = pool.get();
  if (!open || open.plan) return;
  const missing = new Map<string, SocialCardInput>();
  for (const { key, input } of cards) if (!existsSync(join(open.cacheDir, `${key}.png`))) missing.set(key, input);
  const inputs = [...missing.values()];
  open.plan = { cacheDir: open.cacheDir, cards, missing: inputs.length, drawn: draw(inputs, open) };
}

async function draw(inputs: SocialCardInput[], { cacheDir, workerFile }: Pool): Promise<void> {
  if (inputs.length === 0) return;
  const threads = Math.min(availableParallelism(), 4, inputs.length);
  // eslint-disable-next-line no-console -- build progress: the first build of an archive spends minutes here
  console.info(`[paddock] drawing ${inputs.length} social cards in ${threads} worker threads`);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      // Not unref'd: a running worker is what keeps the build alive when its pages finish first.
      const worker = new Worker(workerFile, {
        workerData: { cacheDir, inputs: inputs.filter((_, i) => i % threads === t) },
      });
      // A worker that fails leaves its cards to the integration, which draws what is missing
      // on the main thread, so the card's own error stops the build.
      return new Promise<void>((resolve) => {
        worker.on("error", () => resolve());
        worker.on("exit", () => resolve());
      });
    }),
  );
}
