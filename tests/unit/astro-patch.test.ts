/**
 * patches/astro+<version>.patch edits files inside Astro (patch-package applies it on install).
 * An upgrade must not drop it silently: Astro is pinned to the patch's version, and every
 * line the patch adds must be in the installed file.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

const patchName = readdirSync(join(ROOT, "patches")).find((name) => name.startsWith("astro+"));
const patchVersion = patchName?.match(/^astro\+(.+)\.patch$/)?.[1];

/** Each patched file with the lines the patch adds to it. */
function addedLines(patch: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of patch.split("\n")) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target) files.set(target[1]!, (current = []));
    else if (current && line.startsWith("+") && line.slice(1).trim()) current.push(line.slice(1));
  }
  return files;
}

describe("the Astro patch", () => {
  it("is made for the Astro version package.json pins and node_modules holds", () => {
    expect(patchVersion, "patches/ should hold astro+<version>.patch").toBeDefined();
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(readFileSync(join(ROOT, "node_modules/astro/package.json"), "utf8")) as {
      version: string;
    };
    expect(pkg.dependencies.astro, `package.json must pin astro to exactly ${patchVersion}, the patch's version`).toBe(
      patchVersion,
    );
    expect(installed.version, "the installed Astro is not the one the patch was made for").toBe(patchVersion);
  });

  it("is applied: every line it adds is in the installed file", () => {
    const files = addedLines(readFileSync(join(ROOT, "patches", patchName!), "utf8"));
    expect(files.size).toBeGreaterThan(0);
    for (const [file, lines] of files) {
      const text = readFileSync(join(ROOT, file), "utf8");
      const missing = lines.filter((line) => !text.includes(line));
      expect(missing, `${file} lacks lines of ${patchName}: is patch-package still applying it?`).toEqual([]);
    }
  });
});

describe("restoring a cached page (the patched IncrementalBuildCache)", () => {
  it("links the cached copy, leaves a page already in dist/ alone, and says when there is no copy", async () => {
    // Astro's own class, as the build uses it; the scratch folders stand in for the cache and dist/.
    const { IncrementalBuildCache } = (await import(
      join(ROOT, "node_modules/astro/dist/core/build/incremental.js")
    )) as {
      IncrementalBuildCache: new (...args: string[]) => {
        restoreOutputFile(settings: object, file: string, destination: URL): Promise<string | false>;
      };
    };
    const dir = mkdtempSync(join(tmpdir(), "paddock-restore-"));
    try {
      const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`) } };
      const dist = pathToFileURL(`${dir}/dist/`);
      mkdirSync(join(dir, "cache/dist/2026/01/story"), { recursive: true });
      writeFileSync(join(dir, "cache/dist/2026/01/story/index.html"), "cached");
      const cache = new IncrementalBuildCache("config", "lockfile", "key");

      const destination = new URL("2026/01/story/index.html", dist);
      expect(await cache.restoreOutputFile(settings, "2026/01/story/index.html", destination)).toBe("restored");
      expect(statSync(destination).ino).toBe(statSync(join(dir, "cache/dist/2026/01/story/index.html")).ino);

      const present = new URL("present/index.html", dist);
      mkdirSync(join(dir, "dist/present"), { recursive: true });
      writeFileSync(present, "built");
      mkdirSync(join(dir, "cache/dist/present"), { recursive: true });
      writeFileSync(join(dir, "cache/dist/present/index.html"), "cached");
      expect(await cache.restoreOutputFile(settings, "present/index.html", present)).toBe("present");
      expect(readFileSync(present, "utf8")).toBe("built");

      const missing = new URL("missing/index.html", dist);
      expect(await cache.restoreOutputFile(settings, "missing/index.html", missing)).toBe(false);
      expect(existsSync(missing)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
