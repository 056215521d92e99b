/**
 * patches/astro+7.3.5.patch, second part: Astro imported each chunk of the
 * content store as a JavaScript module, so at 60,000 posts the bundler parsed
 * 700 MB of store and the build held it three times. Pages prerendered at
 * build time now read the chunks from disk; other builds are unchanged.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

// An internal module of Astro (not in its package exports).
const PLUGIN = join(ROOT, "node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js");
const { astroContentVirtualModPlugin } = await import(pathToFileURL(PLUGIN).href);

const CHUNK = "0123456789abcdef.txt";

/** The plugin's answer for `astro:data-layer-content` in a build's `environment`, over a one-chunk store. */
async function storeModule(environment: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "paddock-store-"));
  const cacheDir = join(root, "node_modules/.astro/");
  mkdirSync(join(cacheDir, "data-store"), { recursive: true });
  writeFileSync(join(cacheDir, "data-store/manifest.json"), JSON.stringify({ posts: [CHUNK] }));
  writeFileSync(join(cacheDir, "data-store", CHUNK), '"the store"');
  const url = (path: string) => pathToFileURL(join(root, path) + "/");
  const settings = {
    config: {
      root: url("."),
      srcDir: url("src"),
      cacheDir: url("node_modules/.astro"),
      experimental: { collectionStorage: "chunked" },
      legacy: {},
    },
    dotAstroDir: url(".astro"),
  };
  const plugin = astroContentVirtualModPlugin({ settings, fs: await import("node:fs") });
  plugin.config({}, { command: "build" });
  const loaded = await plugin.load.handler.call(
    {
      environment: { name: environment },
      error: (message: unknown) => {
        throw new Error(String(message));
      },
    },
    "\0astro:data-layer-content",
  );
  return loaded.code as string;
}

describe("the content store in a build", () => {
  it("is read from disk by prerendered pages, not bundled", async () => {
    const code = await storeModule("prerender");
    expect(code).toContain("readFileSync");
    expect(code).toContain(CHUNK);
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    expect(Object.entries(module.default)).toEqual([["posts", ['"the store"']]]);
  });

  it("is still imported as modules by a server build", async () => {
    const code = await storeModule("ssr");
    expect(code).not.toContain("readFileSync");
    expect(code).toContain(`import("astro:data-layer-content-chunk:`);
  });
});
