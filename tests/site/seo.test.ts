/** What search engines and social networks read: meta tags, JSON-LD, sitemap, robots.txt. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { builtPages, page } from "../support/dist";
import { DIST } from "../support/paths";

const SITE = "https://demo.paddock.example";
const live = contentPosts().filter(isLive);
const meta = (url: string, property: string) =>
  page(url).dom.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content");

function jsonLd(url: string): Record<string, unknown>[] {
  return page(url)
    .dom.querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.text) as Record<string, unknown>);
}

describe("meta tags", () => {
  it("every indexable page has Open Graph and Twitter tags whose image exists in dist/", () => {
    for (const built of builtPages()) {
      if (built.dom.querySelector('meta[name="robots"][content="noindex"]')) continue;
      for (const property of ["og:title", "og:description", "og:url", "og:image", "og:type", "twitter:card"]) {
        expect(meta(built.url, property), `${built.url} ${property}`).toBeTruthy();
      }
      expect(meta(built.url, "og:url")).toBe(built.dom.querySelector('link[rel="canonical"]')?.getAttribute("href"));
      const image = new URL(meta(built.url, "og:image")!);
      expect(image.origin).toBe(SITE);
      expect(existsSync(join(DIST, image.pathname)), `${built.url} og:image ${image.pathname}`).toBe(true);
    }
  });

  it("articles are og:type article with times, and share a large image", () => {
    const url = "/2026/06/le-mans-2026-porsche-toyota-night-duel/";
    expect(meta(url, "og:type")).toBe("article");
    expect(meta(url, "article:published_time")).toBe("2026-06-15T08:00:00-04:00");
    expect(meta(url, "twitter:card")).toBe("summary_large_image");
    expect(meta(url, "og:image:width")).toBe("1200");
  });

  it("a post with a hero image shares the hero, resized", () => {
    const image = meta("/2026/09/hyundai-georgia-hybrid-line/", "og:image")!;
    // Astro names an image after the first file with its bytes, so only the folder and format are fixed.
    expect(image).toMatch(/^https:\/\/demo\.paddock\.example\/_astro\/[^/]+\.jpg$/);
    expect(meta("/2026/09/hyundai-georgia-hybrid-line/", "og:image:width")).toBe("1200");
    expect(meta("/2026/09/hyundai-georgia-hybrid-line/", "og:image:alt")).toMatch(/assembly line/);
  });
});

describe("JSON-LD", () => {
  it("every article has a NewsArticle with the fields Google requires and a BreadcrumbList", () => {
    for (const post of live) {
      const [article, breadcrumbs] = jsonLd(post.permalink);
      expect(article).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: post.title,
        url: SITE + post.permalink,
        publisher: { "@type": "Organization", logo: { url: `${SITE}/logo.png` } },
      });
      expect(new Date(article!.datePublished as string).getTime()).toBe(post.pubDate.getTime());
      expect(Date.parse(article!.dateModified as string)).toBeGreaterThanOrEqual(post.pubDate.getTime());
      const authors = article!.author as { "@type": string; name: string; url: string }[];
      expect(authors.map((a) => a.url)).toEqual(post.authors.map((id) => `${SITE}/author/${id}/`));
      expect(authors.every((a) => a["@type"] === "Person" && a.name)).toBe(true);
      for (const image of article!.image as string[])
        expect(existsSync(join(DIST, new URL(image).pathname))).toBe(true);
      const items = (breadcrumbs as { itemListElement: { position: number; item: string }[] }).itemListElement;
      expect(breadcrumbs!["@type"]).toBe("BreadcrumbList");
      expect(items.map((i) => i.item)).toEqual([
        `${SITE}/`,
        `${SITE}/category/${post.category}/`,
        SITE + post.permalink,
      ]);
    }
  });
});

describe("sitemap and robots.txt", () => {
  const parser = new XMLParser();
  const urls = parser.parse(readFileSync(join(DIST, "sitemap-0.xml"), "utf8")).urlset.url as {
    loc: string;
    lastmod?: string;
  }[];

  it("lists every published post with its last change, and no draft, scheduled post or 404", () => {
    const byLoc = new Map(urls.map((entry) => [entry.loc, entry]));
    for (const post of live) {
      const entry = byLoc.get(SITE + post.permalink);
      expect(entry, post.permalink).toBeDefined();
      expect(entry!.lastmod).toBeTruthy();
    }
    const hyundai = byLoc.get(`${SITE}/2026/09/hyundai-georgia-hybrid-line/`)!;
    expect(hyundai.lastmod).toBe("2026-09-18T13:10:00.000Z"); // its updatedDate
    for (const post of contentPosts().filter((p) => !isLive(p))) expect(byLoc.has(SITE + post.permalink)).toBe(false);
    expect([...byLoc.keys()].some((loc) => loc.includes("404"))).toBe(false);
  });

  it("robots.txt points at the sitemap index", () => {
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(readFileSync(join(DIST, "sitemap-index.xml"), "utf8")).toContain(`${SITE}/sitemap-0.xml`);
  });
});
