/**
 * Hands each page to the headers integration as it is rendered
 * (src/middleware.ts feeds it), so it need not read dist/ back to find every
 * page's inline scripts. The integration installs the sink at build start;
 * outside `astro build` there is none.
 */
const SINK = Symbol.for("paddock.rendered-pages");

/** Receives the site-relative URL and the HTML of a rendered page. */
export type PageSink = (url: string, html: string) => void;

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as Record<symbol, PageSink | undefined>)[SINK] = sink;
}

export function pageSink(): PageSink | undefined {
  return (globalThis as Record<symbol, PageSink | undefined>)[SINK];
}
