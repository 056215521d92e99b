// A worker thread of src/lib/social-card-pool.ts: draws the cards it is given into the cache,
// reporting each key when its file is there (or failed: the main thread then draws it and reports
// the error). Node runs the TypeScript module directly (type stripping).
import { parentPort, workerData } from "node:worker_threads";
import { getOrRenderSocialCard, socialCardKey } from "./social-card.ts";

for (const input of workerData.inputs) {
  await getOrRenderSocialCard(input, workerData.cacheDir).catch(() => undefined);
  parentPort.postMessage(socialCardKey(input));
}
