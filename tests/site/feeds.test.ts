/** Every RSS feed in dist/, read with an independent parser (@rowanmanning/feed-parser). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { distFiles, page } from "../support/dist";
import { DIST } from "../support/paths";

const SITE = "https://demo.paddock.example";
const posts = contentPosts();
const live = posts.filter(isLive);
const hidden = posts.filter((post) => !isLive(post));
const feedPaths = distFiles().filter((file) => file.endsWith("/rss.xml"));
const read = (path: string) => readFileSync(join(DIST, path), "utf8");

describe("feeds", () => {
  it("exist for the site and every category, author and tag", () => {
    expect(feedPaths).toContain("/rss.xml");
    for (const prefix of ["/category/", "/author/", "/tag/"]) {
      const listings = distFiles().filter(
        (file) => file.startsWith(prefix) && /^\/[^/]+\/[^/]+\/index\.html$/.test(file),
      );
      for (const listing of listings) expect(feedPaths).toContain(listing.replace("index.html", "rss.xml"));
    }
  });

  it.each(feedPaths)("%s is well-formed RSS with items newest first", (path) => {
    const xml = read(path);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.title).toBeTruthy();
    const times = feed.items.map((item) => item.published!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.url).toMatch(new RegExp(`^${SITE}/\\d{4}/\\d{2}/[^/]+/$`));
      expect(item.id).toBeTruthy();
      expect(item.authors.length).toBeGreaterThan(0);
      expect(item.categories.length).toBeGreaterThan(0);
    }
  });

  it("carry every story up to 50 on the site feed, and the newest 3 (feeds.sectionItems) on the others", () => {
    const urls = (path: string) => parseFeed(read(path)).items.map((item) => new URL(item.url!).pathname);
    const newest = (list: typeof live, count: number) =>
      [...list]
        .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
        .slice(0, count)
        .map((post) => post.permalink);
    expect(urls("/rss.xml")).toEqual(newest(live, 50));
    const claire = live.filter((post) => post.authors.includes("claire-whitfield"));
    expect(claire.length).toBeGreaterThan(3);
    expect(urls("/author/claire-whitfield/rss.xml")).toEqual(newest(claire, 3));
    const reviews = live.filter((post) => post.category === "reviews");
    expect(urls("/category/reviews/rss.xml")).toEqual(newest(reviews, 3));
  });

  it("carry the full article, with only absolute URLs and no scripts", () => {
    for (const path of feedPaths) {
      for (const item of parseFeed(read(path)).items) {
        const html = parse(item.content!);
        expect(html.querySelectorAll("script").length, item.url!).toBe(0);
        for (const element of html.querySelectorAll("[href], [src], [srcset]")) {
          for (const attribute of ["href", "src"]) {
            const value = element.getAttribute(attribute);
            if (value !== undefined) expect(value, `${item.url} ${attribute}`).toMatch(/^(https?:|mailto:)/);
          }
          for (const candidate of (element.getAttribute("srcset") ?? "").split(",").filter(Boolean)) {
            expect(candidate.trim(), item.url!).toMatch(/^https?:/);
          }
          expect(
            Object.keys(element.attributes).some((name) => name.startsWith("on")),
            item.url!,
          ).toBe(false);
        }
      }
    }
  });

  it("carry the whole story: hero image with credit, update notices and the body to its last paragraph", () => {
    const item = parseFeed(read("/rss.xml")).items.find(
      (i) => i.url === `${SITE}/2026/09/hyundai-georgia-hybrid-line/`,
    )!;
    const html = parse(item.content!);
    expect(html.querySelector("figure img")?.getAttribute("src")).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
    expect(html.querySelector("figure figcaption")?.text).toContain("Illustration");
    expect(html.text).toMatch(/Update \(September 18, 2026/);
    // The last sentence of the post.
    expect(html.text).toContain("as much about feeding the supplier network as it is about the Tucson");
  });

  it("render MDX components in full content", () => {
    const mdx = live.find((post) => post.file.endsWith("le-mans-2026-porsche-toyota-night-duel.mdx"))!;
    const item = parseFeed(read("/rss.xml")).items.find((i) => i.url === SITE + mdx.permalink)!;
    expect(item.content).toContain('class="pull-quote');
    expect(item.content).not.toMatch(/<PullQuote/);
  });

  it("list every published post in the site feed, and no draft or scheduled post anywhere", () => {
    const urls = parseFeed(read("/rss.xml")).items.map((item) => item.url);
    expect(urls.sort()).toEqual(live.map((post) => SITE + post.permalink).sort());
    for (const path of feedPaths) {
      const xml = read(path);
      for (const post of hidden) expect(xml, path).not.toContain(post.permalink);
    }
  });

  it("use each post's first permalink (or legacy GUID) as a GUID that is not the changeable link", () => {
    const xml = read("/rss.xml");
    expect(xml).toContain(`<guid isPermaLink="false">${SITE}/2026/09/hyundai-georgia-hybrid-line/</guid>`);
    expect(xml).toContain("<dc:creator>Claire Whitfield</dc:creator>");
  });

  it("are styled for browsers and discoverable from the pages they belong to", () => {
    expect(read("/rss.xml")).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
    expect(XMLValidator.validate(read("/rss.xsl"))).toBe(true);
    const alternates = (url: string) =>
      page(url)
        .dom.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute("href"));
    expect(alternates("/")).toEqual(["/rss.xml"]);
    expect(alternates("/category/industry/")).toEqual(["/category/industry/rss.xml", "/rss.xml"]);
    expect(alternates("/author/claire-whitfield/")).toEqual(["/author/claire-whitfield/rss.xml", "/rss.xml"]);
    expect(alternates("/tag/toyota/")).toEqual(["/tag/toyota/rss.xml", "/rss.xml"]);
    expect(alternates("/2026/09/hyundai-georgia-hybrid-line/")).toEqual(["/category/industry/rss.xml", "/rss.xml"]);
  });
});
