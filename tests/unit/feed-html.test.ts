import { describe, expect, it } from "vitest";
import { feedSafeHtml } from "../../src/lib/feeds/feed-html";

const BASE = "https://cars.example.com/2026/09/story/";

describe("feed-safe HTML", () => {
  it("makes every link and image absolute, srcset included", () => {
    const html = feedSafeHtml(
      '<a href="/tag/bmw/">BMW</a><a href="#notes">notes</a><img src="./a.jpg" srcset="/_astro/a.webp 480w, /_astro/b.webp 800w" alt="">',
      BASE,
    );
    expect(html).toContain('href="https://cars.example.com/tag/bmw/"');
    expect(html).toContain('href="https://cars.example.com/2026/09/story/#notes"');
    expect(html).toContain('src="https://cars.example.com/2026/09/story/a.jpg"');
    expect(html).toContain(
      'srcset="https://cars.example.com/_astro/a.webp 480w, https://cars.example.com/_astro/b.webp 800w"',
    );
    expect(feedSafeHtml('<a href="mailto:tips@example.com">tip</a>', BASE)).toContain('href="mailto:tips@example.com"');
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', /javascript/i],
    ['<a href="java&#x09;script:alert(1)">x</a>', /script:/i],
    ['<a href="java\nscript:alert(1)">x</a>', /script:/i],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', /javascript/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|<script/i],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /javascript/i],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /srcdoc|<script/i],
    ['<img src="x.jpg" onerror="alert(1)" alt="">', /onerror/i],
    ["<script>alert(1)</script><p>kept</p>", /<script/i],
    [
      '<form action="https://evil.example/"><button formaction="javascript:alert(1)">go</button></form>',
      /<form|formaction/i,
    ],
    ['<object data="evil.swf"></object><embed src="evil.swf">', /<object|<embed/i],
    ['<p style="x" data-astro-cid-abc>text</p>', /data-astro/],
  ])("removes what could run or leak: %s", (input, forbidden) => {
    expect(feedSafeHtml(input, BASE)).not.toMatch(forbidden);
  });

  it("keeps a component's own classes but not Astro's scoped-style ones", () => {
    expect(feedSafeHtml('<aside class="callout astro-lnlu5god"><p class="astro-x1">Note</p></aside>', BASE)).toBe(
      '<aside class="callout"><p>Note</p></aside>',
    );
  });

  it("keeps the text of the article", () => {
    expect(feedSafeHtml("<script>alert(1)</script><p>Toyota said <em>no</em>.</p>", BASE)).toBe(
      "<p>Toyota said <em>no</em>.</p>",
    );
  });
});
