import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile } from "../../src/lib/headers";

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

  it("cache hashed assets for a year and set security headers for every path", () => {
    const file = headersFile({ inlineScripts: [], frameOrigins: [] });
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    expect(file).toContain("  X-Content-Type-Options: nosniff\n");
    expect(file).toContain("/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
  });
});
