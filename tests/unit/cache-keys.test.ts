import { describe, expect, it } from "vitest";
import { cacheKey } from "../../src/lib/build/cache-keys";

const entry = (digest: string) => ({ id: "2026/a", collection: "posts", digest, data: { title: "A" }, body: "Text" });
const post = (title: string, digest = "d1") => ({
  title,
  pubDate: new Date("2026-11-03T14:30:00Z"),
  body: "Text",
  entry: entry(digest),
});

describe("incremental build cache keys", () => {
  it("are equal for equal data and differ when anything shown changes", () => {
    expect(cacheKey({ page: 1, items: [post("A")] })).toBe(cacheKey({ page: 1, items: [post("A")] }));
    expect(cacheKey({ page: 1, items: [post("A")] })).not.toBe(cacheKey({ page: 1, items: [post("B")] }));
    expect(cacheKey({ page: 1, items: [post("A")] })).not.toBe(cacheKey({ page: 2, items: [post("A")] }));
    expect(cacheKey([post("A"), 3])).not.toBe(cacheKey([post("A"), 4]));
  });

  it("follow a content entry through its digest, and dates to the millisecond", () => {
    expect(cacheKey(post("A", "d1"))).not.toBe(cacheKey(post("A", "d2")));
    const later = { ...post("A"), pubDate: new Date("2026-11-03T14:30:00.001Z") };
    expect(cacheKey(post("A"))).not.toBe(cacheKey(later));
  });

  it("see into maps and sets", () => {
    expect(cacheKey(new Map([["a", 1]]))).not.toBe(cacheKey(new Map([["a", 2]])));
    expect(cacheKey(new Set(["a"]))).not.toBe(cacheKey(new Set(["b"])));
  });
});
