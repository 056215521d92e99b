import { describe, expect, it } from "vitest";
import {
  addCounts,
  groupShards,
  mergeResponses,
  shardedIndex,
  type PagefindIndex,
} from "../../src/lib/search/search-shards";

const hit = (id: string, score: number) => ({ id, score, data: async () => id });

/** A year's index that answers from a fixed list, recording the options it was given. */
function year(hits: { id: string; score: number }[], counts: Record<string, number>): PagefindIndex<string> {
  return {
    options: async () => {},
    filters: async () => ({ make: counts }),
    search: async () => ({ results: hits.map((h) => hit(h.id, h.score)), filters: { make: counts } }),
  };
}

describe("searching one index per year as one", () => {
  const newer = year(
    [
      { id: "2026-b", score: 1 },
      { id: "2026-a", score: 5 },
    ],
    { Toyota: 2 },
  );
  const older = year([{ id: "2025-a", score: 3 }], { Toyota: 1, Kia: 4 });

  it("lists newest first when sorted by date: each year's own order, newest year first", async () => {
    const response = await shardedIndex([newer, older]).search("x", { sort: { date: "desc" } });
    expect(response.results.map((r) => r.id)).toEqual(["2026-b", "2026-a", "2025-a"]);
  });

  it("orders by score across years when sorted by relevance", async () => {
    const response = await shardedIndex([newer, older]).search("x", {});
    expect(response.results.map((r) => r.id)).toEqual(["2026-a", "2025-a", "2026-b"]);
  });

  it("adds up filter counts, for a search and for the whole index", async () => {
    const index = shardedIndex([newer, older]);
    expect((await index.search("x")).filters).toEqual({ make: { Toyota: 3, Kia: 4 } });
    expect(await index.filters()).toEqual({ make: { Toyota: 3, Kia: 4 } });
  });

  it("keeps the newer year first when scores tie, and skips a year that gave no answer", () => {
    const merged = mergeResponses(
      [{ results: [hit("new", 2)], filters: {} }, null, { results: [hit("old", 2)], filters: {} }],
      false,
    );
    expect(merged.results.map((r) => r.id)).toEqual(["new", "old"]);
  });

  it("counts values only one year has", () => {
    expect(addCounts([{ year: { "2026": 5 } }, { year: { "2025": 7 }, make: { Kia: 1 } }])).toEqual({
      year: { "2026": 5, "2025": 7 },
      make: { Kia: 1 },
    });
  });
});

describe("splitting the archive into indexes", () => {
  const byYear = new Map([
    ["2018", ["a", "b", "c"]],
    ["2016", ["d"]],
    ["2017", ["e", "f"]],
    ["2019", ["g"]],
  ]);

  it("makes runs of whole years, oldest first, each reaching the size before the next starts", () => {
    expect(groupShards(byYear, 3)).toEqual([
      { name: "2016-2017", years: ["2016", "2017"], files: ["d", "e", "f"] },
      { name: "2018", years: ["2018"], files: ["a", "b", "c"] },
      { name: "2019", years: ["2019"], files: ["g"] },
    ]);
  });

  it("keeps a small archive in one index, and makes none without articles", () => {
    expect(groupShards(byYear, 100).map((shard) => shard.name)).toEqual(["2016-2019"]);
    expect(groupShards(new Map(), 100)).toEqual([]);
  });
});
