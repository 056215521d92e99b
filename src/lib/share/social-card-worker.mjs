// A worker thread of src/lib/share/social-card-pool.ts: draws the cards it is given into the cache. A card
// it cannot draw is left missing: the build draws it again on the main thread and reports the error.
// Node runs the TypeScript module directly (type stripping).
import { workerData } from "node:worker_threads";
import { getOrRenderSocialCard } from "./social-card.ts";

for (const input of workerData.inputs) {
  await getOrRenderSocialCard(input, workerData.cacheDir).catch(() => undefined);
}
