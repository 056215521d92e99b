/**
 * patches/@astrojs+sitemap+3.7.4.patch: the sitemap integration sorted every URL with
 * localeCompare and options, which makes a collator per comparison (2 s of every build at
 * 108,000 pages). The patched sort uses one collator; the order must be the one localeCompare gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

// An internal module of the integration (not in its package exports).
const GENERATE = join(ROOT, "node_modules/@astrojs/sitemap/dist/generate-sitemap.js");
const { generateSitemap } = (await import(pathToFileURL(GENERATE).href)) as {
  generateSitemap: (pages: string[], site: string, options?: object) => { url: string }[];
};

describe("the sitemap's order of pages, patched", () => {
  it("is the patched version (npm install applies patches/ through patch-package)", () => {
    expect(readFileSync(GENERATE, "utf8")).toContain("Paddock patch");
  });

  it("lists pages in the order localeCompare with numeric collation gives", () => {
    const pages = [
      "https://x.example/page/10/",
      "https://x.example/page/9/",
      "https://x.example/page/100/",
      "https://x.example/2026/05/škoda-elroq/",
      "https://x.example/2026/05/skoda-epiq/",
      "https://x.example/2026/05/Zeekr/",
      "https://x.example/2026/05/a-b/",
      "https://x.example/2026/05/ab/",
      "https://x.example/",
      "https://x.example/tag/bmw-m3/",
      "https://x.example/tag/bmw/",
    ];
    const expected = [...pages].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    expect(generateSitemap(pages, "https://x.example/").map((item) => item.url)).toEqual(expected);
    expect(expected.indexOf("https://x.example/page/9/")).toBeLessThan(expected.indexOf("https://x.example/page/10/"));
  });
});
