/**
 * Pagefind's own browser API, loaded in Node from the built site over HTTP
 * (it fetches its index and WebAssembly relative to its URL).
 */
export interface PagefindResult {
  url: string;
  excerpt: string;
  /** The whole indexed text of the page. */
  content: string;
  meta: Record<string, string>;
}

export interface Pagefind {
  search(
    query: string | null,
    options?: object,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export async function loadPagefind(baseUrl: string): Promise<Pagefind> {
  const source = await (await fetch(`${baseUrl}/pagefind/pagefind.js`)).text();
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
  await module.options({ basePath: `${baseUrl}/pagefind/` });
  await module.init();
  return module as Pagefind;
}

export async function resultUrls(response: { results: { data(): Promise<PagefindResult> }[] }): Promise<string[]> {
  const data = await Promise.all(response.results.map((result) => result.data()));
  return data.map((item) => new URL(item.url).pathname);
}
