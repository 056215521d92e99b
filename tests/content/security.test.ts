/**
 * Untrusted text in a built site: an uploaded HTML file with a script, `<script>` in a headline,
 * a dek and a commenter's name, and commenters' websites that are scripts. One small build; each
 * check reads its output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "../../src/client/inline-scripts";
import { allowedScriptHashes, executableInlineScripts, hashOf } from "../support/csp";
import { scratchSite, type ScratchSite } from "../support/scratch-site";

const PAYLOAD = "<script>alert(1)</script>";
const POST = `---
title: '${PAYLOAD} in a headline'
description: 'A dek with ${PAYLOAD} in it.'
pubDate: 2026-05-04T09:00:00-04:00
authors: [ana-lima]
category: news
---

Body text.
`;

let site: ScratchSite;
let output = "";
const dist = (path: string) => readFileSync(join(site.dir, "dist", path), "utf8");

beforeAll(() => {
  site = scratchSite("security-payloads");
  site.write("src/content/authors/ana-lima.yaml", "name: Ana Lima\nrole: staff\ncountry: Brazil\n");
  site.write("src/content/posts/2026/plant.md", POST);
  site.copy("tests/fixtures/security/hostile-commenters.comments.json", "src/content/posts/2026/plant.comments.json");
  // The whole hostile thread on the article: the demo's small comment pages would spread it over several.
  const config = readFileSync(join(site.dir, "paddock.config.ts"), "utf8");
  site.write("paddock.config.ts", config.replace(/\n\s*\/\/.*\n\s*archivedPerPage: \d+,/, ""));
  site.copy("tests/fixtures/security/uploaded-page.html", "public/wp-content/uploads/2019/03/page.html");
  const result = site.build();
  output = result.output;
  expect(result.status, output).toBe(0);
});

describe("a built site with hostile input", () => {
  it("allows only Paddock's own inline scripts in its CSP", () => {
    expect(allowedScriptHashes(dist("_headers")).sort()).toEqual(INLINE_SCRIPTS.map(hashOf).sort());
  });

  it("adds no hash for the script in an uploaded HTML file", () => {
    const [uploaded, ...more] = executableInlineScripts(dist("wp-content/uploads/2019/03/page.html"));
    expect(uploaded).toContain("alert(document.domain)");
    expect(more).toEqual([]);
    expect(allowedScriptHashes(dist("_headers"))).not.toContain(hashOf(uploaded!));
  });

  it("shows <script> in a headline, a dek and a commenter's name as text, and hashes none of it", () => {
    const html = dist("2026/05/plant/index.html");
    const page = parse(html);
    expect(page.querySelector("h1")?.text).toBe(`${PAYLOAD} in a headline`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      `A dek with ${PAYLOAD} in it.`,
    );
    expect(page.querySelector("#comment-7 .author")?.text.trim()).toBe(PAYLOAD);
    expect(executableInlineScripts(html).filter((script) => !INLINE_SCRIPTS.includes(script))).toEqual([]);
    expect(allowedScriptHashes(dist("_headers"))).not.toContain(hashOf("alert(1)"));
  });

  it("links a commenter's name only to an http(s) website, and warns with the file and comment for the rest", () => {
    const page = parse(dist("2026/05/plant/index.html"));
    const link = (id: string) => page.querySelector(`#comment-${id} .author a`)?.getAttribute("href");
    expect(link("1")).toBe("https://example.org/owner");
    for (const id of ["2", "3", "4", "5", "6"]) {
      expect(page.querySelector(`#comment-${id}`), `comment ${id} is shown`).not.toBeNull();
      expect(link(id), `comment ${id}`).toBeUndefined();
    }
    expect(page.querySelectorAll(".archived a[href]").map((a) => a.getAttribute("href"))).not.toContainEqual(
      expect.stringMatching(/^\s*(javascript|data|vbscript):/i),
    );
    for (const [id, scheme] of [
      ["2", "javascript:"],
      ["3", "data:"],
      ["4", "vbscript:"],
    ]) {
      expect(output).toContain(
        `src/content/posts/2026/plant.comments.json: comment "${id}": authorUrl must be an http(s) URL (got "${scheme}`,
      );
    }
  });
});
