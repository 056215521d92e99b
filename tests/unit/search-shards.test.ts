import { describe, expect, it } from "vitest";
import {
  addCounts,
  groupShards,
  mergeResponses,
  shardedIndex,
  type PagefindIndex,
} from "../../src/lib/search/search-shards";

const hit = (id: string, score: number) => ({ id, score, data: async () => id });

/** The parts whose filter files were loaded (filters() asked), by the first id each holds. */
const filterFilesLoaded = new Set<string>();

/** A part that answers from a fixed list. */
function part(hits: { id: string; score: number }[], counts: Record<string, number>): PagefindIndex<string> {
  return {
    options: async () => {},
    filters: async () => {
      filterFilesLoaded.add(hits[0]!.id);
      return { make: counts };
    },
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

  it("loads no part's filter files until counts are asked for, then those of every part it searches", async () => {
    filterFilesLoaded.clear();
    const { index: all } = index();
    await all.search("x", byDate, { atLeast: 1 });
    expect(filterFilesLoaded).toEqual(new Set());
    await all.countFilters();
    expect(filterFilesLoaded).toEqual(new Set(["2026-b"]));
    await all.search("x", byDate, { atLeast: 0, parts: 2 });
    expect(filterFilesLoaded).toEqual(new Set(["2026-b", "2025-a"]));
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
  /** `count` articles of a month, named "<month>/<n>". */
  const month = (name: string, count: number, year = name.slice(0, 4)) =>
    Array.from({ length: count }, (_, i) => ({ file: `${name}/${i}`, month: name, year }));

  it("makes runs of whole months, oldest first, each reaching the size before the next starts", () => {
    const articles = [...month("2018-03", 3), ...month("2016-01", 1), ...month("2016-07", 2), ...month("2019-02", 2)];
    const shards = groupShards(articles, 3);
    expect(shards.map(({ name, years }) => ({ name, years }))).toEqual([
      { name: "2016-01_2016-07", years: ["2016"] },
      { name: "2018-03", years: ["2018"] },
      { name: "2019-02", years: ["2019"] },
    ]);
    expect(shards[0]!.files).toEqual(["2016-01/0", "2016-07/0", "2016-07/1"]);
  });

  it("joins a newest run of less than half the size to the one before, so no part is much smaller", () => {
    const articles = [...month("2025-11", 4), ...month("2025-12", 1)];
    expect(groupShards(articles, 4).map((shard) => shard.name)).toEqual(["2025-11_2025-12"]);
    expect(groupShards([...articles, ...month("2026-01", 1)], 4).map((shard) => shard.name)).toEqual([
      "2025-11",
      "2025-12_2026-01",
    ]);
  });

  it("keeps the newest run a part of its own and makes older parts of four runs", () => {
    const months = ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07"];
    const articles = months.flatMap((name) => month(name, 3));
    expect(groupShards(articles, 3).map((shard) => shard.name)).toEqual([
      "2020-01_2020-04",
      "2020-05",
      "2020-06",
      "2020-07",
    ]);
    // The newest run closed: the runs before it are already parts and stay as they were.
    expect(groupShards([...articles, ...month("2020-08", 2)], 3).map((shard) => shard.name)).toEqual([
      "2020-01_2020-04",
      "2020-05",
      "2020-06",
      "2020-07",
      "2020-08",
    ]);
    // Four runs before the newest: one part.
    expect(groupShards([...articles, ...month("2020-08", 3), ...month("2020-09", 3)], 3).map((s) => s.name)).toEqual([
      "2020-01_2020-04",
      "2020-05_2020-08",
      "2020-09",
    ]);
  });

  it("lists the years its articles are filed under, which a late-evening story can differ from its month in", () => {
    const shards = groupShards([...month("2026-01", 1, "2025"), ...month("2026-01", 1)], 10);
    expect(shards).toEqual([{ name: "2026-01", years: ["2025", "2026"], files: ["2026-01/0", "2026-01/0"] }]);
  });

  it("keeps a small archive in one index, and makes none without articles", () => {
    expect(groupShards([...month("2016-01", 2), ...month("2019-12", 1)], 100).map((shard) => shard.name)).toEqual([
      "2016-01_2019-12",
    ]);
    expect(groupShards([], 100)).toEqual([]);
  });
});
