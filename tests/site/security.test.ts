/**
 * The CSP of the built demo allows Paddock's own inline scripts and nothing else, and every
 * page uses only those (a page with another inline script would be broken under the policy).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "../../src/client/inline-scripts";
import { allowedScriptHashes, executableInlineScripts, hashOf } from "../support/csp";
import { builtPages } from "../support/dist";
import { DIST } from "../support/paths";

const headers = readFileSync(join(DIST, "_headers"), "utf8");

describe("inline scripts", () => {
  it("are allowed by hash for exactly Paddock's own scripts", () => {
    expect(allowedScriptHashes(headers).sort()).toEqual(INLINE_SCRIPTS.map(hashOf).sort());
    expect(headers).not.toMatch(/script-src[^;\n]*'unsafe-inline'/);
  });

  it("on every page are Paddock's own, so each runs under the policy", () => {
    const pages = builtPages().filter((page) => !page.url.startsWith("/wp-content/"));
    const unknown = pages.flatMap((page) =>
      executableInlineScripts(page.html)
        .filter((script) => !INLINE_SCRIPTS.includes(script))
        .map((script) => `${page.url}: ${script.slice(0, 80)}`),
    );
    expect(unknown).toEqual([]);
    // The theme scripts are on every page, the way they are registered.
    for (const page of pages.filter((page) => page.dom.querySelector("#theme-toggle"))) {
      expect(executableInlineScripts(page.html)).toEqual(expect.arrayContaining([...INLINE_SCRIPTS]));
    }
  });
});
