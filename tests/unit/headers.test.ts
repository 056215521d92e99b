import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, inlineScripts } from "../../src/lib/build/headers-file";

describe("_headers", () => {
  it("allow each inline script by its hash, once", () => {
    const script = "document.documentElement.dataset.theme = 'dark';";
    const hash = createHash("sha256").update(script).digest("base64");
    const csp = contentSecurityPolicy({ inlineScripts: [script, script], frameOrigins: [] });
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`);
    expect(csp.match(/sha256-/g)).toHaveLength(1);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("frame only giscus, and nothing at all without it", () => {
    expect(contentSecurityPolicy({ inlineScripts: [], frameOrigins: ["https://giscus.app"] })).toContain(
      "frame-src https://giscus.app;",
    );
    expect(contentSecurityPolicy({ inlineScripts: [], frameOrigins: [] })).toContain("frame-src 'none';");
  });

  it("cache hashed assets for a year, pages and feeds briefly, and set security headers for every path", () => {
    const file = headersFile({
      inlineScripts: [],
      frameOrigins: [],
      topLevel: { folders: ["_astro", "social", "2026", "category"], files: ["index.html", "rss.xml"] },
    });
    expect(file).toContain("/2026/*\n  Cache-Control: public, max-age=300, must-revalidate");
    expect(file).toContain("/\n  Cache-Control: public, max-age=300, must-revalidate");
    expect(file).toContain("/rss.xml\n  Cache-Control: public, max-age=300, must-revalidate");
    expect(file).toContain("/social/*\n  Cache-Control: public, max-age=31536000, immutable");
    // No Cache-Control under "/*": CDNs would merge it into the year-long rules.
    expect(file.split("\n\n")[0]).not.toContain("Cache-Control");
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    expect(file).toContain("  X-Content-Type-Options: nosniff\n");
    expect(file).toContain("/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
  });

  it("find the inline scripts a browser runs, and only those", () => {
    const html = [
      `<script>document.documentElement.dataset.theme = "dark";</script>`,
      `<script type="module">import("/x.js");</script>`,
      `<SCRIPT type='text/javascript'>a < b</SCRIPT >`,
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      `<script type="module" src="/_astro/comments.js"></script>`,
      `<script\nsrc="/a.js"></script>`,
      `<p data-script="<script>">text</p>`,
    ].join("\n");
    expect(inlineScripts(html)).toEqual([
      `document.documentElement.dataset.theme = "dark";`,
      `import("/x.js");`,
      "a < b",
    ]);
  });
});
