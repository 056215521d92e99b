/**
 * Social cards are cached by content hash: builds a copy of the demo four
 * times — first build, unchanged rebuild, rebuild after one title edit, cards
 * turned off — and counts the files in the card cache (names, mtimes, inodes)
 * to see how many cards each build drew. About 25 s on two cores.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scratchSite, type ScratchSite } from "../support/scratch-site";

const EDITED_POST = "src/content/posts/2026/honda-prelude-long-term-test.md";
const EDITED_CARD = "2026/04/honda-prelude-long-term-test.png";
// These posts have hero images, which are shared instead of a card.
const HERO_CARDS = ["2026/08/bmw-ix3-first-drive.png", "2026/09/hyundai-georgia-hybrid-line.png"];

/** Cache files by name, with what changes when a file is written again (mtime, and inode via rename). */
function cacheSnapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir).map((name) => {
      const stat = statSync(join(dir, name));
      return [name, `${stat.mtimeMs}:${stat.ino}`];
    }),
  );
}

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Every card in dist/social/ by its post ("YYYY/MM/slug.png"; the file itself
 * is "YYYY/MM/slug.<key>.png") → its file name and the sha256 of its bytes.
 */
function distCards(site: ScratchSite): Map<string, string> {
  const social = join(site.dir, "dist/social");
  return new Map(
    filesUnder(social).map((path) => [
      path.replace(/\.[0-9a-f]{8}\.png$/, ".png"),
      `${path} ${createHash("sha256")
        .update(readFileSync(join(social, path)))
        .digest("hex")}`,
    ]),
  );
}

/** The article pages in dist/ as card paths: dist/2026/09/slug/index.html → 2026/09/slug.png. */
function articleCards(site: ScratchSite): string[] {
  return filesUnder(join(site.dir, "dist"))
    .map((path) => /^(\d{4}\/\d{2}\/[^/]+)\/index\.html$/.exec(path)?.[1])
    .filter((path) => path !== undefined)
    .map((path) => `${path}.png`)
    .sort();
}

function build(site: ScratchSite): void {
  const { status, output } = site.build();
  expect(status, output).toBe(0);
}

/** GUIDs of the site feed, in order. */
function feedGuids(site: ScratchSite): string[] {
  return [...readFileSync(join(site.dir, "dist/rss.xml"), "utf8").matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map(
    (m) => m[1]!,
  );
}

describe("social cards are drawn once and cached by content", () => {
  let site: ScratchSite;
  let cacheDir: string;

  beforeAll(() => {
    site = scratchSite("social-cards", { withContent: true });
    // The copy has its own node_modules, so the default cache starts empty and is this copy's alone.
    cacheDir = join(site.dir, "node_modules/.astro/paddock/social-cards");
  });

  let firstCache: Map<string, string>;
  let firstCards: Map<string, string>;

  let firstGuids: string[];

  it("the first build draws one card per public post without a hero image, into the cache and into dist/social/", () => {
    expect(cacheSnapshot(cacheDir).size).toBe(0);
    build(site);
    firstGuids = feedGuids(site);
    const all = articleCards(site);
    for (const hero of HERO_CARDS) expect(all).toContain(hero);
    const articles = all.filter((path) => !HERO_CARDS.includes(path));
    expect(articles).toContain(EDITED_CARD);
    firstCards = distCards(site);
    expect([...firstCards.keys()].sort()).toEqual(articles);
    firstCache = cacheSnapshot(cacheDir);
    expect([...firstCache.keys()].filter((name) => !/^[0-9a-f]{64}\.png$/.test(name))).toEqual([]);
    expect(firstCache.size).toBe(articles.length);
    // A card's bytes are its cache file's bytes, and its URL carries the start of its cache key.
    const cachedHashes = new Set(
      [...firstCache.keys()].map((name) =>
        createHash("sha256")
          .update(readFileSync(join(cacheDir, name)))
          .digest("hex"),
      ),
    );
    expect(new Set([...firstCards.values()].map((value) => value.split(" ")[1]))).toEqual(cachedHashes);
    for (const value of firstCards.values()) {
      const key = /\.([0-9a-f]{8})\.png /.exec(value)![1]!;
      expect(
        [...firstCache.keys()].some((name) => name.startsWith(key)),
        value,
      ).toBe(true);
    }
  });

  it("the scheduled demo post and the draft get no card", () => {
    const paths = [...firstCards.keys()];
    expect(
      paths.filter((path) => /volvo-last-combustion-engine-skovde|porsche-911-carrera-fuel-line/.test(path)),
    ).toEqual([]);
  });

  it("a second build of the unchanged site draws no card, writes the same files and keeps every feed GUID", () => {
    build(site);
    expect(feedGuids(site)).toEqual(firstGuids);
    expect(firstGuids.length).toBeGreaterThan(10);
    expect(cacheSnapshot(cacheDir)).toEqual(firstCache);
    expect(distCards(site)).toEqual(firstCards);
  });

  it("after one title edit, the next build draws exactly that post's card", () => {
    const source = readFileSync(join(site.dir, EDITED_POST), "utf8");
    const edited = source.replace(
      /^title: .*$/m,
      'title: "Honda Prelude long-term test: 12,000 miles in the hybrid coupe"',
    );
    expect(edited).not.toBe(source);
    site.write(EDITED_POST, edited);
    build(site);

    const cache = cacheSnapshot(cacheDir);
    const added = [...cache.keys()].filter((name) => !firstCache.has(name));
    expect(added).toHaveLength(1);
    for (const [name, written] of firstCache) expect(cache.get(name), name).toBe(written);

    const cards = distCards(site);
    expect([...cards.keys()]).toEqual([...firstCards.keys()]);
    const changed = [...cards].filter(([path, hash]) => firstCards.get(path) !== hash).map(([path]) => path);
    expect(changed).toEqual([EDITED_CARD]);
  });

  it("with socialImages.enabled false, the build makes no card and leaves the cache alone", () => {
    const before = cacheSnapshot(cacheDir);
    const source = readFileSync(join(site.dir, "paddock.config.ts"), "utf8");
    const disabled = source.replace("defineConfig({", "defineConfig({\n  socialImages: { enabled: false },");
    expect(disabled).not.toBe(source);
    site.write("paddock.config.ts", disabled);
    build(site);
    expect(articleCards(site).length).toBeGreaterThan(0);
    expect(filesUnder(join(site.dir, "dist/social"))).toEqual([]);
    expect(cacheSnapshot(cacheDir)).toEqual(before);
  });
});

describe("a build whose pages finish before its cards", () => {
  it("waits for the card workers, then writes the cards, the search index and _headers", () => {
    const site = scratchSite("social-cards-slow", { withContent: true });
    // Workers that start drawing only after every page of the demo is written. Before, they
    // were unref'd: Node's event loop emptied and the build exited 0 without search or headers.
    const worker = "src/lib/share/social-card-worker.mjs";
    site.copy(worker, "src/lib/share/social-card-worker-real.mjs");
    site.write(
      worker,
      'import { setTimeout } from "node:timers/promises";\nawait setTimeout(6000);\nawait import("./social-card-worker-real.mjs");\n',
    );
    const { status, output } = site.build();
    expect(status, output).toBe(0);
    const planned = /published (\d+) social cards/.exec(output);
    expect(planned, output).not.toBeNull();
    expect(filesUnder(join(site.dir, "dist/social"))).toHaveLength(Number(planned![1]));
    expect(Number(planned![1])).toBeGreaterThan(5);
    expect(output).toMatch(/drawn here 0\)/);
    expect(existsSync(join(site.dir, "dist/pagefind/shards.json"))).toBe(true);
    expect(existsSync(join(site.dir, "dist/_headers"))).toBe(true);
  });
});
