/**
 * Draws a build's missing social cards in worker threads, from the moment the
 * site is loaded: a card costs about 30 ms of CPU, most of it on the main
 * thread when drawn by the page that serves it, so a large archive's cards
 * would otherwise take longer than all its pages. The card route waits for
 * its card here, then reads it from the cache as usual.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { socialCardKey, type SocialCardInput } from "./social-card";

const pending = new Map<string, Promise<void>>();

export function prerenderSocialCards(inputs: readonly SocialCardInput[], cacheDir: string, workerFile: string): void {
  if (!existsSync(workerFile)) return;
  const missing = new Map<string, SocialCardInput>();
  for (const input of inputs) {
    const key = socialCardKey(input);
    if (!pending.has(key) && !missing.has(key) && !existsSync(join(cacheDir, `${key}.png`))) missing.set(key, input);
  }
  if (missing.size === 0) return;
  const done = new Map<string, () => void>();
  for (const key of missing.keys()) pending.set(key, new Promise((resolve) => done.set(key, resolve)));
  const jobs = [...missing];
  const threads = Math.min(availableParallelism(), 4, jobs.length);
  // eslint-disable-next-line no-console -- build progress: the first build of an archive spends minutes here
  console.info(`[paddock] drawing ${jobs.length} social cards in ${threads} worker threads`);
  for (let t = 0; t < threads; t++) {
    const mine = jobs.filter((_, i) => i % threads === t);
    const worker = new Worker(workerFile, { workerData: { cacheDir, inputs: mine.map(([, input]) => input) } });
    // Never what keeps a build (or a failed one) running.
    worker.unref();
    worker.on("message", (key: string) => done.get(key)?.());
    // A worker that fails leaves its cards to the card route, as without the pool.
    const release = () => mine.forEach(([key]) => done.get(key)?.());
    worker.on("error", release);
    worker.on("exit", release);
  }
}

/** Resolves when a worker has drawn this card (or given up on it); undefined if none is drawing it. */
export function pendingSocialCard(input: SocialCardInput): Promise<void> | undefined {
  return pending.get(socialCardKey(input));
}
