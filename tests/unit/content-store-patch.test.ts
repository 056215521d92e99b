/**
 * patches/astro+7.3.5.patch: Astro's chunked content store (used past 30,000
 * posts) measured each character's UTF-8 length on its own, so writing a large
 * store took minutes on every save. The patched splitter must cut exactly
 * where the original did; the original's rule is written out here as the
 * reference. And it serialized every entry again on every save, where the
 * patched store writes back the entries no loader replaced as it read them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

// An internal module of Astro (not in its package exports).
const WRITER = join(ROOT, "node_modules/astro/dist/content/data-store-writer.js");
const { chunkString } = (await import(pathToFileURL(WRITER).href)) as {
  chunkString: (text: string, maxBytes: number) => string[];
};

interface Store {
  get(collection: string, id: string): unknown;
  set(collection: string, id: string, entry: object): void;
  writeToDisk(): Promise<void>;
}
const { MutableDataStore } = (await import(
  pathToFileURL(join(ROOT, "node_modules/astro/dist/content/mutable-data-store.js")).href
)) as { MutableDataStore: { fromDir(dir: URL, chunkSize: number, logger: object): Promise<Store> } };

/** Astro 7.3.5's rule: whole code points, at most maxBytes each, but never an empty chunk. */
function referenceChunks(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let index = start;
    let bytes = 0;
    while (index < text.length) {
      const length = text.codePointAt(index)! > 0xffff ? 2 : 1;
      const charBytes = Buffer.byteLength(text.slice(index, index + length));
      if (bytes + charBytes > maxBytes && index > start) break;
      index += length;
      bytes += charBytes;
      if (bytes >= maxBytes) break;
    }
    chunks.push(text.slice(start, index));
    start = index;
  }
  return chunks;
}

describe("Astro's chunked content store, patched", () => {
  it("is the patched version (npm install applies patches/ through patch-package)", () => {
    expect(readFileSync(WRITER, "utf8")).toContain("Paddock patch");
  });

  it("cuts text exactly where Astro's own splitter does, multi-byte characters included", () => {
    const samples = ["a€😀b".repeat(7) + "x".repeat(10), "😀😀😀", "ab", "é".repeat(50) + "z", '{"title":"Škoda"}'];
    for (const text of samples) {
      for (let maxBytes = 1; maxBytes < 40; maxBytes++) {
        expect(chunkString(text, maxBytes), `${text} at ${maxBytes} bytes`).toEqual(referenceChunks(text, maxBytes));
      }
    }
  });

  it("writes back the entries no loader replaced as they were read, and loses none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paddock-store-"));
    try {
      // Two records as the store keeps them; the first spaced as devalue would not write it, so
      // that a record written back as read can be told from one serialized again.
      const kept = '[ [1,2], "a", {"id":1,"data":3}, {"title":4}, "A" ]';
      writeFileSync(join(dir, "0000000000000000.txt"), `${kept}\n[[1,2],"b",{"id":1,"data":3},{"title":4},"B"]\n`);
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({ posts: ["0000000000000000.txt"] }));
      const open = () => MutableDataStore.fromDir(pathToFileURL(`${dir}/`), 1 << 20, { warn() {} });
      const store = await open();
      store.set("posts", "b", { id: "b", data: { title: "B, edited" } });
      await store.writeToDisk();

      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { posts: string[] };
      const text = manifest.posts.map((file) => readFileSync(join(dir, file), "utf8")).join("");
      expect(text.split("\n")[0]).toBe(kept);
      const reread = await open();
      expect(reread.get("posts", "a")).toEqual({ id: "a", data: { title: "A" } });
      expect(reread.get("posts", "b")).toEqual({ id: "b", data: { title: "B, edited" } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
