import { describe, expect, it } from "vitest";
import {
  addCounts,
  groupShards,
  mergeResponses,
  shardedIndex,
  type PagefindIndex,
} from "../../src/lib/search/search-shards";

const hit = (id: string, score: number) => ({ id, score, data: async () => id });

/** A part that answers from a fixed list. */
function part(hits: { id: string; score: number }[], counts: Record<string, number>): PagefindIndex<string> {
  return {
    options: async () => {},
    filters: async () => ({ make: counts }),
    search: async () => ({ results: hits.map((h) => hit(h.id, h.score)), filters: { make: counts } }),
  };
}

describe("searching the parts as one", () => {
  const manifest = {
    parts: [
      { name: "2026", years: ["2026"] },
      { name: "2024-2025", years: ["2024", "2025"] },
      { name: "2016-2023", years: ["2016", "2023"] },
    ],
    filters: { make: { Toyota: 9, Kia: 4 } },
  };
  const parts = [
    part(
      [
        { id: "2026-b", score: 1 },
        { id: "2026-a", score: 5 },
      ],
      { Toyota: 2 },
    ),
    part([{ id: "2025-a", score: 3 }], { Toyota: 1, Kia: 4 }),
    part([{ id: "2016-a", score: 4 }], { Toyota: 6 }),
  ];
  /** The parts as one, and the parts it opened, in the order it opened them. */
  function index() {
    const opened: number[] = [];
    return {
      opened,
      index: shardedIndex(manifest, (i) => {
        opened.push(i);
        return parts[i]!;
      }),
    };
  }
  const byDate = { sort: { date: "desc" } };

  it("lists newest first when sorted by date: each part's own order, newest part first", async () => {
    const response = await index().index.search("x", byDate);
    expect(response.results.map((r) => r.id)).toEqual(["2026-b", "2026-a", "2025-a", "2016-a"]);
    expect(response).toMatchObject({ complete: true, parts: 3 });
  });

  it("newest first, opens older parts only while there are too few results", async () => {
    const { index: all, opened } = index();
    const first = await all.search("x", byDate, { atLeast: 2 });
    expect(first.results.map((r) => r.id)).toEqual(["2026-b", "2026-a"]);
    expect(first).toMatchObject({ complete: false, parts: 1, filters: { make: { Toyota: 2 } } });
    expect(opened).toEqual([0]);
    const more = await all.search("x", byDate, { atLeast: 3 });
    expect(more).toMatchObject({ complete: false, parts: 2 });
    expect(opened).toEqual([0, 1]);
    // One more part at least, however many results there are already.
    expect(await all.search("x", byDate, { atLeast: 0, parts: 3 })).toMatchObject({ complete: true, parts: 3 });
    expect(opened).toEqual([0, 1, 2]);
  });

  it("passes over the parts that hold none of the years asked for", async () => {
    const { index: all, opened } = index();
    const response = await all.search("x", { ...byDate, filters: { year: { any: ["2016"] } } }, { atLeast: 1 });
    expect(opened).toEqual([2]);
    expect(response.results.map((r) => r.id)).toEqual(["2016-a"]);
    expect(response).toMatchObject({ complete: true, parts: 3 });
  });

  it("orders by score across every part when sorted by relevance", async () => {
    const { index: all, opened } = index();
    const response = await all.search("x", {}, { atLeast: 1 });
    expect(response.results.map((r) => r.id)).toEqual(["2026-a", "2016-a", "2025-a", "2026-b"]);
    expect(response).toMatchObject({ complete: true, filters: { make: { Toyota: 9, Kia: 4 } } });
    expect(opened.sort()).toEqual([0, 1, 2]);
  });

  it("has the whole archive's counts before any part is opened", async () => {
    const { index: all, opened } = index();
    expect(await all.filters()).toEqual({ make: { Toyota: 9, Kia: 4 } });
    expect(opened).toEqual([]);
  });

  it("keeps the newer part first when scores tie, and skips a part that gave no answer", () => {
    const merged = mergeResponses(
      [{ results: [hit("new", 2)], filters: {} }, null, { results: [hit("old", 2)], filters: {} }],
      false,
    );
    expect(merged.results.map((r) => r.id)).toEqual(["new", "old"]);
  });

  it("counts values only one part has", () => {
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
