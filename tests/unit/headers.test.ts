import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegrationLogger } from "astro";
import { afterAll, describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "../../src/client/inline-scripts";
import { securityHeaders } from "../../src/integrations/headers";
import { contentSecurityPolicy, headersFile } from "../../src/lib/build/headers-file";
import { allowedScriptHashes, executableInlineScripts, hashOf } from "../support/csp";

describe("_headers", () => {
  it("allow each inline script by its hash, once", () => {
    const script = "document.documentElement.dataset.theme = 'dark';";
    const csp = contentSecurityPolicy({ inlineScripts: [script, script], frameOrigins: [] });
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashOf(script)};`);
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
});

describe("the headers integration", () => {
  const dist = mkdtempSync(join(tmpdir(), "paddock-headers-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const silent = { info() {}, warn() {} } as unknown as AstroIntegrationLogger;

  /** Runs the integration over a dist/ holding these fixture files, as `astro build` would at the end. */
  async function headersFor(files: Record<string, string>): Promise<string> {
    rmSync(dist, { recursive: true, force: true });
    for (const [to, fixture] of Object.entries(files)) {
      mkdirSync(join(dist, to, ".."), { recursive: true });
      cpSync(join("tests/fixtures/security", fixture), join(dist, to));
    }
    const done = securityHeaders({ giscus: false, redirects: [] }).hooks["astro:build:done"]!;
    await (done as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({
      dir: pathToFileURL(`${dist}/`),
      logger: silent,
    });
    return readFileSync(join(dist, "_headers"), "utf8");
  }

  it("allows Paddock's own inline scripts, whatever the pages hold", async () => {
    const headers = await headersFor({ "index.html": "script-in-attributes.html" });
    expect(allowedScriptHashes(headers).sort()).toEqual(INLINE_SCRIPTS.map(hashOf).sort());
  });

  it("adds no hash for a script in an uploaded HTML file under wp-content/", async () => {
    const headers = await headersFor({ "wp-content/uploads/2019/03/page.html": "uploaded-page.html" });
    const [uploaded] = executableInlineScripts(readFileSync("tests/fixtures/security/uploaded-page.html", "utf8"));
    expect(uploaded).toContain("alert(document.domain)");
    expect(allowedScriptHashes(headers)).not.toContain(hashOf(uploaded!));
    expect(allowedScriptHashes(headers)).toHaveLength(INLINE_SCRIPTS.length);
  });

  it("adds no hash for <script> text inside attribute values", async () => {
    const headers = await headersFor({ "index.html": "script-in-attributes.html" });
    expect(allowedScriptHashes(headers)).not.toContain(hashOf("alert(1)"));
    expect(allowedScriptHashes(headers)).toHaveLength(INLINE_SCRIPTS.length);
  });
});
