/**
 * Social card images: a 1200×630 PNG per article with the site name, the
 * category, the headline and the bylines. Rendering (satori → SVG → resvg →
 * PNG) costs milliseconds per card, so cards are cached on disk under a hash of
 * everything drawn on them: an unchanged post costs one file read. A fresh card
 * reuses what it shares with other cards (the frame, a repeated kicker or
 * byline) and draws only the rest; tests/unit/social-card-pixels.test.ts holds
 * it to the plain full render.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import type { SatoriNode } from "satori";
import { encodeIndexedPng, MAX_PALETTE_COLOURS } from "./indexed-png.ts";

export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;

/** Everything drawn on a card. The cache key covers exactly these fields. */
export interface SocialCardInput {
  siteName: string;
  /** The category's display title, e.g. "Industry". */
  category: string;
  title: string;
  /** Display names, in byline order. */
  authors: string[];
}

/** The element tree satori takes: React-shaped plain objects, no React needed. */
export interface CardElement {
  type: string;
  /** Names an element in satori's layout report (onNodeDetected), which copies the props. */
  key?: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
export type CardChild = CardElement | string;

const COLORS = { background: "#ffffff", text: "#1b1b1b", soft: "#555555", accent: "#b3261e" } as const;
const FONT_FAMILY = "Inter";
const PADDING_X = 72;
const HEADLINE_LINE_HEIGHT = 1.12;
/** Height left for the headline between the kicker and the byline (see socialCardElement's layout). */
const HEADLINE_BOX_HEIGHT = 330;
const KICKER_SIZE = 28;
const BYLINE_SIZE = 30;
const BYLINE_PADDING_BOTTOM = 48;

/**
 * Shorter headlines get bigger type; the line clamp is what the box holds at
 * that size, so even a headline longer than the table expects ends in "…"
 * inside the card instead of running over the byline.
 */
export function headlineStyle(title: string): { fontSize: number; maxLines: number } {
  const length = [...title].length;
  const fontSize = length <= 40 ? 84 : length <= 70 ? 72 : length <= 100 ? 62 : length <= 140 ? 54 : 46;
  return { fontSize, maxLines: Math.floor(HEADLINE_BOX_HEIGHT / (fontSize * HEADLINE_LINE_HEIGHT)) };
}

/** "A", "A and B", "A, B and C" — the same wording as the article's byline. */
export function bylineText(authors: readonly string[]): string {
  if (authors.length === 0) return "";
  if (authors.length === 1) return `By ${authors[0]}`;
  return `By ${authors.slice(0, -1).join(", ")} and ${authors.at(-1)}`;
}

function el(type: string, style: Record<string, string | number>, children?: CardChild | CardChild[]): CardElement {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** One line of text that ends in "…" rather than wrapping. */
function singleLine(text: string, style: Record<string, string | number>): CardElement {
  return el("div", { display: "block", lineClamp: 1, ...style }, text);
}

const ROOT_STYLE = {
  width: SOCIAL_CARD_WIDTH,
  display: "flex",
  flexDirection: "column",
  color: COLORS.text,
  fontFamily: FONT_FAMILY,
} as const;

/** Masthead: the site header's name and its accent rule. The same on every card of a site. */
function mastheadElement(siteName: string): CardElement {
  return el("div", { display: "flex", flexDirection: "column", padding: `44px ${PADDING_X}px 0` }, [
    singleLine(siteName, { fontSize: 40, fontWeight: 700, letterSpacing: "-0.02em", lineHeight: 1.2 }),
    el("div", { marginTop: 18, height: 8, width: "100%", backgroundColor: COLORS.accent }),
  ]);
}

/** Names an element so that its box can be found in satori's layout report. */
function keyed(key: string, element: CardElement): CardElement {
  return { ...element, key };
}

/**
 * Everything below the masthead: kicker and headline, centred in the room left, then the byline.
 * `clip: false` leaves out the column's overflow clip, which costs resvg two canvas-sized mask
 * layers per card; see renderStorySvg for when that draws the same pixels. `hideLines` keeps the
 * kicker and byline in the layout but leaves them undrawn, for cards that paint them from the cache.
 */
function storyElements(input: SocialCardInput, { clip = true, hideLines = false } = {}): CardElement[] {
  const headline = headlineStyle(input.title);
  // Laid out as ever, not drawn: satori skips the glyphs of hidden text (see renderStorySvg).
  const hidden: Record<string, string> = hideLines ? { visibility: "hidden" } : {};
  return [
    keyed(
      "column",
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          justifyContent: "center",
          padding: `0 ${PADDING_X}px`,
          ...(clip && { overflow: "hidden" }),
        },
        [
          keyed(
            "kicker",
            singleLine(input.category.toUpperCase(), {
              color: COLORS.accent,
              fontSize: KICKER_SIZE,
              fontWeight: 700,
              letterSpacing: "0.08em",
              lineHeight: 1.2,
              marginBottom: 14,
              ...hidden,
            }),
          ),
          keyed(
            "headline",
            el(
              "div",
              {
                display: "block",
                lineClamp: headline.maxLines,
                fontSize: headline.fontSize,
                fontWeight: 700,
                lineHeight: HEADLINE_LINE_HEIGHT,
                letterSpacing: "-0.015em",
                // A word wider than the card (a long model code, a URL) breaks instead of running off the edge.
                overflowWrap: "break-word",
              },
              input.title,
            ),
          ),
        ],
      ),
    ),
    keyed(
      "byline",
      singleLine(bylineText(input.authors), {
        color: COLORS.soft,
        fontSize: BYLINE_SIZE,
        fontWeight: 400,
        lineHeight: 1.3,
        padding: `0 ${PADDING_X}px ${BYLINE_PADDING_BOTTOM}px`,
        ...hidden,
      }),
    ),
  ];
}

/** The card's element tree: site name over an accent rule, then kicker, headline and byline. */
export function socialCardElement(input: SocialCardInput): CardElement {
  return el("div", { ...ROOT_STYLE, height: SOCIAL_CARD_HEIGHT, backgroundColor: COLORS.background }, [
    mastheadElement(input.siteName),
    ...storyElements(input),
  ]);
}

const requireFromHere = createRequire(import.meta.url);

let rendererVersions: string | undefined;
/**
 * Named in the key so that cards drawn by an older pipeline (resvg's own encoder, then sharp's RGB PNG)
 * are redrawn: the frame-and-story render with an exact palette differs from them by a rounding step.
 */
const PIPELINE = "pipeline:frame+story,indexed-png";

/**
 * The renderer's major.minor versions are part of the key: a feature release
 * may draw differently, a patch release should not redraw a whole archive.
 * Read on first use, so a site with cards turned off never needs the packages.
 */
function getRendererVersions(): string {
  rendererVersions ??= ["satori", "@resvg/resvg-js", "@fontsource/inter"]
    .map((name) => {
      try {
        const { version } = requireFromHere(`${name}/package.json`) as { version: string };
        return `${name}@${version.split(".").slice(0, 2).join(".")}`;
      } catch (error) {
        throw new Error(`Social cards need the npm package ${name}; expected it in node_modules (run npm install)`, {
          cause: error,
        });
      }
    })
    .concat(PIPELINE)
    .join(" ");
  return rendererVersions;
}

/**
 * The cache key: sha256 of the renderer versions and the whole element tree
 * the card is drawn from, so any change of text, layout or colour redraws it
 * and nothing else does.
 */
export function socialCardKey(input: SocialCardInput): string {
  return createHash("sha256")
    .update(JSON.stringify([getRendererVersions(), socialCardElement(input)]))
    .digest("hex");
}

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: Promise<SatoriFont[]> | undefined;

/**
 * Inter from @fontsource/inter, read once per process. Satori cannot read
 * WOFF2, so the WOFF files. The latin-ext subset gets its own family name
 * because satori falls back to other families, not to other files of the same
 * family, for glyphs such as the Š of Škoda.
 */
function loadFonts(): Promise<SatoriFont[]> {
  const subsets = { latin: FONT_FAMILY, "latin-ext": `${FONT_FAMILY} Latin Ext` } as const;
  fonts ??= Promise.all(
    Object.entries(subsets).flatMap(([subset, name]) =>
      ([400, 700] as const).map(async (weight): Promise<SatoriFont> => {
        const file = `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`;
        let path: string;
        try {
          path = requireFromHere.resolve(file);
        } catch {
          throw new Error(
            `Social cards need the font file ${file}; expected the npm package @fontsource/inter installed`,
          );
        }
        return { name, data: await readFile(path), weight, style: "normal" };
      }),
    ),
  );
  return fonts;
}

/** The laid-out box of each element, as satori reports it (used to check that nothing overflows). */
export type CardBox = Pick<SatoriNode, "left" | "top" | "width" | "height" | "textContent">;

/** The card as SVG (text drawn as paths, so no fonts are needed to display it). */
export async function renderSocialCardSvg(
  input: SocialCardInput,
  { onBox }: { onBox?: (box: CardBox) => void } = {},
): Promise<string> {
  return satoriSvg(socialCardElement(input), SOCIAL_CARD_HEIGHT, onBox);
}

const RESVG_OPTIONS = { fitTo: { mode: "original" }, font: { loadSystemFonts: false } } as const;

/**
 * The plain render of the whole card: satori, resvg, sharp's RGB PNG. The reference the faster
 * pipeline is tested against, and what a card falls back to if it ever has more colours than a
 * palette holds.
 */
export async function renderSocialCardReference(input: SocialCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderSocialCardSvg(input);
  const [{ renderAsync }, { default: sharp }] = await Promise.all([import("@resvg/resvg-js"), import("sharp")]);
  const image = await renderAsync(svg, RESVG_OPTIONS);
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return new Uint8Array(await sharp(image.pixels, { raw }).removeAlpha().png().toBuffer());
}

/**
 * What every card of a site shares, drawn once per process: the background and the masthead as
 * PNG scanlines (filter byte, then palette indices), their palette, and the row where the story
 * part of the card begins.
 */
export interface CardFrame {
  storyTop: number;
  scanlines: Uint8Array;
  /** Colours as 0xRRGGBB, in index order. */
  palette: number[];
}

const STRIDE = SOCIAL_CARD_WIDTH + 1;
const frames = new Map<string, Promise<CardFrame>>();

const EMPTY_ROW = Buffer.alloc(SOCIAL_CARD_WIDTH * 4);
/** The pixel words below are read as little-endian (R in the low byte); elsewhere the full render is used. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Premultiplied RGBA pixels as resvg hands them over, one 32-bit word per pixel. */
function pixelWords(pixels: Uint8Array): Uint32Array {
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/** A premultiplied pixel (as a little-endian word) over an opaque 0xRRGGBB colour. */
function over(word: number, under: number): number {
  const inverse = 255 - (word >>> 24);
  let rgb = 0;
  for (let shift = 0; shift < 24; shift += 8) {
    const channel = ((word >>> shift) & 255) + Math.round((((under >>> (16 - shift)) & 255) * inverse) / 255);
    rgb |= Math.min(channel, 255) << (16 - shift);
  }
  return rgb;
}

/**
 * Composites premultiplied pixels onto card scanlines, adding colours to the palette as they
 * appear. `put` returns false once the card would need more colours than a palette holds (then
 * nothing written is used).
 */
function painter(scanlines: Uint8Array, palette: number[]) {
  const indexOf = new Map(palette.map((rgb, i) => [rgb, i]));
  // Keyed by what is underneath and the pixel: a card holds a few hundred such pairs, each composited once.
  const memo = new Map<number, number>();
  let lastKey = -1;
  let lastIndex = 0;
  return (at: number, word: number): boolean => {
    const under = scanlines[at]!;
    const key = under * 0x1_0000_0000 + word;
    if (key !== lastKey) {
      let index = memo.get(key);
      if (index === undefined) {
        const rgb = over(word, palette[under]!);
        index = indexOf.get(rgb);
        if (index === undefined) {
          if (palette.length === MAX_PALETTE_COLOURS) return false;
          index = palette.push(rgb) - 1;
          indexOf.set(rgb, index);
        }
        memo.set(key, index);
      }
      lastKey = key;
      lastIndex = index;
    }
    scanlines[at] = lastIndex;
    return true;
  };
}

/** Paints a resvg canvas, full width, onto the card from card row `top` down. */
function paintCanvas(put: ReturnType<typeof painter>, pixels: Uint8Array, top: number): boolean {
  const words = pixelWords(pixels);
  const rows = words.length / SOCIAL_CARD_WIDTH;
  const bytes = Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  for (let y = 0; y < rows; y++) {
    const from = y * SOCIAL_CARD_WIDTH;
    // Most rows hold no ink at all: one native compare skips them instead of 1,200 word reads.
    if (EMPTY_ROW.equals(bytes.subarray(from * 4, (from + SOCIAL_CARD_WIDTH) * 4))) continue;
    const to = (top + y) * STRIDE + 1;
    for (let x = 0; x < SOCIAL_CARD_WIDTH; x++) {
      const word = words[from + x]!;
      // Transparent: the frame shows through. Most of a card.
      if (word !== 0 && !put(to + x, word)) return false;
    }
  }
  return true;
}

function paletteBytes(palette: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(palette.length * 3);
  palette.forEach((rgb, i) => bytes.set([rgb >>> 16, (rgb >>> 8) & 255, rgb & 255], i * 3));
  return bytes;
}

async function satoriSvg(element: CardElement, height: number, onBox?: (box: SatoriNode) => void): Promise<string> {
  // Imported on first render only, so a build where every card is cached never loads the renderer.
  const { default: satori } = await import("satori");
  return satori(element, {
    width: SOCIAL_CARD_WIDTH,
    height,
    fonts: await loadFonts(),
    ...(onBox && { onNodeDetected: onBox }),
  });
}

/**
 * resvg's async render hands the work to libuv's pool and back, about 2 ms a card; a card worker
 * has nothing else to do, so it draws in its own thread. The main thread keeps the async render so
 * a card drawn there does not stall the build.
 */
async function rasterize(svg: string): Promise<Uint8Array> {
  const { Resvg, renderAsync } = await import("@resvg/resvg-js");
  return (isMainThread ? await renderAsync(svg, RESVG_OPTIONS) : new Resvg(svg, RESVG_OPTIONS).render()).pixels;
}

async function drawFrame(siteName: string): Promise<CardFrame> {
  // The masthead laid out as on the card, over a spacer that stands for the story: where the spacer starts is
  // where the story's own render goes.
  const spacer: CardElement = { ...el("div", { flexGrow: 1 }), key: "story" };
  const frame = (children: CardElement[]) =>
    el("div", { ...ROOT_STYLE, height: SOCIAL_CARD_HEIGHT, backgroundColor: COLORS.background }, children);
  let storyTop = Number.NaN;
  let svg = await satoriSvg(frame([mastheadElement(siteName), spacer]), SOCIAL_CARD_HEIGHT, (box) => {
    if (box.key === spacer.key) storyTop = box.top;
  });
  // A masthead of fractional height would put the story's glyphs on other subpixels than the full render:
  // then the frame is the bare background and the story render draws the masthead too.
  if (!Number.isInteger(storyTop) || storyTop < 0 || storyTop >= SOCIAL_CARD_HEIGHT) {
    storyTop = 0;
    svg = await satoriSvg(frame([]), SOCIAL_CARD_HEIGHT);
  }
  const background = Number.parseInt(COLORS.background.slice(1), 16);
  const palette = [background];
  const scanlines = new Uint8Array(SOCIAL_CARD_HEIGHT * STRIDE);
  if (!paintCanvas(painter(scanlines, palette), await rasterize(svg), 0)) {
    throw new Error("A social card frame needs more colours than a PNG palette holds");
  }
  return { storyTop, scanlines, palette };
}

/** The frame for a site name, drawn on first use and kept for the process (a build has one or two). */
export function getCardFrame(siteName: string): Promise<CardFrame> {
  let frame = frames.get(siteName);
  if (!frame) {
    frame = drawFrame(siteName);
    frames.set(siteName, frame);
    frame.catch(() => frames.delete(siteName));
  }
  return frame;
}

/**
 * Without the column's overflow clip, satori lays out and draws the same as with it as long as
 * the story fits its column: the column then keeps its flex-grown size (the byline still ends at
 * the canvas bottom) and, with room above and below the text, no glyph reaches the clip's edge.
 * The margin is half the type size, several times the most any glyph of Inter (accents, descenders)
 * overhangs its line box.
 */
function clipIsNoop(boxes: ReadonlyMap<string, CardBox>, height: number, headlineSize: number): boolean {
  const column = boxes.get("column");
  const byline = boxes.get("byline");
  if (!column || !byline || Math.abs(byline.top + byline.height - height) > 0.01) return false;
  return (
    [
      ["kicker", KICKER_SIZE],
      ["headline", headlineSize],
    ] as const
  ).every(([key, size]) => {
    const box = boxes.get(key);
    return (
      box !== undefined &&
      box.top - column.top >= size / 2 &&
      column.top + column.height - (box.top + box.height) >= size / 2
    );
  });
}

/**
 * The ink of one kicker or byline, kept from an earlier card: a site has a few categories and
 * authors, so most cards repeat both and need only their headline drawn. Only non-transparent
 * pixels, as offsets from the start of the text box's top row (negative above it) and their
 * premultiplied words.
 */
interface LineInk {
  offsets: Int32Array;
  words: Uint32Array;
}

/** Bounds the memory (a line is 10 to 100 KB): a build's categories and bylines fit many times over. */
const MAX_LINE_INKS = 256;
const lineInks = new Map<string, LineInk>();

/**
 * Rows taken above and below a line's box when its ink is kept. The box holds all of Inter's ink
 * at these sizes (line heights 1.2 and 1.3 hold its ascenders and descenders) and the nearest
 * other ink, the headline's, starts 14 px below the kicker's box, less its own overhang.
 */
const LINE_INK_MARGIN = 4;

/** One line of text to paint from, or keep into, the line cache, at a card row. */
interface LinePlacement {
  key: string;
  /** Card row of the line box's top. */
  row: number;
  /** Rows of ink below `row`, when it is kept. */
  height: number;
}

/** The story as SVG, the card row its first row lands on, and the lines painted from or kept into the cache. */
export interface StorySvg {
  svg: string;
  top: number;
  /** Drawn in the SVG, to be kept from its pixels. */
  keep: LinePlacement[];
  /** Left out of the SVG, to be painted from the cache. */
  reuse: LinePlacement[];
}

/**
 * The rows from half a type size above the first line's box to half a type size below the last
 * one's text: resvg's cost grows with the canvas (a blank 1200×512 canvas is most of a story's
 * render), and outside those rows nothing is drawn, by the same margins as in clipIsNoop.
 */
function inkRows(
  first: CardBox | undefined,
  firstSize: number,
  lastBottom: number | undefined,
  lastSize: number,
  height: number,
): { from: number; to: number } | undefined {
  if (!first || lastBottom === undefined) return undefined;
  const from = Math.max(0, Math.floor(first.top - firstSize / 2));
  const to = Math.min(height, Math.ceil(lastBottom + lastSize / 2));
  return from < to ? { from, to } : undefined;
}

/**
 * The story part of the card as SVG on a transparent background: the same tree as the full card
 * minus the masthead, on a canvas that starts at the frame's `storyTop`, so every glyph lands on
 * the same pixels (shifted by whole rows) as in the full render. Drawn without the column's clip
 * when that changes nothing (see clipIsNoop), and then cut to the rows that hold ink; else drawn
 * again with the clip, whole. When the cache holds this card's kicker and byline, only the
 * headline is drawn; the lines are laid out as ever and painted from the cache at their boxes,
 * which sit on whole rows, so their pixels are the ones an earlier card's render gave them.
 */
export async function renderStorySvg(input: SocialCardInput, frame: CardFrame): Promise<StorySvg> {
  const height = SOCIAL_CARD_HEIGHT - frame.storyTop;
  const whole = (svg: string): StorySvg => ({ svg, top: frame.storyTop, keep: [], reuse: [] });
  const tree = (clip: boolean, hideLines: boolean) => {
    const children = storyElements(input, { clip, hideLines });
    if (frame.storyTop === 0) children.unshift(mastheadElement(input.siteName));
    return el("div", { ...ROOT_STYLE, height }, children);
  };
  const render = async (hideLines: boolean) => {
    const boxes = new Map<string, CardBox>();
    const svg = await satoriSvg(tree(false, hideLines), height, (box) => {
      if (typeof box.key === "string") boxes.set(box.key, box);
    });
    return { svg, boxes };
  };
  const headlineSize = headlineStyle(input.title).fontSize;
  const kickerKey = `kicker\n${input.category.toUpperCase()}`;
  const bylineKey = `byline\n${bylineText(input.authors)}`;
  // With the masthead in the story (storyTop 0) the kicker is not its first ink: no band, no line cache.
  const banded = frame.storyTop > 0;
  const reuse = banded && lineInks.has(kickerKey) && lineInks.has(bylineKey);
  const first = await render(reuse);
  let svg = first.svg;
  const boxes = first.boxes;
  if (!clipIsNoop(boxes, height, headlineSize)) return whole(await satoriSvg(tree(true, false), height));
  const kicker = boxes.get("kicker")!;
  const headline = boxes.get("headline")!;
  const byline = boxes.get("byline")!;
  const bylineTextHeight = byline.height - BYLINE_PADDING_BOTTOM;
  const lines: LinePlacement[] = [
    { key: kickerKey, row: frame.storyTop + kicker.top, height: kicker.height },
    { key: bylineKey, row: frame.storyTop + byline.top, height: bylineTextHeight },
  ];
  const onWholeRows = Number.isInteger(kicker.top) && Number.isInteger(byline.top);
  // Laid out the same either way; only the drawing differs.
  if (reuse && !onWholeRows) svg = (await render(false)).svg;
  const rows = !banded
    ? undefined
    : reuse && onWholeRows
      ? inkRows(headline, headlineSize, headline.top + headline.height, headlineSize, height)
      : inkRows(kicker, KICKER_SIZE, byline.top + bylineTextHeight, BYLINE_SIZE, height);
  const canvas = `width="${SOCIAL_CARD_WIDTH}" height="${height}" viewBox="0 0 ${SOCIAL_CARD_WIDTH} ${height}"`;
  if (!rows || !svg.startsWith(`<svg ${canvas}`)) return whole(svg);
  const band = `width="${SOCIAL_CARD_WIDTH}" height="${rows.to - rows.from}" viewBox="0 ${rows.from} ${SOCIAL_CARD_WIDTH} ${rows.to - rows.from}"`;
  return {
    svg: svg.replace(canvas, band),
    top: frame.storyTop + rows.from,
    keep: onWholeRows && !reuse ? lines : [],
    reuse: onWholeRows && reuse ? lines : [],
  };
}

/** resvg's pixels of the story SVG (premultiplied RGBA), as many rows as the story's canvas. */
export function rasterizeStory(story: StorySvg): Promise<Uint8Array> {
  return rasterize(story.svg);
}

/** A line's ink out of the story's pixels, from a few rows above its box to a few below its text. */
function keepLine(pixels: Uint8Array, story: StorySvg, line: LinePlacement): void {
  const words = pixelWords(pixels);
  const rows = words.length / SOCIAL_CARD_WIDTH;
  const offsets: number[] = [];
  const kept: number[] = [];
  const first = Math.max(0, line.row - LINE_INK_MARGIN - story.top);
  const last = Math.min(rows, line.row + line.height + LINE_INK_MARGIN - story.top);
  for (let y = first; y < last; y++) {
    for (let x = 0; x < SOCIAL_CARD_WIDTH; x++) {
      const word = words[y * SOCIAL_CARD_WIDTH + x]!;
      if (word === 0) continue;
      offsets.push((story.top + y - line.row) * SOCIAL_CARD_WIDTH + x);
      kept.push(word);
    }
  }
  if (lineInks.size >= MAX_LINE_INKS) lineInks.delete(lineInks.keys().next().value!);
  lineInks.set(line.key, { offsets: Int32Array.from(offsets), words: Uint32Array.from(kept) });
}

/** A card as palette indices in PNG row layout, before encoding. */
export interface PaintedCard {
  scanlines: Uint8Array;
  palette: number[];
}

/**
 * The frame with the story painted on it (its canvas, then any lines from the cache), keeping
 * the lines the story drew for later cards. Undefined if the card needs more colours than a palette
 * holds (or on a big-endian machine), for the caller to fall back to the full render.
 */
export function paintStory(frame: CardFrame, pixels: Uint8Array, story: StorySvg): PaintedCard | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  const scanlines = frame.scanlines.slice();
  const palette = [...frame.palette];
  const put = painter(scanlines, palette);
  if (!paintCanvas(put, pixels, story.top)) return undefined;
  for (const line of story.reuse) {
    const ink = lineInks.get(line.key);
    // Evicted since renderStorySvg looked (another card in between): the caller draws the card in full.
    if (!ink) return undefined;
    const base = line.row * SOCIAL_CARD_WIDTH;
    for (let i = 0; i < ink.offsets.length; i++) {
      const pixel = base + ink.offsets[i]!;
      const at = Math.floor(pixel / SOCIAL_CARD_WIDTH) * STRIDE + 1 + (pixel % SOCIAL_CARD_WIDTH);
      if (!put(at, ink.words[i]!)) return undefined;
    }
  }
  for (const line of story.keep) keepLine(pixels, story, line);
  return { scanlines, palette };
}

export function encodeCard({ scanlines, palette }: PaintedCard): Uint8Array<ArrayBuffer> {
  return encodeIndexedPng(SOCIAL_CARD_WIDTH, SOCIAL_CARD_HEIGHT, scanlines, paletteBytes(palette));
}

/**
 * The card as a PNG of exactly 1200×630 pixels. The background and masthead are drawn once per
 * process; per card only the story (kicker, headline, byline; only the headline when the kicker
 * and byline were drawn for an earlier card) goes through satori and resvg, on a transparent canvas
 * cut to the rows with ink, painted onto the frame and written as an exact-palette PNG.
 */
export async function renderSocialCard(input: SocialCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const frame = await getCardFrame(input.siteName);
  const story = await renderStorySvg(input, frame);
  const painted = paintStory(frame, await rasterizeStory(story), story);
  return painted ? encodeCard(painted) : renderSocialCardReference(input);
}

/**
 * `<PADDOCK_CACHE_DIR>/social-cards` when set, else node_modules/.astro/paddock/social-cards
 * under the working directory: inside Astro's own cache folder, so a CI cache of that folder keeps the cards too.
 */
export function defaultSocialCardCacheDir(): string {
  const override = process.env.PADDOCK_CACHE_DIR;
  if (override) return join(override, "social-cards");
  return join(process.cwd(), "node_modules/.astro/paddock/social-cards");
}

/**
 * The cached PNG at `<cacheDir>/<key>.png`, or a fresh render written there.
 * The file appears by rename of a finished temporary file, so a build that
 * crashes mid-write never leaves a truncated card to be served later.
 */
export async function getOrRenderSocialCard(
  input: SocialCardInput,
  cacheDir: string = defaultSocialCardCacheDir(),
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(cacheDir, `${socialCardKey(input)}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const png = await renderSocialCard(input);
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`Could not write the social card cache file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return png;
}
