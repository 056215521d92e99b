/**
 * Hands each page to the headers integration as it is rendered
 * (src/middleware.ts feeds it), so it need not read dist/ back to find every
 * page's inline scripts. The integration installs the sink at build start;
 * outside `astro build` there is none.
 */
import { processSlot } from "./process-slot";

/** Receives the site-relative URL and the HTML of a rendered page. */
export type PageSink = (url: string, html: string) => void;

const sink = processSlot<PageSink>("rendered-pages");
export const setPageSink = sink.set;
export const pageSink = sink.get;
