import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { setAsideDist } from "../../src/integrations/set-aside-dist";

type Hook = (options: unknown) => Promise<void> | void;

/** Runs the integration's hooks as `astro build` would, for an outDir in a fresh folder. */
async function build(prepare: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "paddock-dist-"));
  prepare(root);
  // Called with only what this integration reads.
  const hooks = setAsideDist().hooks as unknown as Record<string, Hook>;
  await hooks["astro:config:done"]!({ config: { outDir: pathToFileURL(join(root, "dist") + "/") } });
  await hooks["astro:build:start"]!({});
  const atStart = readdirSync(root);
  await hooks["astro:build:done"]!({});
  return { root, atStart, atEnd: readdirSync(root) };
}

describe("setting the old dist/ aside", () => {
  it("moves it away before the build and deletes it, and any folder a crashed build left", async () => {
    const { atStart, atEnd } = await build((root) => {
      mkdirSync(join(root, "dist/2026/11/story"), { recursive: true });
      writeFileSync(join(root, "dist/2026/11/story/index.html"), "<p>old</p>");
      mkdirSync(join(root, "dist.old-1-2"));
      mkdirSync(join(root, "distant"));
    });
    expect(atStart).not.toContain("dist");
    expect(atEnd.sort()).toEqual(["distant"]);
  });

  it("leaves a dist/ that is a git checkout to Astro", async () => {
    const { root, atEnd } = await build((root) => mkdirSync(join(root, "dist/.git"), { recursive: true }));
    expect(atEnd).toEqual(["dist"]);
    expect(existsSync(join(root, "dist/.git"))).toBe(true);
  });
});
