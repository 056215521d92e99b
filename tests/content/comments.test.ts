/** Archived comments and the comments settings, checked by building small copies of the site. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { scratchSite } from "../support/scratch-site";

const AUTHOR = "name: Ana Lima\nrole: staff\ncountry: Brazil\nbio: Writes about factories.\n";
const POST = `---
title: "Toyota opens a plant"
description: "A dek."
pubDate: 2026-05-04T09:00:00-04:00
authors: [ana-lima]
category: news
---

Body text.
`;

function siteWith(name: string, comments: string | undefined, config?: (text: string) => string) {
  const site = scratchSite(name);
  site.write("src/content/authors/ana-lima.yaml", AUTHOR);
  site.write("src/content/posts/2026/plant.md", POST);
  if (comments !== undefined) site.write("src/content/posts/2026/plant.comments.json", comments);
  if (config) site.write("paddock.config.ts", config(readFileSync(join(site.dir, "paddock.config.ts"), "utf8")));
  return site;
}

describe("archived comments in a build", () => {
  it("a malformed archive file stops the build, naming the file and the field", () => {
    const broken = JSON.stringify({ comments: [{ id: "1", author: "Dave", date: "yesterday", html: "<p>x</p>" }] });
    const { status, output } = siteWith("comments-bad-date", broken).build();
    expect(status).not.toBe(0);
    expect(output).toContain("src/content/posts/2026/plant.comments.json");
    expect(output).toMatch(/date: expected a date/);
  });

  it("a file that is not JSON stops the build, naming the file", () => {
    const { status, output } = siteWith("comments-not-json", '{"comments": [').build();
    expect(status).not.toBe(0);
    expect(output).toContain("plant.comments.json");
  });

  it("a reply whose parent is missing is shown at the top level, with a build warning", () => {
    const comments = JSON.stringify({
      comments: [
        { id: "1", author: "Dave", date: "2026-05-04 10:00", html: "<p>First</p>" },
        { id: "2", parent: "404", author: "Orphan", date: "2026-05-04 11:00", html: "<p>Lost parent</p>" },
      ],
    });
    const site = siteWith("comments-orphan", comments);
    const { status, output } = site.build();
    expect(status, output).toBe(0);
    expect(output).toContain('plant.comments.json: comment "2" replies to "404", which is not in the file');
    const page = parse(readFileSync(join(site.dir, "dist/2026/05/plant/index.html"), "utf8"));
    const topLevel = page.querySelectorAll(".archived > ol > li").map((li) => li.id);
    expect(topLevel).toEqual(["comment-1", "comment-2"]);
    expect(page.querySelector("#comments-heading")?.text).toBe("2 Comments on “Toyota opens a plant”");
  });

  it("without giscus or newsletter settings, production shows no widget, loader or form", () => {
    const comments = JSON.stringify({
      comments: [{ id: "1", author: "Dave", date: "2026-05-04 10:00", html: "<p>Hi</p>" }],
    });
    const site = siteWith("comments-unconfigured", comments, (text) =>
      text.replace(/\n {2}comments: \{[\s\S]*?\n {2}\},/, ""),
    );
    const { status, output } = site.build();
    expect(status, output).toBe(0);
    const html = readFileSync(join(site.dir, "dist/2026/05/plant/index.html"), "utf8");
    expect(html).toContain('id="comment-1"');
    expect(html).not.toContain("data-giscus-mount");
    expect(html).not.toContain("Live comments are off");
    // No comments loader: the one script left fills the sidebar.
    expect([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      expect.stringMatching(/^\/_astro\/SidebarSlot\./),
    ]);
    // The newsletter form goes too when its settings are removed.
    const noNewsletter = siteWith("no-newsletter", undefined, (text) =>
      text.replace(/\n {2}newsletter: \{[\s\S]*?\n {2}\},/, ""),
    );
    expect(noNewsletter.build().status).toBe(0);
    expect(readFileSync(join(noNewsletter.dir, "dist/2026/05/plant/index.html"), "utf8")).not.toContain(
      'class="newsletter',
    );
  });

  it("a thread of 1,500 comments is on WordPress-style comment pages, each within the page budget", () => {
    // 250 conversations of five comments, then one of 250: WordPress pages by top-level comment.
    const comments: { id: string; parent?: string; author: string; date: string; html: string }[] = [];
    const at = (minute: number) => new Date(Date.UTC(2026, 4, 5) + minute * 60_000).toISOString();
    const add = (id: string, parent?: string) =>
      comments.push({
        id,
        ...(parent ? { parent } : {}),
        author: `Reader ${id}`,
        date: at(comments.length),
        html: `<p>Comment ${id}: ${"the plant will need a second shift before the model year ends, ".repeat(3)}</p>`,
      });
    for (let t = 1; t <= 250; t++) {
      add(`${t}`);
      for (let r = 1; r <= 4; r++) add(`${t}-${r}`, r === 1 ? `${t}` : `${t}-${r - 1}`);
    }
    add("long");
    for (let r = 1; r <= 249; r++) add(`long-${r}`, "long");
    const site = siteWith("comments-long-thread", JSON.stringify({ comments }), (text) =>
      text.replace(/\n\s*\/\/.*\n\s*archivedPerPage: \d+,/, ""),
    );
    const { status, output } = site.build();
    expect(status, output).toBe(0);

    const read = (path: string) => readFileSync(join(site.dir, "dist", path), "utf8");
    const article = "/2026/05/plant/";
    // From the article, page after page by the "Newer comments" link.
    const pages: { path: string; html: string }[] = [];
    for (let path: string | undefined = article; path;) {
      const html = read(`${path}index.html`);
      pages.push({ path, html });
      path = parse(html)
        .querySelector('nav.comment-pages a[rel="next"]')
        ?.getAttribute("href")
        ?.replace(/#comments$/, "");
    }
    const paths = pages.map((page) => page.path);
    expect(paths.slice(1)).toEqual(paths.slice(1).map((_, i) => `${article}comment-page-${i + 2}/`));
    expect(pages.length).toBeGreaterThan(5);
    const shown: string[] = [];
    for (const [i, { path, html }] of pages.entries()) {
      expect(Buffer.byteLength(html), path).toBeLessThanOrEqual(200 * 1024);
      const dom = parse(html);
      expect(dom.querySelector("#comments-heading")?.text, path).toBe("1,500 Comments on “Toyota opens a plant”");
      shown.push(...dom.querySelectorAll("li.comment[id]").map((li) => li.id.slice("comment-".length)));
      const previous = dom.querySelector('nav.comment-pages a[rel="prev"]')?.getAttribute("href");
      expect(previous, path).toBe(i > 0 ? `${paths[i - 1]}#comments` : undefined);
      if (i > 0) {
        expect(dom.querySelector('meta[name="robots"]')?.getAttribute("content"), path).toMatch(/noindex/);
        expect(dom.querySelector(`.back a[href="${article}"]`), path).not.toBeNull();
      }
    }
    const first = parse(pages[0]!.html);
    const conversations = first.querySelectorAll('.archived li.comment[data-depth="1"]').length;
    expect(conversations).toBeGreaterThan(10);
    expect(conversations).toBeLessThanOrEqual(50);
    // Every comment once, on exactly one page; the continuation of the long one under a copy of its first comment.
    expect(shown).toHaveLength(1500);
    expect(new Set(shown)).toEqual(new Set(comments.map((comment) => comment.id)));
    expect(parse(pages.at(-1)!.html).querySelector("li.comment.context .continued")).not.toBeNull();
    // The map the page script follows #comment-<id> links with.
    const map = JSON.parse(read(`${article}comment-pages.json`)) as { pages: { path: string; comments: string[] }[] };
    expect(map.pages.map((page) => page.path)).toEqual(paths);
    expect(map.pages.find((page) => page.comments.includes("long-249"))?.path).toBe(paths.at(-1));
    // Recent Comments send readers to the page that holds the comment; search engines get the article alone.
    expect(
      parse(read("sidebar/index.html")).querySelector(`aside a[href="${paths.at(-1)}#comment-long-249"]`),
    ).not.toBeNull();
    expect(read("sitemap-0.xml")).not.toContain("comment-page");
  });
});
