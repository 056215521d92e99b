import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  bylineText,
  defaultSocialCardCacheDir,
  getOrRenderSocialCard,
  headlineStyle,
  renderSocialCard,
  renderSocialCardSvg,
  socialCardKey,
  type CardBox,
  type SocialCardInput,
} from "../../src/lib/share/social-card";
import { socialCardParam, socialCardPath } from "../../src/lib/share/social-image-url";

const card: SocialCardInput = {
  siteName: "The Paddock Gazette",
  category: "Industry",
  title: "Hyundai will build hybrids in Georgia as it hedges its all-electric bet",
  authors: ["Claire Whitfield"],
};

/**
 * The horizontal extent of all text, which satori draws as absolute paths
 * (M, L, Q, Z only, so the numbers are x, y pairs). Element boxes cannot show
 * a word that runs out of its box; the glyph outlines do.
 */
function textExtentX(svg: string): { min: number; max: number } {
  const xs = [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].flatMap(([, d]) =>
    (d!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0),
  );
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("social card paths", () => {
  it("maps a permalink and card key to its route parameter and its card path, so a new card gets a new URL", () => {
    const key = "1a2b3c4d5e6f";
    expect(socialCardParam("/2026/09/hyundai-georgia-hybrid-line/", key)).toBe(
      "2026/09/hyundai-georgia-hybrid-line.1a2b3c4d",
    );
    expect(socialCardPath("/2026/09/hyundai-georgia-hybrid-line/", key)).toBe(
      "/social/2026/09/hyundai-georgia-hybrid-line.1a2b3c4d.png",
    );
  });

  it("rejects anything that is not a /YYYY/MM/slug/ permalink, saying what was expected", () => {
    for (const bad of ["/2026/09/slug", "/about/", "/2026/9/slug/", "/2026/09/a/b/"]) {
      expect(() => socialCardPath(bad, "1a2b3c4d")).toThrow(/permalink such as \/2026\/09\/my-story\//);
    }
  });
});

describe("social card cache key", () => {
  const key = socialCardKey(card);

  it("is a sha256 hex digest that depends on the values, not the object", () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(socialCardKey({ ...card, authors: [...card.authors] })).toBe(key);
  });

  it.each<[string, Partial<SocialCardInput>]>([
    ["title", { title: `${card.title}!` }],
    ["category", { category: "News" }],
    ["authors", { authors: ["Claire Whitfield", "Ana Lima"] }],
    ["site name", { siteName: "The Paddock Review" }],
  ])("changes when the %s changes", (_, change) => {
    expect(socialCardKey({ ...card, ...change })).not.toBe(key);
  });

  it("tells apart bylines that join to the same text, and the order of names", () => {
    const two = socialCardKey({ ...card, authors: ["Ana", "Lima"] });
    expect(socialCardKey({ ...card, authors: ["Ana Lima"] })).not.toBe(two);
    expect(socialCardKey({ ...card, authors: ["Lima", "Ana"] })).not.toBe(two);
  });
});

describe("social card layout", () => {
  it("writes the byline as the article does", () => {
    expect(bylineText(["Ana"])).toBe("By Ana");
    expect(bylineText(["Ana", "Ben"])).toBe("By Ana and Ben");
    expect(bylineText(["Ana", "Ben", "Cy"])).toBe("By Ana, Ben and Cy");
  });

  it("sets longer headlines smaller, never below 6 lines' worth of room", () => {
    const sizes = [20, 60, 90, 130, 400].map((length) => headlineStyle("x".repeat(length)).fontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(headlineStyle("x".repeat(400)).maxLines).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ["a short headline", "Kia recalls Telluride"],
    ["a very long headline", "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(12)],
    ["one unbreakable word", "x".repeat(300)],
  ])("keeps %s inside the card's margins, above the byline", async (_, title) => {
    const boxes: CardBox[] = [];
    const svg = await renderSocialCardSvg(
      { ...card, title, authors: Array.from({ length: 8 }, (_, i) => `Contributor Number ${i + 1}`) },
      { onBox: (box) => boxes.push(box) },
    );
    const headline = boxes.find((box) => box.textContent === title);
    const byline = boxes.find((box) => box.textContent?.startsWith("By "));
    expect(headline, "the headline is laid out").toBeDefined();
    expect(byline, "the byline is laid out").toBeDefined();
    for (const box of boxes) {
      expect(box.left + box.width).toBeLessThanOrEqual(1200);
      expect(box.top + box.height).toBeLessThanOrEqual(630);
    }
    expect(headline!.top + headline!.height).toBeLessThanOrEqual(byline!.top);
    // 72px margins either side; a glyph may overhang its advance by a pixel or two.
    const text = textExtentX(svg);
    expect(text.min).toBeGreaterThanOrEqual(70);
    expect(text.max).toBeLessThanOrEqual(1130);
  });
});

describe("renderSocialCard", () => {
  it("renders a 1200×630 PNG", async () => {
    expect(pngSize(await renderSocialCard(card))).toEqual({ width: 1200, height: 630 });
  });

  it("renders a very long headline and a long byline at the same size", async () => {
    const png = await renderSocialCard({
      ...card,
      title: "A headline that goes on and on about tariffs, plants and batteries. ".repeat(10),
      authors: ["Claire Whitfield", "Ana Lima", "Ben Okafor", "Dmitri Volkov", "Škoda Łódź Correspondent"],
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe("getOrRenderSocialCard", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "paddock-social-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("renders once into <cacheDir>/<key>.png, then returns that file untouched", async () => {
    const cacheDir = join(dir, "social-cards");
    const first = await getOrRenderSocialCard(card, cacheDir);
    const file = join(cacheDir, `${socialCardKey(card)}.png`);
    expect(readdirSync(cacheDir)).toEqual([`${socialCardKey(card)}.png`]);
    expect(readFileSync(file)).toEqual(Buffer.from(first));
    const before = statSync(file);

    const second = await getOrRenderSocialCard({ ...card }, cacheDir);
    expect(second).toEqual(first);
    const after = statSync(file);
    expect([after.mtimeMs, after.ino]).toEqual([before.mtimeMs, before.ino]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it("serves whatever the cache holds for the key, without rendering", async () => {
    const marker = Buffer.from("not a png: proves the cached file was returned as is");
    writeFileSync(join(dir, `${socialCardKey(card)}.png`), marker);
    expect(Buffer.from(await getOrRenderSocialCard(card, dir))).toEqual(marker);
  });

  it("ignores a temporary file left by a crashed build", async () => {
    const key = socialCardKey(card);
    writeFileSync(join(dir, `${key}.png.4242-deadbeef.tmp`), "half a png");
    const png = await getOrRenderSocialCard(card, dir);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(dir).filter((name) => name.endsWith(".png"))).toEqual([`${key}.png`]);
  });

  it("writes a new file for changed input and keeps the old one", async () => {
    await getOrRenderSocialCard(card, dir);
    await getOrRenderSocialCard({ ...card, title: "Another headline" }, dir);
    expect(readdirSync(dir).filter((name) => name.endsWith(".png"))).toHaveLength(2);
  });
});

describe("defaultSocialCardCacheDir", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("lives beside Astro's cache in node_modules by default", () => {
    vi.stubEnv("PADDOCK_CACHE_DIR", "");
    expect(defaultSocialCardCacheDir()).toBe(join(process.cwd(), "node_modules/.astro/paddock/social-cards"));
  });

  it("moves under PADDOCK_CACHE_DIR when it is set", () => {
    vi.stubEnv("PADDOCK_CACHE_DIR", "/var/cache/paddock");
    expect(defaultSocialCardCacheDir()).toBe("/var/cache/paddock/social-cards");
  });
});
