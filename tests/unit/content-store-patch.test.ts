/**
 * patches/astro+7.3.5.patch: Astro's chunked content store (used past 30,000
 * posts) measured each character's UTF-8 length on its own, so writing a large
 * store took minutes on every save. The patched splitter must cut exactly
 * where the original did; the original's rule is written out here as the
 * reference.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

// An internal module of Astro (not in its package exports).
const WRITER = join(ROOT, "node_modules/astro/dist/content/data-store-writer.js");
const { chunkString } = (await import(pathToFileURL(WRITER).href)) as {
  chunkString: (text: string, maxBytes: number) => string[];
};

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
});
