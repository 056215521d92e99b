/**
 * Social card images: a 1200×630 PNG per article with the site name, the
 * category, the headline and the bylines. Rendering (satori → SVG → resvg PNG)
 * costs tens of milliseconds per card, so cards are cached on disk under a
 * hash of everything drawn on them: an unchanged post costs one file read.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { SatoriNode } from "satori";

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
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
export type CardChild = CardElement | string;

const COLORS = { background: "#ffffff", text: "#1b1b1b", soft: "#555555", accent: "#b3261e" } as const;
const FONT_FAMILY = "Inter";
const PADDING_X = 72;
const HEADLINE_LINE_HEIGHT = 1.12;
/** Height left for the headline between the kicker and the byline (see socialCardElement's layout). */
const HEADLINE_BOX_HEIGHT = 330;

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

/** The card's element tree: site name over an accent rule, then kicker, headline and byline. */
export function socialCardElement(input: SocialCardInput): CardElement {
  const headline = headlineStyle(input.title);
  return el(
    "div",
    {
      width: SOCIAL_CARD_WIDTH,
      height: SOCIAL_CARD_HEIGHT,
      display: "flex",
      flexDirection: "column",
      backgroundColor: COLORS.background,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
    },
    [
      // Masthead: the site header's name and its accent rule.
      el("div", { display: "flex", flexDirection: "column", padding: `44px ${PADDING_X}px 0` }, [
        singleLine(input.siteName, { fontSize: 40, fontWeight: 700, letterSpacing: "-0.02em", lineHeight: 1.2 }),
        el("div", { marginTop: 18, height: 8, width: "100%", backgroundColor: COLORS.accent }),
      ]),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          justifyContent: "center",
          padding: `0 ${PADDING_X}px`,
          overflow: "hidden",
        },
        [
          singleLine(input.category.toUpperCase(), {
            color: COLORS.accent,
            fontSize: 28,
            fontWeight: 700,
            letterSpacing: "0.08em",
            lineHeight: 1.2,
            marginBottom: 14,
          }),
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
        ],
      ),
      singleLine(bylineText(input.authors), {
        color: COLORS.soft,
        fontSize: 30,
        fontWeight: 400,
        lineHeight: 1.3,
        padding: `0 ${PADDING_X}px 48px`,
      }),
    ],
  );
}

const requireFromHere = createRequire(import.meta.url);

let rendererVersions: string | undefined;
/** Named in the key so that cards drawn with resvg's own encoder are redrawn. */
const PNG_ENCODER = "png:sharp";

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
    .concat(PNG_ENCODER)
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
  // Imported on first render only, so a build where every card is cached never loads the renderer.
  const { default: satori } = await import("satori");
  return satori(socialCardElement(input), {
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
    fonts: await loadFonts(),
    ...(onBox && { onNodeDetected: onBox }),
  });
}

/**
 * The card as a PNG of exactly 1200×630 pixels. resvg draws off the main
 * thread; sharp encodes (half the time and 40% fewer bytes than resvg's own
 * encoder, measured on the bench corpus).
 */
export async function renderSocialCard(input: SocialCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderSocialCardSvg(input);
  const [{ renderAsync }, { default: sharp }] = await Promise.all([import("@resvg/resvg-js"), import("sharp")]);
  const image = await renderAsync(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return new Uint8Array(await sharp(image.pixels, { raw }).removeAlpha().png().toBuffer());
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
