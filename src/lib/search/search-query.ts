/**
 * The search page's state and its URL: ?q=…&category=…&make=…&sort=relevance.
 * Shared links and the back button restore exactly what the reader saw.
 */
export const SEARCH_FILTERS = ["category", "make", "author", "year"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  /** Newest first unless the reader asks for relevance. */
  sort: "date" | "relevance";
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter(Boolean))]]),
  ) as SearchState["filters"];
  return {
    query: (params.get("q") ?? "").trim(),
    filters,
    sort: params.get("sort") === "relevance" ? "relevance" : "date",
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === "relevance") params.set("sort", "relevance");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Pagefind's search options: several values of one filter widen (any), different filters narrow (all). */
export function pagefindOptions(state: SearchState) {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  return {
    filters,
    ...(state.sort === "date" ? { sort: { date: "desc" as const } } : {}),
  };
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== "" || SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}
