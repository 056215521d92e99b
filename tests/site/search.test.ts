/** The real Pagefind index of the built demo, queried from Node over a local HTTP server. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { loadPagefind, resultUrls, type Pagefind } from "../support/pagefind";
import { DIST } from "../support/paths";
import { serveDist, type StaticServer } from "../support/static-server";

const posts = contentPosts();
const live = posts.filter(isLive);
const permalinks = new Set(live.map((post) => post.permalink));

let server: StaticServer;
let pagefind: Pagefind;

beforeAll(async () => {
  server = await serveDist();
  pagefind = await loadPagefind(server.url);
});

afterAll(async () => {
  await server?.close();
});

describe("search index", () => {
  it("finds a post first by a phrase only its body contains", async () => {
    const urls = await resultUrls(await pagefind.search("Hearth Link"));
    expect(urls[0]).toBe("/2026/11/toyota-lexus-bidirectional-charging/");
  });

  it("indexes only articles, and only their headline and body", async () => {
    const indexes = JSON.parse(readFileSync(join(DIST, "pagefind/shards.json"), "utf8")) as string[];
    const pageCount = (index: string) => {
      const entry = JSON.parse(readFileSync(join(DIST, "pagefind", index, "pagefind-entry.json"), "utf8"));
      return Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
    };
    expect(indexes.length).toBeGreaterThan(1);
    expect(indexes.map(pageCount).reduce((a, b) => a + b)).toBe(live.length);
    for (const word of ["Toyota", "Hyundai", "recall", "Contributors"]) {
      for (const url of await resultUrls(await pagefind.search(word)))
        expect(permalinks, `${word}: ${url}`).toContain(url);
    }
    const [hyundai] = (await pagefind.search("Metaplant")).results;
    const { content } = await hyundai!.data();
    expect(content).toContain("Hyundai will build hybrids in Georgia");
    // Navigation, sidebar, byline, hero credit, sources, tags and share links stay out.
    for (const chrome of ["Latest stories", "Sponsored", "Claire Whitfield", "Illustration:", "Paywall", "Share:"]) {
      expect(content, chrome).not.toContain(chrome);
    }
  });

  it("narrows by make to exactly the posts tagged with it", async () => {
    const toyota = live.filter((post) => post.tags.includes("Toyota")).map((post) => post.permalink);
    const urls = await resultUrls(await pagefind.search(null, { filters: { make: { any: ["Toyota"] } } }));
    expect(urls.sort()).toEqual(toyota.sort());
    const narrowed = await resultUrls(
      await pagefind.search(null, { filters: { make: { any: ["Toyota"] }, category: { any: ["Motorsport"] } } }),
    );
    expect(narrowed).toEqual(
      live.filter((p) => p.tags.includes("Toyota") && p.category === "motorsport").map((p) => p.permalink),
    );
  });

  it("offers category, make, author and year filters with counts", async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(["author", "category", "make", "year"]);
    expect(filters.year?.["2026"]).toBe(live.filter((post) => post.permalink.startsWith("/2026/")).length);
  });

  it("ships Pagefind's script, worker and WebAssembly once, not once per index", () => {
    const indexes = JSON.parse(readFileSync(join(DIST, "pagefind/shards.json"), "utf8")) as string[];
    const shared = readdirSync(join(DIST, "pagefind")).filter((file) => /\.(js|pagefind)$/.test(file));
    expect(shared).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-worker.js", "wasm.en-us.pagefind"]));
    for (const index of indexes) {
      expect(readdirSync(join(DIST, "pagefind", index)).filter((file) => /\.(js|pagefind)$/.test(file))).toEqual([]);
    }
  });

  it("sorts newest first by date", async () => {
    const urls = await resultUrls(
      await pagefind.search(null, { filters: { year: { any: ["2026", "2025"] } }, sort: { date: "desc" } }),
    );
    const byDate = live
      .filter((post) => /^\/(2026|2025)\//.test(post.permalink))
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
      .map((post) => post.permalink);
    expect(urls).toEqual(byDate);
  });

  it("has result metadata: title, date, category, thumbnail", async () => {
    const [first] = (await pagefind.search("Metaplant")).results;
    const data = await first!.data();
    expect(data.meta).toMatchObject({
      title: "Hyundai will build hybrids in Georgia as it hedges its all-electric bet",
      date: "September 17, 2026",
      category: "Industry",
    });
    expect(data.meta.image).toMatch(/^\/_astro\/.+\.jpg$/);
    expect((await fetch(server.url + data.meta.image)).status).toBe(200);
  });

  it("has nothing from the style guide", async () => {
    const urls = await resultUrls(await pagefind.search("A lap of the test track"));
    expect(urls).not.toContain("/styleguide/");
    expect(urls.every((url) => permalinks.has(url))).toBe(true);
  });

  it("has nothing from drafts or scheduled posts", async () => {
    for (const post of posts.filter((p) => !isLive(p))) {
      expect(await resultUrls(await pagefind.search(post.title))).not.toContain(post.permalink);
    }
  });
});
