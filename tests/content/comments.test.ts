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
    expect(html).not.toMatch(/<script[^>]+src=/);
    // The newsletter form goes too when its settings are removed.
    const noNewsletter = siteWith("no-newsletter", undefined, (text) =>
      text.replace(/\n {2}newsletter: \{[\s\S]*?\n {2}\},/, ""),
    );
    expect(noNewsletter.build().status).toBe(0);
    expect(readFileSync(join(noNewsletter.dir, "dist/2026/05/plant/index.html"), "utf8")).not.toContain(
      'class="newsletter',
    );
  });
});
