/**
 * Page-weight budgets of the built demo, in bytes (never times): what an
 * article page needs before it can paint, and what runs before the reader
 * does anything.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { builtPages, page, type BuiltPage } from "../support/dist";
import { DIST } from "../support/paths";

/** A TCP connection's first round trip carries about 14 KB (10 segments); a page that fits paints after it. */
const FIRST_ROUND_TRIP = 14 * 1024;
/** The comments loader: it watches for the comments section and imports giscus when it comes near. */
const LOADER_BUDGET = 2 * 1024;
const LISTING_BUDGET = 200 * 1024;

const articles = contentPosts()
  .filter((post) => isLive(post))
  .map((post) => page(post.permalink));
const gzipped = (text: string | Buffer) => gzipSync(text).length;
const asset = (href: string) => readFileSync(join(DIST, href));

function stylesheets(built: BuiltPage): string[] {
  return built.dom.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute("href")!);
}

/** External scripts, and modules they import up front (dynamic imports excluded). */
function scriptsLoadedUpFront(built: BuiltPage): string[] {
  const found = new Set<string>();
  const visit = (href: string) => {
    if (found.has(href)) return;
    found.add(href);
    const code = asset(href).toString();
    for (const [, target] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^"'`()]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
      visit(new URL(target!, `https://x${href}`).pathname);
    }
  };
  for (const script of built.dom.querySelectorAll("script[src]")) visit(script.getAttribute("src")!);
  for (const link of built.dom.querySelectorAll('link[rel="modulepreload"]')) visit(link.getAttribute("href")!);
  return [...found];
}

describe("article page budgets", () => {
  it.each(articles.map((built) => [built.url, built]))(
    "%s: HTML and CSS fit in the first round trip, compressed",
    (_, built) => {
      const bytes = gzipped(built.html) + stylesheets(built).reduce((sum, href) => sum + gzipped(asset(href)), 0);
      expect(bytes, `${built.url}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    },
  );

  it.each(articles.map((built) => [built.url, built]))(
    "%s: runs only the theme scripts before interaction; giscus and search load on demand",
    (_, built) => {
      const inline = built.dom
        .querySelectorAll("script:not([src])")
        .filter((script) => !["application/ld+json"].includes(script.getAttribute("type") ?? ""));
      expect(inline.length).toBeGreaterThan(0);
      for (const script of inline) expect(script.rawText).toMatch(/theme/);

      const upFront = scriptsLoadedUpFront(built);
      expect(
        upFront.every((href) => !/giscus|pagefind|search/i.test(href)),
        upFront.join(", "),
      ).toBe(true);
      const bytes = upFront.reduce((sum, href) => sum + gzipped(asset(href)), 0);
      expect(bytes, upFront.join(", ")).toBeLessThanOrEqual(LOADER_BUDGET);
      // The loader reaches giscus only through a dynamic import.
      expect(upFront.map((href) => asset(href).toString()).join("\n")).toMatch(/import\(["'`][^"'`]*giscus/);
    },
  );

  it.each(articles.map((built) => [built.url, built]))(
    "%s: hero eager with dimensions, every other image lazy",
    (_, built) => {
      const [hero] = built.dom.querySelectorAll("main .hero img");
      if (hero) {
        expect(hero.getAttribute("loading")).toBe("eager");
        expect(hero.getAttribute("fetchpriority")).toBe("high");
        expect(Number(hero.getAttribute("width"))).toBeGreaterThan(0);
        expect(Number(hero.getAttribute("height"))).toBeGreaterThan(0);
      }
      for (const img of built.dom.querySelectorAll("img").filter((img) => img !== hero)) {
        expect(img.getAttribute("loading"), img.toString()).toBe("lazy");
        expect(Number(img.getAttribute("width")), img.toString()).toBeGreaterThan(0);
      }
    },
  );
});

describe("listing budgets", () => {
  it("no page is larger than 200 KB", () => {
    const sizes = builtPages().map((built) => [built.url, Buffer.byteLength(built.html)] as const);
    const over = sizes.filter(([, bytes]) => bytes > LISTING_BUDGET);
    expect(over).toEqual([]);
    expect(sizes.length).toBeGreaterThan(50);
  });
});
