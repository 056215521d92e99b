/**
 * Hands each page to build integrations as it is rendered (src/middleware.ts
 * feeds them), so they need not read dist/ back: the headers integration
 * collects every page's inline scripts this way. Integrations install their
 * sink at build start; outside `astro build` there is none.
 */
const SINKS = Symbol.for("paddock.rendered-pages");

/** Receives the site-relative URL and the HTML of a rendered page. */
export type PageSink = (url: string, html: string) => void;

function sinks(): Map<string, PageSink> {
  const global = globalThis as Record<symbol, Map<string, PageSink> | undefined>;
  return (global[SINKS] ??= new Map());
}

export function setPageSink(name: string, sink: PageSink | undefined): void {
  if (sink) sinks().set(name, sink);
  else sinks().delete(name);
}

export function pageSinks(): PageSink[] {
  return [...sinks().values()];
}
