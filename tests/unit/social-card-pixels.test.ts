import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeIndexedPng } from "../../src/lib/share/indexed-png";
import {
  getCardFrame,
  paintStory,
  renderSocialCard,
  renderSocialCardReference,
  renderStorySvg,
  type SocialCardInput,
} from "../../src/lib/share/social-card";

const base: SocialCardInput = {
  siteName: "The Paddock Gazette",
  category: "Industry",
  title: "Hyundai will build hybrids in Georgia as it hedges its all-electric bet",
  authors: ["Claire Whitfield"],
};

/** Decoded to RGBA, whatever the PNG's colour type, so an indexed and an RGB PNG compare directly. */
async function rgba(png: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe("the frame-and-story pipeline looks the same as the full render", () => {
  // What the faster pipeline changes is one rounding step: resvg blends the text onto the white
  // background itself in the full render, while the story is drawn on a transparent canvas and
  // blended here. That moves an antialiased edge pixel by one level of 255 at most and touches
  // well under 1% of the pixels (0.23% on the long headline, measured). The thresholds leave a
  // little room over that and stay far below anything visible; a glyph in another place, a
  // missing line or another colour breaks them by orders of magnitude.
  const MAX_CHANNEL_DIFFERENCE = 2;
  const MAX_DIFFERING_PIXELS = 0.01;
  const MAX_MEAN_DIFFERENCE = 0.02;

  it.each<[string, Partial<SocialCardInput>]>([
    ["a typical headline", {}],
    ["a short headline and two authors", { title: "Kia recalls Telluride", authors: ["Ana Lima", "Ben Okafor"] }],
    [
      "a headline cut off with an ellipsis, five authors and Latin Extended text",
      {
        siteName: "Škoda Łódź Motorsport",
        category: "Électrique",
        title: "A headline that goes on and on about tariffs, plants and batteries. ".repeat(10),
        authors: ["Claire Whitfield", "Ana Lima", "Ben Okafor", "Dmitri Volkov", "Škoda Łódź Correspondent"],
      },
    ],
    ["one unbreakable word and no byline", { title: "x".repeat(300), authors: [] }],
    ["an empty site name", { siteName: "" }],
  ])("for %s", async (_, change) => {
    const input = { ...base, ...change };
    const [fast, full] = await Promise.all([renderSocialCard(input), renderSocialCardReference(input)]);
    const [a, b] = await Promise.all([rgba(fast), rgba(full)]);
    expect([a.width, a.height]).toEqual([1200, 630]);
    expect([b.width, b.height]).toEqual([1200, 630]);

    let sum = 0;
    let max = 0;
    let differing = 0;
    for (let p = 0; p < a.data.length; p += 4) {
      let pixel = 0;
      for (let c = 0; c < 3; c++) {
        const difference = Math.abs(a.data[p + c]! - b.data[p + c]!);
        sum += difference;
        pixel = Math.max(pixel, difference);
      }
      if (pixel > 0) differing++;
      max = Math.max(max, pixel);
    }
    const pixels = a.data.length / 4;
    expect(max).toBeLessThanOrEqual(MAX_CHANNEL_DIFFERENCE);
    expect(differing / pixels).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
    expect(sum / (pixels * 3)).toBeLessThanOrEqual(MAX_MEAN_DIFFERENCE);
    // And it is the smaller file: an exact palette instead of RGB.
    expect(fast.length).toBeLessThan(full.length);
  });

  it("paints a kicker and byline kept from an earlier card just as the full render draws them", async () => {
    const lines = { category: "Électrique", authors: ["Zoë Łukasik", "Ana Lima"] };
    // The first card's render keeps its lines, under a large headline with an accented capital
    // right below the kicker (the ink nearest to the rows kept); the others paint them from the cache.
    const frame = await getCardFrame(base.siteName);
    const first = { ...base, ...lines, title: "Škoda quits" };
    expect((await renderStorySvg(first, frame)).keep).toHaveLength(2);
    await renderSocialCard(first);
    for (const title of ["Kia recalls Telluride", "A long headline about tariffs, plants and batteries. ".repeat(4)]) {
      const input = { ...base, ...lines, title };
      expect((await renderStorySvg(input, frame)).reuse).toHaveLength(2);
      const [a, b] = await Promise.all([
        renderSocialCard(input).then(rgba),
        renderSocialCardReference(input).then(rgba),
      ]);
      let max = 0;
      let differing = 0;
      for (let p = 0; p < a.data.length; p += 4) {
        const pixel = Math.max(...[0, 1, 2].map((c) => Math.abs(a.data[p + c]! - b.data[p + c]!)));
        if (pixel > 0) differing++;
        max = Math.max(max, pixel);
      }
      expect(max).toBeLessThanOrEqual(MAX_CHANNEL_DIFFERENCE);
      expect(differing / (a.data.length / 4)).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
    }
  });

  it("draws different text differently (the comparison above can tell cards apart)", async () => {
    const [a, b] = await Promise.all([
      renderSocialCard(base).then(rgba),
      renderSocialCardReference({ ...base, title: `${base.title}.` }).then(rgba),
    ]);
    let differing = 0;
    for (let p = 0; p < a.data.length; p += 4) if (a.data[p] !== b.data[p]) differing++;
    expect(differing).toBeGreaterThan(50);
  });
});

describe("renderStorySvg", () => {
  // The pixel comparisons above hold for both ways of drawing the story; this pins the cheap one
  // (no overflow clip, only the rows with ink) for headlines at every type size, so a layout change
  // that silently sends every card down the slow path shows up here.
  it.each([20, 60, 90, 130, 400])(
    "draws a %i-character headline without the clip, in a band of rows",
    async (length) => {
      const frame = await getCardFrame(base.siteName);
      const story = await renderStorySvg(
        { ...base, title: "Lorem ipsum dolor sit amet ".repeat(20).slice(0, length) },
        frame,
      );
      expect(frame.storyTop).toBeGreaterThan(0);
      expect(story.svg).not.toMatch(/mask="url\(/);
      expect(story.top).toBeGreaterThan(frame.storyTop);
      const height = Number(/^<svg width="1200" height="(\d+)"/.exec(story.svg)?.[1]);
      expect(story.top + height).toBeLessThan(630);
    },
  );
});

describe("paintStory", () => {
  it("declines a card with more colours than a palette holds, so the caller falls back to the full render", async () => {
    const frame = await getCardFrame(base.siteName);
    const story = new Uint8Array(1200 * (630 - frame.storyTop) * 4);
    // 300 opaque greys and reds: more distinct colours than 256.
    for (let i = 0; i < 300; i++) story.set([i % 256, i < 256 ? i : 0, i < 256 ? i : 40, 255], i * 4);
    const placement = { svg: "", top: frame.storyTop, keep: [], reuse: [] };
    expect(paintStory(frame, story, placement)).toBeUndefined();
    expect(paintStory(frame, new Uint8Array(story.length), placement)?.palette).toEqual(frame.palette);
  });
});

describe("encodeIndexedPng", () => {
  it("writes a PNG that decodes to its palette colours, pixel for pixel", async () => {
    const width = 5;
    const height = 3;
    const palette = Uint8Array.from([255, 255, 255, 179, 38, 30, 27, 27, 27]);
    const indices = [0, 1, 2, 1, 0, 2, 2, 2, 2, 2, 0, 0, 1, 1, 0];
    const scanlines = new Uint8Array(height * (width + 1));
    indices.forEach((index, i) => (scanlines[Math.floor(i / width) * (width + 1) + 1 + (i % width)] = index));
    const { data, info } = await sharp(encodeIndexedPng(width, height, scanlines, palette))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([5, 3, 3]);
    expect([...data]).toEqual(indices.flatMap((index) => [...palette.subarray(index * 3, index * 3 + 3)]));
  });

  it("refuses rows of the wrong length and palettes it cannot write", () => {
    expect(() => encodeIndexedPng(4, 2, new Uint8Array(8), new Uint8Array(3))).toThrow(/2 rows of 5 bytes/);
    expect(() => encodeIndexedPng(4, 2, new Uint8Array(10), new Uint8Array(257 * 3))).toThrow(/1 to 256/);
    expect(() => encodeIndexedPng(4, 2, new Uint8Array(10), new Uint8Array(4))).toThrow(/1 to 256/);
  });
});
