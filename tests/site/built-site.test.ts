/** Whole-site properties of the built demo, read from dist/. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { contentPosts, isLive } from "../support/content";
import { builtPages, page } from "../support/dist";
import { DIST } from "../support/paths";

const posts = contentPosts();
const live = posts.filter((post) => isLive(post));
const hidden = posts.filter((post) => !isLive(post));

/** Titles of the story cards on a listing page, following rel="next" through every page. */
function listingTitles(url: string): string[] {
  const titles: string[] = [];
  for (let next: string | undefined = url; next;) {
    const current = page(next);
    titles.push(...current.dom.querySelectorAll("main article h2 a, main article h3 a").map((a) => a.text.trim()));
    next = current.dom.querySelector('a[rel="next"]')?.getAttribute("href");
    if (next && !current.dom.querySelector(".pagination")) throw new Error(`${url} links rel=next outside pagination`);
  }
  return titles;
}

describe("posts", () => {
  it("the demo has the content the product needs", () => {
    expect(live.length).toBeGreaterThanOrEqual(12);
    expect(hidden.some((post) => post.draft)).toBe(true);
    expect(hidden.some((post) => !post.draft)).toBe(true);
  });

  it.each(live.map((post) => [post.permalink, post]))("%s is published with its headline", (_, post) => {
    const built = page(post.permalink);
    expect(built.dom.querySelector("h1")?.text.trim()).toBe(post.title);
    expect(built.dom.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      `https://demo.paddock.example${post.permalink}`,
    );
  });

  it("files a post published late on Oct 31 in New York (Nov 1 UTC) under October", () => {
    const lateNight = live.find((post) => post.pubDate.toISOString() === "2026-11-01T02:30:00.000Z");
    expect(lateNight?.permalink).toMatch(/^\/2026\/10\//);
    expect(page(lateNight!.permalink).dom.querySelector("time")?.getAttribute("datetime")).toBe(
      "2026-10-31T22:30:00-04:00",
    );
  });

  it("drafts and scheduled posts appear nowhere: no page, no link, no title", () => {
    const everything = builtPages();
    for (const post of hidden) {
      expect(existsSync(join(DIST, post.permalink))).toBe(false);
      for (const built of everything) {
        expect(built.html, `${built.url} mentions ${post.file}`).not.toContain(post.title);
        expect(built.html).not.toContain(`href="${post.permalink}"`);
      }
    }
  });
});

describe("listings", () => {
  it("the home page and its pages list every published post exactly once, newest first", () => {
    const titles = listingTitles("/");
    expect([...titles].sort()).toEqual(live.map((post) => post.title).sort());
    const byDate = [...live].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).map((p) => p.title);
    const lead = titles[0]!;
    expect(titles.slice(1)).toEqual(byDate.filter((title) => title !== lead));
    expect(page("/page/2/").dom.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/");
  });

  it("category, author and tag pages list exactly their posts across all pages", () => {
    for (const category of new Set(live.map((post) => post.category))) {
      const expected = live.filter((post) => post.category === category).map((post) => post.title);
      expect(listingTitles(`/category/${category}/`).sort()).toEqual(expected.sort());
    }
    for (const author of new Set(live.flatMap((post) => post.authors))) {
      const expected = live.filter((post) => post.authors.includes(author)).map((post) => post.title);
      expect(listingTitles(`/author/${author}/`).sort()).toEqual(expected.sort());
    }
    const toyota = live.filter((post) => post.tags.includes("Toyota")).map((post) => post.title);
    expect(toyota.length).toBeGreaterThan(1);
    expect(listingTitles("/tag/toyota/").sort()).toEqual(toyota.sort());
  });

  it("date archives list each year and month with the right counts", () => {
    const archive = page("/archive/");
    for (const year of new Set(live.map((post) => post.permalink.split("/")[1]))) {
      const inYear = live.filter((post) => post.permalink.startsWith(`/${year}/`));
      expect(listingTitles(`/${year}/`).sort()).toEqual(inYear.map((post) => post.title).sort());
      expect(archive.dom.querySelector(`#year-${year}`)?.text).toContain(`(${inYear.length} stories)`);
    }
    const october = live.filter((post) => post.permalink.startsWith("/2026/10/"));
    expect(listingTitles("/2026/10/").sort()).toEqual(october.map((post) => post.title).sort());
  });

  it("the contributors page lists every author with country under their role", () => {
    const contributors = page("/contributors/").dom;
    const headings = contributors.querySelectorAll("main h2").map((h) => h.text.trim());
    expect(headings).toEqual(["Staff writers", "Contributing writers", "Comment moderators"]);
    expect(contributors.querySelector("#role-moderator")?.parentNode?.text).toContain("Priya Nair");
    expect(contributors.querySelector("main")?.text).toContain("Canada");
  });
});

describe("article page", () => {
  const article = page("/2026/09/hyundai-georgia-hybrid-line/").dom;

  it("the home page leads with the newest featured story and its hero image", () => {
    const lead = page("/").dom.querySelector("main article.lead")!;
    expect(lead.querySelector("h2")?.text.trim()).toBe(
      "Hyundai will build hybrids in Georgia as it hedges its all-electric bet",
    );
    expect(lead.querySelector(".hero img")?.getAttribute("alt")).toMatch(/assembly line/);
  });

  it("has the parts of a news article", () => {
    const byline = article.querySelectorAll('.byline a[rel="author"]');
    expect(byline.map((a) => a.getAttribute("href"))).toEqual(["/author/claire-whitfield/"]);
    expect(article.querySelectorAll("article header time").map((t) => t.getAttribute("datetime"))).toEqual([
      "2026-09-17T11:30:00-04:00",
      "2026-09-18T09:10:00-04:00",
    ]);
    expect(article.querySelector("article header")?.text).toMatch(/\d+ min read/);
    expect(article.querySelector(".hero img")?.getAttribute("srcset")).toMatch(/\.jpg 640w, .+\.jpg \d+w$/);
    expect(article.querySelector(".hero figcaption")?.text).toContain("Illustration");
    expect(article.querySelector("#sources-heading + ul")?.text).toContain("Paywall");
    expect(article.querySelector(".updates")?.text).toMatch(/^\s*Update/);
    expect(article.querySelectorAll(".tags a").map((a) => a.text)[0]).toBe("Hyundai");
    expect(article.querySelectorAll(".related li").length).toBeGreaterThan(0);
    expect(article.querySelector('.post-nav a[rel="prev"]')).not.toBeNull();
    expect(article.querySelector('a[href="#top"]')?.text).toContain("Back to top");
    expect(article.querySelector('.share a[href^="mailto:"]')).not.toBeNull();
  });

  it("has a sidebar with latest stories, the sponsor slot and contributors, built once for every page", () => {
    // Each page holds a slot (with a way on for readers without JavaScript) that the sidebar fills.
    const slot = article.querySelector("aside[data-sidebar]")!;
    expect(slot.getAttribute("data-sidebar")).toBe("/sidebar/");
    expect(slot.querySelector('a[href="/archive/"]')).not.toBeNull();
    expect(article.querySelector("#latest-heading")).toBeNull();
    const sidebar = page("/sidebar/").dom.querySelector("aside.sidebar")!;
    const latest = sidebar.querySelectorAll("#latest-heading + ul a").map((a) => a.getAttribute("href"));
    const newest = [...live].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
    expect(latest).toEqual(newest.slice(0, 5).map((post) => post.permalink));
    expect(sidebar.querySelector('a[rel~="sponsored"]')).not.toBeNull();
    expect(sidebar.text).toContain("Sponsored");
    expect(sidebar.querySelector("#contributors-heading + ul")?.text).toContain("Brazil");
    // A fragment, not a page of the site: out of search engines and the sitemap.
    expect(page("/sidebar/").dom.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(readFileSync(join(DIST, "sitemap-0.xml"), "utf8")).not.toContain("/sidebar/");
  });

  it("ships no JavaScript but the theme toggle's inline lines, the sidebar's and the small comments loader", () => {
    for (const url of ["/2026/09/hyundai-georgia-hybrid-line/", "/"]) {
      // JSON-LD is data, not code: only executable scripts count.
      const scripts = page(url)
        .dom.querySelectorAll("script")
        .filter((script) => script.getAttribute("type") !== "application/ld+json");
      const inline = scripts.filter((script) => !script.getAttribute("src"));
      expect(inline.reduce((size, script) => size + script.text.length, 0)).toBeLessThan(1500);
      const external = scripts.map((script) => script.getAttribute("src")).filter((src) => src !== undefined);
      const sidebar = external.find((src) => /SidebarSlot/.test(src));
      const others = external.filter((src) => src !== sidebar);
      expect(gzipSync(readFileSync(join(DIST, sidebar!))).length).toBeLessThan(512);
      if (url === "/") expect(others).toEqual([]);
      else {
        // giscus itself is fetched only when the reader reaches the comments.
        expect(others).toHaveLength(1);
        expect(others[0]).toMatch(/CommentsSection/);
        // Compressed, with what it imports up front (Vite's preload helper has been a chunk of its own).
        const loader = readFileSync(join(DIST, others[0]!), "utf8");
        const upFront = [...loader.matchAll(/\bimport\s*[^(;]*?from\s*["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1]!);
        const bytes = [loader, ...upFront.map((file) => readFileSync(join(DIST, "_astro", file)))];
        expect(bytes.reduce((size, code) => size + gzipSync(code).length, 0)).toBeLessThan(2048);
        expect(page(url).html).not.toMatch(/giscus\.[\w-]+\.js/);
      }
    }
  });

  it("renders MDX components in MDX posts, with no component tag left as text", () => {
    const mdx = posts.filter((post) => post.file.endsWith(".mdx") && isLive(post));
    expect(mdx.length).toBeGreaterThan(1);
    for (const post of mdx) {
      const built = page(post.permalink);
      expect(built.html, post.file).not.toMatch(
        /&lt;(PullQuote|SpecSheet|Verdict)|<(PullQuote|SpecSheet|Verdict)[\s>]/,
      );
      expect(built.dom.querySelectorAll(".pull-quote, .spec-sheet, .verdict").length, post.file).toBeGreaterThan(0);
    }
  });
});

describe("every page", () => {
  const pages = builtPages();

  it("links only to pages and files that exist", () => {
    const broken: string[] = [];
    for (const built of pages) {
      const refs = [
        ...built.dom.querySelectorAll("a[href], link[href]").map((el) => el.getAttribute("href")!),
        ...built.dom.querySelectorAll("img[src]").map((el) => el.getAttribute("src")!),
        ...built.dom.querySelectorAll("img[srcset], source[srcset]").flatMap((el) =>
          el
            .getAttribute("srcset")!
            .split(",")
            .map((part) => part.trim().split(/\s+/)[0]!),
        ),
      ];
      for (const ref of refs) {
        if (ref.startsWith("#")) {
          if (ref.length > 1 && !built.dom.querySelector(`[id="${ref.slice(1)}"]`))
            broken.push(`${built.url} → ${ref}`);
          continue;
        }
        const url = new URL(ref, `https://demo.paddock.example${built.url}`);
        if (url.origin !== "https://demo.paddock.example") continue;
        const path = decodeURIComponent(url.pathname);
        const target = path.endsWith("/") ? join(DIST, path, "index.html") : join(DIST, path);
        if (!existsSync(target)) broken.push(`${built.url} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives every image alt text and dimensions", () => {
    for (const built of pages) {
      for (const img of built.dom.querySelectorAll("img")) {
        const where = `${built.url} ${img.getAttribute("src")}`;
        expect(img.hasAttribute("alt"), where).toBe(true);
        expect(Number(img.getAttribute("width")), where).toBeGreaterThan(0);
        expect(Number(img.getAttribute("height")), where).toBeGreaterThan(0);
      }
    }
  });

  it("is valid HTML", async () => {
    // Headlines make long <title>s; search engines truncate them, which is fine for news.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
    const problems: string[] = [];
    for (const built of pages) {
      const report = await validator.validateString(built.html, built.url);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${built.url}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("sets the language, a title, a description and a canonical URL (unless kept out of search engines)", () => {
    for (const built of pages) {
      expect(built.dom.querySelector("html")?.getAttribute("lang"), built.url).toBe("en-US");
      expect(built.dom.querySelector("title")?.text.length, built.url).toBeGreaterThan(0);
      expect(built.dom.querySelector('meta[name="description"]')?.getAttribute("content"), built.url).toBeTruthy();
      const noindex = built.dom.querySelector('meta[name="robots"][content="noindex"]') !== null;
      expect(built.dom.querySelector('link[rel="canonical"]') === null, built.url).toBe(noindex);
    }
  });
});
