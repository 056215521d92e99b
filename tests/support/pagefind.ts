/**
 * Pagefind's own browser API, loaded in Node from the built site over HTTP
 * (it fetches its index and WebAssembly relative to its URL).
 */
import { openShards, type PagefindModule, type ShardedIndex } from "../../src/lib/search/search-shards";

export interface PagefindResult {
  url: string;
  excerpt: string;
  /** The whole indexed text of the page. */
  content: string;
  meta: Record<string, string>;
}

export type Pagefind = ShardedIndex<PagefindResult>;

/** Every part, searched together exactly as the search page does (src/lib/search/search-shards.ts). */
export async function loadPagefind(baseUrl: string): Promise<Pagefind> {
  return openShards(`${baseUrl}/pagefind/`, async (url) => {
    // Node imports no module over HTTP: the script as the server serves it, from a data: URL. The
    // URL in a comment makes it a module of its own per server, as a page load would.
    const source = `${await (await fetch(url)).text()}\n// ${url}`;
    return (await import(
      `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
    )) as PagefindModule<PagefindResult>;
  });
}

export async function resultUrls(response: { results: { data(): Promise<PagefindResult> }[] }): Promise<string[]> {
  const data = await Promise.all(response.results.map((result) => result.data()));
  return data.map((item) => new URL(item.url).pathname);
}
