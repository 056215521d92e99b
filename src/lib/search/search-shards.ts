/**
 * The search index comes in several Pagefind indexes, each over a run of
 * whole years (src/integrations/search-index.ts). This puts them back
 * together behind Pagefind's own interface, for the search page and the tests
 * alike.
 *
 * Pagefind's mergeIndex would search them all too, but it orders merged
 * results by score even when asked for newest first (an index conveys its
 * date order as scores counting down to 0, so no weighting of the indexes can
 * keep them apart). The indexes hold disjoint dates, so results sorted by date
 * are simply each index's in turn, newest first; by relevance they are
 * ordered by score, as Pagefind does.
 */
export type Counts = Record<string, Record<string, number>>;

export interface PagefindHit<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

export interface PagefindResponse<Data> {
  results: PagefindHit<Data>[];
  filters: Counts;
}

/** What the search page uses of one Pagefind instance (pagefind.js, `createInstance`). */
export interface PagefindIndex<Data> {
  options(options: object): Promise<void>;
  filters(): Promise<Counts>;
  search(query: string | null, options?: object): Promise<PagefindResponse<Data> | null>;
}

/** All the indexes as one; a search always answers. */
export interface ShardedIndex<Data> extends PagefindIndex<Data> {
  search(query: string | null, options?: object): Promise<PagefindResponse<Data>>;
}

export interface PagefindModule<Data> {
  createInstance(options: { basePath: string }): PagefindIndex<Data>;
}

/** dist/pagefind/shards.json: the folders of the indexes, newest articles first. */
export const SHARDS_FILE = "shards.json";

export interface Shard<File> {
  /** Its folder under dist/pagefind/: "2019" or "2016-2018". */
  name: string;
  years: string[];
  files: File[];
}

/**
 * Whole years, oldest first, in runs of at least `atLeast` articles (the
 * newest run may hold fewer). Old years rarely change and new articles land
 * in the newest, small run: an edit re-indexes a few thousand articles, not
 * the archive, and a search opens a handful of indexes, not one per year.
 *
 * A part for the newest month alone re-indexed a new story in 0.6 s instead of
 * 9 s at 10,000 posts, but Pagefind scores a word by its rarity within one
 * index: in a small part every match scores lower, and by relevance the newest
 * stories sank below older ones. Parts stay large until results are scored
 * across parts alike.
 */
export function groupShards<File>(byYear: ReadonlyMap<string, File[]>, atLeast: number): Shard<File>[] {
  const shards: Shard<File>[] = [];
  let current: Shard<File> | undefined;
  for (const year of [...byYear.keys()].sort()) {
    if (!current || current.files.length >= atLeast) {
      current = { name: year, years: [], files: [] };
      shards.push(current);
    }
    current.years.push(year);
    current.files.push(...byYear.get(year)!);
    current.name = current.years.length > 1 ? `${current.years[0]}-${year}` : year;
  }
  return shards;
}

/** The counts of several disjoint indexes added up, value by value. */
export function addCounts(all: readonly Counts[]): Counts {
  const total: Counts = {};
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts)) {
      const sum = (total[filter] ??= {});
      for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return total;
}

/** One response from each index's, given newest first. */
export function mergeResponses<Data>(
  responses: readonly (PagefindResponse<Data> | null)[],
  byDate: boolean,
): PagefindResponse<Data> {
  const present = responses.filter((response) => response !== null);
  const results = present.flatMap((response) => response.results);
  // Array sort is stable: equal scores keep the newer index first.
  if (!byDate) results.sort((a, b) => b.score - a.score);
  return { results, filters: addCounts(present.map((response) => response.filters)) };
}

/** Several indexes, newest first, searched as one. */
export function shardedIndex<Data>(indexes: readonly PagefindIndex<Data>[]): ShardedIndex<Data> {
  return {
    async options(options) {
      await Promise.all(indexes.map((index) => index.options(options)));
    },
    async filters() {
      return addCounts(await Promise.all(indexes.map((index) => index.filters())));
    },
    async search(query, options = {}) {
      const responses = await Promise.all(indexes.map((index) => index.search(query, options)));
      const sort = (options as { sort?: object }).sort;
      return mergeResponses(responses, sort !== undefined && Object.keys(sort).length > 0);
    },
  };
}

/**
 * Opens every index under `basePath` (ending in /). Each gets its own copy of
 * pagefind.js, loaded by `load` from the URL given: a copy keeps its
 * WebAssembly state in module globals, which two indexes cannot share.
 */
export async function openShards<Data>(
  basePath: string,
  load: (url: string) => Promise<PagefindModule<Data>>,
): Promise<ShardedIndex<Data>> {
  const response = await fetch(`${basePath}${SHARDS_FILE}`);
  const shards: unknown = response.ok ? await response.json() : undefined;
  if (!Array.isArray(shards) || !shards.every((shard) => typeof shard === "string")) {
    throw new Error(`${basePath}${SHARDS_FILE}: expected a list of index folders`);
  }
  const modules = await Promise.all(shards.map((shard) => load(`${basePath}pagefind.js?index=${shard}`)));
  return shardedIndex(modules.map((module, i) => module.createInstance({ basePath: `${basePath}${shards[i]}/` })));
}
