/**
 * Permalink structures end to end: a WordPress export on /%year%/%monthnum%/%day%/%postname%/
 * and one on /%postname%/ are imported into empty copies of the site with the real command and
 * built with nothing edited but the categories line the README asks for. Each article must be at
 * its original path, linked there from listings, feeds and the sitemap, with no redirect for it;
 * a post whose <link> disagrees with its date keeps its link; a post named like a standalone
 * page stops the build naming both files.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "../support/child-env";
import { loadPagefind, resultUrls } from "../support/pagefind";
import { scratchSite, type ScratchSite } from "../support/scratch-site";
import { serveDist } from "../support/static-server";
import type { Manifest } from "../../src/lib/search/search-shards";

const HOST = "https://old-lane.example";

const config = (categories: boolean) => `import { defineConfig } from "./src/lib/config";
${categories ? 'import wordpressCategories from "./src/data/wordpress-categories.json";\n' : ""}
export default defineConfig({
  name: "Old Lane",
  url: "https://old-lane.example",
  description: "Car news.",
  timeZone: "America/New_York",
  categories: ${categories ? "wordpressCategories" : '[{ slug: "news", title: "News" }]'},
});
`;

interface Story {
  id: number;
  slug: string;
  link: string;
  /** WordPress's GMT date. */
  gmt: string;
}

/** A small WXR export of published posts, all filed under News. */
function exportOf(stories: Story[]): string {
  const items = stories.map(
    (story) => `<item>
  <title>Story ${story.slug}</title>
  <link>${story.link}</link>
  <dc:creator><![CDATA[ana]]></dc:creator>
  <guid isPermaLink="false">${HOST}/?p=${story.id}</guid>
  <content:encoded><![CDATA[The text of ${story.slug}.]]></content:encoded>
  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
  <wp:post_id>${story.id}</wp:post_id>
  <wp:post_date><![CDATA[${story.gmt}]]></wp:post_date>
  <wp:post_date_gmt><![CDATA[${story.gmt}]]></wp:post_date_gmt>
  <wp:post_name><![CDATA[${story.slug}]]></wp:post_name>
  <wp:status><![CDATA[publish]]></wp:status>
  <wp:post_parent>0</wp:post_parent>
  <wp:post_type><![CDATA[post]]></wp:post_type>
  <category domain="category" nicename="news"><![CDATA[News]]></category>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Old Lane</title>
<wp:base_site_url>${HOST}</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[ana]]></wp:author_login><wp:author_display_name><![CDATA[Ana Lima]]></wp:author_display_name></wp:author>
<wp:category><wp:category_nicename><![CDATA[news]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
${items.join("\n")}
</channel>
</rss>
`;
}

/** Imports `stories` into a new copy of the site and builds it; returns the import's report. */
function importAndBuild(site: ScratchSite, stories: Story[]): string {
  site.write("paddock.config.ts", config(false));
  site.write("export.xml", exportOf(stories));
  const imported = spawnSync(
    join(site.dir, "node_modules/.bin/node"),
    [join(site.dir, "node_modules/tsx/dist/cli.mjs"), "scripts/import-wordpress.ts", "export.xml"],
    { cwd: site.dir, env: childEnv(), encoding: "utf8" },
  );
  const report = `${imported.stdout}\n${imported.stderr}`;
  expect(imported.status, report).toBe(0);
  site.write("paddock.config.ts", config(true));
  const built = site.build();
  expect(built.status, built.output).toBe(0);
  return report;
}

const read = (site: ScratchSite, path: string) => readFileSync(join(site.dir, "dist", path), "utf8");
const page = (site: ScratchSite, path: string) => parse(read(site, `${path}index.html`));

/** What readers, feeds, search engines and CDNs are given for an article at `path`. */
function expectServedAt(site: ScratchSite, path: string, title: string) {
  const article = page(site, path);
  expect(article.querySelector("h1")?.text).toBe(title);
  expect(article.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${HOST}${path}`);
  const home = page(site, "/")
    .querySelectorAll("a")
    .map((a) => a.getAttribute("href"));
  expect(home).toContain(path);
  expect(read(site, "rss.xml")).toContain(`<link>${HOST}${path}</link>`);
  expect(read(site, "category/news/rss.xml")).toContain(`<link>${HOST}${path}</link>`);
  expect(read(site, "sitemap-0.xml")).toContain(`<loc>${HOST}${path}</loc>`);
  // No redirect from the address it is served at: neither a rule nor a redirect page over it.
  const redirects = JSON.parse(readFileSync(join(site.dir, "src/data/redirects.json"), "utf8")) as { from: string }[];
  expect(redirects.map((r) => r.from)).not.toContain(path);
  const rules = existsSync(join(site.dir, "dist/_redirects")) ? read(site, "_redirects").split("\n") : [];
  expect(rules.filter((line) => line.startsWith(`${path} `))).toEqual([]);
  expect(article.querySelector('meta[http-equiv="refresh"]')).toBeNull();
}

describe("a WordPress site on /%year%/%monthnum%/%day%/%postname%/", () => {
  let site: ScratchSite;
  let report: string;

  beforeAll(() => {
    site = scratchSite("permalinks-day");
    report = importAndBuild(site, [
      { id: 11, slug: "telluride-review", link: `${HOST}/2019/03/04/telluride-review/`, gmt: "2019-03-04 15:00:00" },
      { id: 12, slug: "brake-recall", link: `${HOST}/2019/03/06/brake-recall/`, gmt: "2019-03-06 16:00:00" },
      // WordPress (on UTC) dated it the 6th; in New York it is still the 5th: the link wins.
      { id: 13, slug: "late-night", link: `${HOST}/2019/03/06/late-night/`, gmt: "2019-03-06 02:30:00" },
      // A link to another host is not kept: the post is served at the path its date gives.
      { id: 14, slug: "elsewhere", link: "https://mirror.example/2019/03/07/elsewhere/", gmt: "2019-03-07 15:00:00" },
    ]);
  }, 180_000);

  it("detects the structure and says so, and which posts disagree", () => {
    expect(report).toContain("permalinks: 4 of 4 published posts' links fit /%year%/%monthnum%/%day%/%postname%/");
    expect(report).toContain("1 posts keep their old URL");
    expect(report).toMatch(/<link> points to another host \(mirror\.example, not old-lane\.example\)/);
    expect(JSON.parse(readFileSync(join(site.dir, "src/data/wordpress-site.json"), "utf8"))).toEqual({
      permalink: "/%year%/%monthnum%/%day%/%postname%/",
    });
  });

  it("serves each article at its original path, linked there from listings, feeds and the sitemap", () => {
    expectServedAt(site, "/2019/03/04/telluride-review/", "Story telluride-review");
    expectServedAt(site, "/2019/03/06/brake-recall/", "Story brake-recall");
    expectServedAt(site, "/2019/03/06/late-night/", "Story late-night");
    expectServedAt(site, "/2019/03/07/elsewhere/", "Story elsewhere");
    expect(read(site, "2019/03/index.html")).toContain('href="/2019/03/04/telluride-review/"');
    // The old /YYYY/MM/slug/ form is not served: nothing there to confuse search engines.
    expect(existsSync(join(site.dir, "dist/2019/03/telluride-review/index.html"))).toBe(false);
  });

  it("has WordPress's day archives, listing each day's stories", () => {
    const day = read(site, "2019/03/06/index.html");
    expect(day).toContain("March 6, 2019");
    expect(day).toContain('href="/2019/03/06/brake-recall/"');
    // The day's own stories, not the neighbouring days'.
    const listed = parse(read(site, "2019/03/04/index.html"))
      .querySelectorAll("main a")
      .map((a) => a.getAttribute("href"));
    expect(listed).toContain("/2019/03/04/telluride-review/");
    expect(listed).not.toContain("/2019/03/06/brake-recall/");
  });

  it("keeps the post whose link disagrees with its date at its link, in its front matter", () => {
    const file = readFileSync(join(site.dir, "src/content/posts/2019/late-night.md"), "utf8");
    expect(file).toContain("permalink: /2019/03/06/late-night/");
    expect(readFileSync(join(site.dir, "src/content/posts/2019/telluride-review.md"), "utf8")).not.toContain(
      "permalink:",
    );
  });

  it("indexes the articles for search at their paths", () => {
    expect((JSON.parse(read(site, "pagefind/shards.json")) as Manifest).parts.map((part) => part.years)).toEqual([
      ["2019"],
    ]);
    const article = read(site, "2019/03/04/telluride-review/index.html");
    expect(article).toContain("data-pagefind-body");
  });
});

describe("a WordPress site on /%postname%/", () => {
  let site: ScratchSite;
  let report: string;

  beforeAll(() => {
    site = scratchSite("permalinks-postname");
    report = importAndBuild(site, [
      { id: 21, slug: "telluride-review", link: `${HOST}/telluride-review/`, gmt: "2019-03-04 15:00:00" },
      { id: 22, slug: "brake-recall", link: `${HOST}/brake-recall/`, gmt: "2020-07-06 16:00:00" },
    ]);
  }, 180_000);

  it("serves each article at /slug/, with no redirect for it", () => {
    expect(report).toContain("permalinks: 2 of 2 published posts' links fit /%postname%/");
    expectServedAt(site, "/telluride-review/", "Story telluride-review");
    expectServedAt(site, "/brake-recall/", "Story brake-recall");
    expect(read(site, "2020/index.html")).toContain('href="/brake-recall/"');
    // Day archives only where the permalinks have days in them.
    expect(existsSync(join(site.dir, "dist/2019/03/04/index.html"))).toBe(false);
  });

  it("indexes the articles for search in date order, not in the alphabetical order of their paths", async () => {
    // Pagefind keeps consecutive articles in one fragment file: in date order, a page of results
    // newest first fetches a few files, not one per result.
    const server = await serveDist(join(site.dir, "dist"));
    try {
      const pagefind = await loadPagefind(server.url);
      // Narrowed by a filter alone and unsorted, Pagefind lists results in the order it numbered them.
      const response = await pagefind.search(null, { filters: { category: { any: ["News"] } } });
      expect(await resultUrls(response)).toEqual(["/telluride-review/", "/brake-recall/"]);
    } finally {
      await server.close();
    }
  });

  it("stops the build when a post's address is a standalone page's, naming both files", () => {
    site.write(
      "src/content/posts/2020/about.md",
      `---\ntitle: About us\ndescription: A story named like the About page.\npubDate: 2020-08-01\nauthors: [ana]\ncategory: news\n---\n\nText.\n`,
    );
    const built = site.build();
    expect(built.status).not.toBe(0);
    expect(built.output).toMatch(
      /src\/content\/posts\/2020\/about\.md: its address \/about\/ .* is also served by src\/content\/pages\/about\.md/,
    );
  }, 120_000);
});
