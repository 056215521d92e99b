/** The real Pagefind index of the built demo, queried from Node over a local HTTP server. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { loadPagefind, resultUrls, type Pagefind } from "../support/pagefind";
import { DIST } from "../support/paths";
import { serveDist, type StaticServer } from "../support/static-server";
import { addCounts, type Manifest } from "../../src/lib/search/search-shards";

const posts = contentPosts();
const live = posts.filter(isLive);
const permalinks = new Set(live.map((post) => post.permalink));

/** The parts of the index, newest first, as the build listed them. */
const parts = () => (JSON.parse(readFileSync(join(DIST, "pagefind/shards.json"), "utf8")) as Manifest).parts;
const partNames = () => parts().map((part) => part.name);

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
    const indexes = partNames();
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
    const indexes = partNames();
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

describe("search parts, as a reader pays for them", () => {
  /** The part folders a fresh search page fetched from, and how often it fetched the shared files. */
  async function fetchesOf<T>(run: (index: Pagefind) => Promise<T>) {
    const fresh = await serveDist();
    try {
      const answer = await run(await loadPagefind(fresh.url));
      const fetched = fresh.requests.map((url) => new URL(url, fresh.url).pathname);
      return {
        answer,
        parts: partNames().filter((name) => fetched.some((path) => path.startsWith(`/pagefind/${name}/`))),
        scripts: fetched.filter((path) => path === "/pagefind/pagefind.js").length,
        wasm: fetched.filter((path) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(path)).length,
      };
    } finally {
      await fresh.close();
    }
  }
  const byDate = { sort: { date: "desc" } };

  it("newest first, searches only the newest part while it has results enough, and says the rest is to come", async () => {
    const [newest, ...older] = parts();
    const fetched = await fetchesOf(async (index) => {
      const response = await index.search(null, byDate, { atLeast: 1 });
      return { response, urls: await resultUrls(response) };
    });
    const { response: partial, urls } = fetched.answer;
    expect(older.length).toBeGreaterThan(0);
    expect(fetched.parts).toEqual([newest!.name]);
    expect(partial.complete).toBe(false);
    const newestYears = new Set(newest!.years);
    for (const url of urls) expect(newestYears).toContain(url.split("/")[1]);

    const whole = await pagefind.search(null, byDate, { atLeast: live.length });
    expect(whole.complete).toBe(true);
    expect((await resultUrls(whole)).slice(0, urls.length)).toEqual(urls);
    expect(whole.results).toHaveLength(live.length);
  });

  it("searches only the parts that hold the years a search is narrowed to", async () => {
    const oldest = parts().at(-1)!;
    const year = oldest.years[0]!;
    const fetched = await fetchesOf(async (index) => {
      const response = await index.search(null, { ...byDate, filters: { year: { any: [year] } } }, { atLeast: 1 });
      return { complete: response.complete, urls: await resultUrls(response) };
    });
    expect(fetched.parts).toEqual([oldest.name]);
    expect(fetched.answer.complete).toBe(true);
    expect(fetched.answer.urls).toEqual(
      live
        .filter((post) => post.permalink.startsWith(`/${year}/`))
        .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
        .map((post) => post.permalink),
    );
  });

  it("fetches Pagefind's script and WebAssembly once for every part searched", async () => {
    const fetched = await fetchesOf((index) => index.search("car"));
    expect(fetched.parts).toEqual(partNames());
    expect(fetched).toMatchObject({ scripts: 1, wasm: 1 });
  });

  it("has the whole archive's filter counts from the build, as Pagefind counts them in every part", async () => {
    const module = (await import(
      `data:text/javascript;base64,${readFileSync(join(DIST, "pagefind/pagefind.js")).toString("base64")}`
    )) as {
      createInstance(options: { basePath: string }): { filters(): Promise<Record<string, Record<string, number>>> };
    };
    const counted: Record<string, Record<string, number>>[] = [];
    for (const part of parts()) {
      counted.push(await module.createInstance({ basePath: `${server.url}/pagefind/${part.name}/` }).filters());
    }
    expect(await pagefind.filters()).toEqual(addCounts(counted));
    expect(Object.keys(await pagefind.filters()).sort()).toEqual(["author", "category", "make", "year"]);
  });
});
