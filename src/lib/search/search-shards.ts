/**
 * The search index comes in several Pagefind indexes ("parts"), each over a
 * run of whole months (src/integrations/search-index.ts). This puts them back
 * together behind Pagefind's own interface, for the search page and the tests
 * alike, at the cost of the parts a search needs:
 *
 * - One copy of Pagefind's script, worker and WebAssembly serves every part
 *   (one module, one instance per part, sharing the module's WebAssembly).
 * - Newest first, parts are searched one after another from the newest, only
 *   until there are results enough to show: a reader who looks at the first
 *   page of results pays for the newest part alone. By relevance every part is
 *   searched, since any of them may hold the best match.
 * - The counts of every filter over the whole archive come from the build
 *   (shards.json), so the page shows them before any part is opened.
 * - A search's own counts cost each part its filter files (four files, about
 *   a fifth of a part's bytes): they are loaded only once the page asks for
 *   counts (`countFilters`), as it does when its filters are on screen.
 *
 * Pagefind's mergeIndex would search parts together too, but it orders merged
 * results by score even when asked for newest first (an index conveys its date
 * order as scores counting down to 0, so no weighting of the indexes can keep
 * them apart). The parts hold disjoint dates, so results sorted by date are
 * simply each part's in turn, newest first; by relevance they are ordered by
 * score, as Pagefind does.
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

export interface PagefindModule<Data> {
  createInstance(options: { basePath: string }): PagefindIndex<Data>;
}

/** A search over the parts that answered it so far. */
export interface PartialResponse<Data> extends PagefindResponse<Data> {
  /** Every part answered: the results and the counts are all there are. Else they are at least these. */
  complete: boolean;
  /** How many parts answered, newest first: searched, or passed over as holding none of the years asked for. */
  parts: number;
}

/** How much of the archive a search must cover before it answers. */
export interface Coverage {
  /** Newest first, search older parts until there are this many results (default: all of them). */
  atLeast?: number;
  /** And until at least this many parts have answered. */
  parts?: number;
}

/** All the parts as one. */
export interface ShardedIndex<Data> {
  /** Pagefind's options, for every part (set before the first search). */
  options(options: object): Promise<void>;
  /** Every filter's values and counts over the whole archive. */
  filters(): Promise<Counts>;
  /**
   * From now on every part searched loads its filter files, so that responses count the values of
   * every filter. Until then they count only the filters a search is narrowed by.
   */
  countFilters(): Promise<void>;
  /** Whether countFilters has been asked for. */
  readonly counting: boolean;
  search(query: string | null, options?: object, coverage?: Coverage): Promise<PartialResponse<Data>>;
}

/**
 * dist/pagefind/shards.json: the parts, newest first, and the counts of every filter value over
 * all of them.
 */
export const SHARDS_FILE = "shards.json";

export interface Manifest {
  parts: { name: string; years: string[] }[];
  filters: Counts;
}

export interface Shard<File> {
  /** Its folder under dist/pagefind/: "2026-05" or "2016-01_2018-03", its first and last month. */
  name: string;
  /** The years its articles are filed under (their year filter), sorted. */
  years: string[];
  files: File[];
}

/** An article to index, with the month it was published ("2026-05") and its year filter. */
export interface DatedArticle<File> {
  file: File;
  month: string;
  year: string;
}

/** Runs of the newest part's size that make one older part. */
const RUNS_PER_PART = 4;

/**
 * Whole months, oldest first, in runs of at least `atLeast` articles; a newest run of fewer than
 * half that joins the run before it. The newest run is a part of its own, and older runs make
 * parts of RUNS_PER_PART runs each (the runs not yet enough for one are parts of their own). New
 * articles land in the newest part: a new story re-indexes 500 to 1,500 articles at the default
 * `atLeast` whatever the archive's size, an edit to an older story a part of about 4,000; once
 * every RUNS_PER_PART runs, four runs are indexed anew as one part; and a search by relevance
 * opens about one part per 4,600 articles (13 at 60,000 posts).
 *
 * Pagefind scores a word by its rarity within one index, so a small index scores every match lower:
 * with a part for the newest month alone (0.6 s to re-index a new story instead of 9 s at 10,000
 * posts), the newest stories sank below older ones by relevance. So no part is much smaller than
 * `atLeast` (a word found once weighs a sixth less in a part of 1,000 than in one of 4,000). Parts of
 * whole years were as large as a year, 5,000 articles re-indexed for each new story at 60,000
 * posts, and a part of a few articles every January.
 */
export function groupShards<File>(articles: readonly DatedArticle<File>[], atLeast: number): Shard<File>[] {
  const byMonth = new Map<string, DatedArticle<File>[]>();
  for (const article of articles) {
    const month = byMonth.get(article.month);
    if (month) month.push(article);
    else byMonth.set(article.month, [article]);
  }
  type Run = { months: string[]; articles: DatedArticle<File>[] };
  const runs: Run[] = [];
  for (const month of [...byMonth.keys()].sort()) {
    let run = runs.at(-1);
    if (!run || run.articles.length >= atLeast) {
      run = { months: [], articles: [] };
      runs.push(run);
    }
    run.months.push(month);
    run.articles.push(...byMonth.get(month)!);
  }
  const join = (group: Run[]): Run => ({
    months: group.flatMap((run) => run.months),
    articles: group.flatMap((run) => run.articles),
  });
  if (runs.length > 1 && runs.at(-1)!.articles.length < atLeast / 2) runs.push(join(runs.splice(-2)));
  const newest = runs.pop();
  const parts: Run[] = [];
  const whole = runs.length - (runs.length % RUNS_PER_PART);
  for (let i = 0; i < whole; i += RUNS_PER_PART) parts.push(join(runs.slice(i, i + RUNS_PER_PART)));
  parts.push(...runs.slice(whole));
  if (newest) parts.push(newest);
  return parts.map(({ months, articles: run }) => ({
    name: months.length > 1 ? `${months[0]}_${months.at(-1)}` : months[0]!,
    years: [...new Set(run.map((article) => article.year))].sort(),
    files: run.map((article) => article.file).sort(),
  }));
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

/** One response from several parts' responses, given newest first. */
export function mergeResponses<Data>(
  responses: readonly (PagefindResponse<Data> | null)[],
  byDate: boolean,
): PagefindResponse<Data> {
  const present = responses.filter((response) => response !== null);
  const results = present.flatMap((response) => response.results);
  // Array sort is stable: equal scores keep the newer part first.
  if (!byDate) results.sort((a, b) => b.score - a.score);
  return { results, filters: addCounts(present.map((response) => response.filters)) };
}

/** The years a search is narrowed to, if it is (`filters: { year: { any: [...] } }`). */
function yearsAsked(options: object): Set<string> | undefined {
  const year = (options as { filters?: { year?: unknown } }).filters?.year;
  if (!year || typeof year !== "object" || !Array.isArray((year as { any?: unknown }).any)) return undefined;
  const keys = Object.keys(year);
  return keys.length === 1 ? new Set((year as { any: string[] }).any) : undefined;
}

/**
 * The parts (newest first) as one index. `open(i)` gives part i's Pagefind instance; each is
 * opened once, the first time a search needs it.
 */
export function shardedIndex<Data>(
  manifest: Manifest,
  open: (part: number) => PagefindIndex<Data> | Promise<PagefindIndex<Data>>,
): ShardedIndex<Data> {
  let settings: object | undefined;
  let counting = false;
  const opened = new Map<number, Promise<PagefindIndex<Data>>>();
  const part = (i: number) => {
    let instance = opened.get(i);
    if (!instance) {
      instance = (async () => {
        const index = await open(i);
        if (settings) await index.options(settings);
        // Pagefind counts a search's filter values only from the filter files it has loaded.
        if (counting) await index.filters();
        return index;
      })();
      opened.set(i, instance);
    }
    return instance;
  };
  const searchPart = async (i: number, query: string | null, options: object) => (await part(i)).search(query, options);

  return {
    async options(options) {
      settings = options;
      await Promise.all([...opened.values()].map(async (index) => (await index).options(options)));
    },
    async filters() {
      return manifest.filters;
    },
    get counting() {
      return counting;
    },
    async countFilters() {
      counting = true;
      // A part still opening has it too: filters() loads each file once however often it is asked.
      await Promise.all([...opened.values()].map(async (index) => (await index).filters()));
    },
    async search(query, options = {}, { atLeast = Infinity, parts: minParts = 0 } = {}) {
      const sort = (options as { sort?: object }).sort;
      const byDate = sort !== undefined && Object.keys(sort).length > 0;
      const years = yearsAsked(options);
      const holds = (i: number) => !years || manifest.parts[i]!.years.some((year) => years.has(year));
      const all = manifest.parts.map((_, i) => i);
      if (!byDate) {
        // Any part may hold the best match: all of them, at once.
        const responses = await Promise.all(all.map((i) => (holds(i) ? searchPart(i, query, options) : null)));
        return { ...mergeResponses(responses, false), complete: true, parts: all.length };
      }
      const responses: (PagefindResponse<Data> | null)[] = [];
      let found = 0;
      for (const i of all) {
        if (found >= atLeast && i >= minParts) break;
        const response = holds(i) ? await searchPart(i, query, options) : null;
        found += response?.results.length ?? 0;
        responses.push(response);
      }
      return {
        ...mergeResponses(responses, true),
        complete: responses.length === all.length,
        parts: responses.length,
      };
    },
  };
}

function readManifest(file: string, manifest: unknown): Manifest {
  const parts = (manifest as Partial<Manifest> | null)?.parts;
  const filters = (manifest as Partial<Manifest> | null)?.filters;
  const valid =
    Array.isArray(parts) &&
    parts.every(
      (part) =>
        typeof part?.name === "string" &&
        /^[\w-]+$/.test(part.name) &&
        Array.isArray(part.years) &&
        part.years.every((year) => typeof year === "string"),
    ) &&
    typeof filters === "object" &&
    filters !== null;
  if (!valid) throw new Error(`${file}: expected { parts: [{ name, years }], filters }`);
  return { parts, filters };
}

/**
 * Opens the parts under `basePath` (ending in /): one copy of pagefind.js, loaded by `load` when
 * the first search needs it, and an instance of it per part. The instances share the module's
 * WebAssembly (the build makes pagefind.js load it once, src/integrations/search-index.ts).
 */
export async function openShards<Data>(
  basePath: string,
  load: (url: string) => Promise<PagefindModule<Data>>,
): Promise<ShardedIndex<Data>> {
  const file = `${basePath}${SHARDS_FILE}`;
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  const manifest = readManifest(file, await response.json());
  let module: Promise<PagefindModule<Data>> | undefined;
  return shardedIndex(manifest, async (i) => {
    module ??= load(`${basePath}pagefind.js`);
    return (await module).createInstance({ basePath: `${basePath}${manifest.parts[i]!.name}/` });
  });
}
