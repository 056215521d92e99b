/**
 * Hands article pages to the search indexer while the build renders them, so
 * Pagefind (its own process) indexes on the second core instead of reading
 * every page back from dist/ at the end. The build integration installs the
 * sink; the middleware feeds it. Outside `astro build` there is no sink.
 */
const SINK = Symbol.for("paddock.search-pages");

export type SearchPageSink = (url: string, html: string) => void;

/** Article permalinks: /YYYY/MM/slug/. */
export const isArticlePath = (path: string) => /^\/\d{4}\/\d{2}\/(?!page\/)[^/]+\/$/.test(path);

export function setSearchPageSink(sink: SearchPageSink | undefined): void {
  (globalThis as Record<symbol, unknown>)[SINK] = sink;
}

export function searchPageSink(): SearchPageSink | undefined {
  return (globalThis as Record<symbol, unknown>)[SINK] as SearchPageSink | undefined;
}
