/**
 * Social card cost, old pipeline against new, in one process on one thread:
 *   npx tsx scripts/bench-cards.ts [--cards 60] [--rounds 5]
 * Each round draws every card of a fixed corpus with both pipelines, alternating which goes
 * first, so load from other processes hits both alike. The corpus has 6 categories and 6 bylines,
 * as a site repeats them; --unique-lines gives every card its own (nothing for the line cache). Prints medians per card and per stage,
 * bytes per card and the projected CPU time for a cold 10,000-post (8,000 cards) and a
 * 60,000-post (48,000 cards) build.
 */
import { parseArgs } from "node:util";
import { isMainThread, Worker } from "node:worker_threads";
import { deflateSync, inflateSync } from "node:zlib";
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";
import {
  encodeCard,
  getCardFrame,
  paintStory,
  rasterizeStory,
  renderSocialCardSvg,
  renderStorySvg,
  type SocialCardInput,
} from "../src/lib/share/social-card";

// Cards are drawn in worker threads during a build, and the renderer picks its path by thread: so the bench
// runs in one too.
if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), execArgv: ["--import", "tsx"] });
  await new Promise((resolve, reject) => worker.on("exit", resolve).on("error", reject));
  process.exit();
}

const { values } = parseArgs({
  options: {
    cards: { type: "string", default: "60" },
    rounds: { type: "string", default: "5" },
    // Every card with its own byline and category: the worst case for the line cache.
    "unique-lines": { type: "boolean", default: false },
  },
});
const cardCount = Number(values.cards);
const rounds = Number(values.rounds);

// Single thread: the build's workers are one per core, each drawing one card at a time.
sharp.concurrency(1);

const WORDS = (
  "Hyundai Toyota Škoda Kia Ford Renault Volvo will build hybrids in Georgia as it hedges its all-electric bet " +
  "recalls plant tariffs batteries dealers quarter profit falls sales rise new model launch delayed again " +
  "regulators probe software update charging network expands Europe China Mexico supplier strike ends"
).split(" ");
const CATEGORIES = ["Industry", "Reviews", "News", "Electric", "Motorsport", "Policy"];
const AUTHORS = ["Claire Whitfield", "Ana Lima", "Ben Okafor", "Dmitri Volkov", "Zoë Łukasik", "Mei Tanaka"];

/** A fixed spread of headline lengths (20 to 160 characters) and one to three authors. */
function corpus(count: number): SocialCardInput[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return Array.from({ length: count }, (_, i) => {
    const target = 20 + ((i * 37) % 141);
    let title = "";
    while (title.length < target) title += `${title ? " " : ""}${WORDS[next() % WORDS.length]}`;
    return {
      siteName: "The Paddock Gazette",
      category: CATEGORIES[i % CATEGORIES.length]!,
      title,
      authors: Array.from({ length: 1 + (i % 3) }, (_, k) => AUTHORS[(i + k) % AUTHORS.length]!),
    };
  });
}

const RESVG_OPTIONS = { fitTo: { mode: "original" }, font: { loadSystemFonts: false } } as const;
const times = new Map<string, number[]>();
const bytes = new Map<string, number>();

async function timed<T>(stage: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  const list = times.get(stage) ?? [];
  list.push(performance.now() - start);
  times.set(stage, list);
  return result;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;

/** The pipeline as it was: the whole card through satori and resvg, then sharp's RGB PNG. */
async function oldCard(input: SocialCardInput): Promise<number> {
  const start = performance.now();
  const svg = await timed("old satori", () => renderSocialCardSvg(input));
  const image = await timed("old resvg", () => renderAsync(svg, RESVG_OPTIONS));
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  const png = await timed("old encode", () => sharp(image.pixels, { raw }).removeAlpha().png().toBuffer());
  bytes.set("old", (bytes.get("old") ?? 0) + png.length);
  return performance.now() - start;
}

/** The new pipeline, stage by stage (the frame is drawn once, before the rounds). */
async function newCard(input: SocialCardInput): Promise<{ ms: number; png: Uint8Array }> {
  const start = performance.now();
  const frame = await getCardFrame(input.siteName);
  const svg = await timed("new satori", () => renderStorySvg(input, frame));
  const pixels = await timed("new resvg", () => rasterizeStory(svg));
  const painted = await timed("new paint", () => paintStory(frame, pixels, svg)!);
  const png = await timed("new encode", () => encodeCard(painted));
  bytes.set("new", (bytes.get("new") ?? 0) + png.length);
  return { ms: performance.now() - start, png };
}

/** The IDAT payload of an indexed PNG, inflated: the scanlines the encoder deflated. */
function scanlinesOf(png: Uint8Array): Buffer {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    if (new TextDecoder().decode(png.subarray(at + 4, at + 8)) === "IDAT")
      parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

const cards = corpus(cardCount);
// Warm-up: module loading, font parsing, the frame and JIT are once per worker, not per card.
for (const input of cards.slice(0, 5)) {
  await oldCard(input);
  await newCard(input);
}
times.clear();
bytes.clear();

const oldTotals: number[] = [];
const newTotals: number[] = [];
const samples: Buffer[] = [];
for (let round = 0; round < rounds; round++) {
  for (const [i, input] of cards.entries()) {
    const varied = values["unique-lines"]
      ? {
          ...input,
          title: `${input.title} ${round}`,
          category: `${input.category} ${round}-${i}`,
          authors: [...input.authors, `Reporter ${round}-${i}`],
        }
      : { ...input, title: `${input.title} ${round}` };
    if ((round + i) % 2 === 0) {
      oldTotals.push(await oldCard(varied));
      newTotals.push((await newCard(varied)).ms);
    } else {
      const { ms, png } = await newCard(varied);
      newTotals.push(ms);
      oldTotals.push(await oldCard(varied));
      if (round === 0 && samples.length < 20) samples.push(scanlinesOf(png));
    }
  }
}

const drawn = cards.length * rounds;
const oldMs = median(oldTotals);
const newMs = median(newTotals);
const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
console.log(
  `${drawn} cards per pipeline (${cards.length} headlines × ${rounds} rounds${values["unique-lines"] ? ", every kicker and byline new" : ""}), single thread, medians\n`,
);
line("ms per card, old", oldMs.toFixed(2));
line("ms per card, new", newMs.toFixed(2));
line("new / old", `${(newMs / oldMs).toFixed(2)} (${(oldMs / newMs).toFixed(1)}× faster)`);
console.log("\nper stage, ms");
for (const [stage, list] of times) line(`  ${stage}`, median(list).toFixed(2));
const oldBytes = bytes.get("old")! / drawn;
const newBytes = bytes.get("new")! / drawn;
console.log("\nbytes per card (mean)");
line("  old (sharp RGB PNG)", Math.round(oldBytes).toString());
line("  new (exact-palette PNG)", `${Math.round(newBytes)} (${((newBytes / oldBytes) * 100).toFixed(0)}%)`);
console.log("\nprojected CPU minutes (median ms per card × cards)");
for (const count of [8000, 48000]) {
  line(`  ${count} cards`, `old ${((oldMs * count) / 60000).toFixed(1)}, new ${((newMs * count) / 60000).toFixed(1)}`);
}

// The deflate level the encoder uses, on the scanlines of real cards.
console.log("\ndeflate of indexed scanlines: level, ms median, bytes mean");
for (const level of [1, 3, 4, 5, 6, 9]) {
  const ms: number[] = [];
  let total = 0;
  for (const scanlines of samples) {
    const start = performance.now();
    total += deflateSync(scanlines, { level }).length;
    ms.push(performance.now() - start);
  }
  line(`  level ${level}`, `${median(ms).toFixed(2)} ms, ${Math.round(total / samples.length)} B`);
}
