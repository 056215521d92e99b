// The search page as a reader on a phone pays for it: for a few fixed searches, the requests and the
// bytes (compressed as a CDN serves them) until the first page of results is on screen and the
// network is idle, and the milliseconds from navigation to the first results, at full CPU and at
// CPU ×4 (Chromium's throttling, roughly a mid-range phone). Each run starts with an empty cache.
import type { Browser } from "playwright-core";
import { launchBrowser } from "../tests/support/browser";
import { serveDist, type StaticServer } from "../tests/support/static-server";

export const SEARCHES = ["/search/?q=lincoln", "/search/?q=recall+dealer", "/search/?q=lincoln&sort=relevance"];

export interface SearchCost {
  requests: number;
  kb: number;
  /** Requests and kilobytes of Pagefind alone: its script, worker, WebAssembly and index files. */
  pagefindRequests: number;
  pagefindKb: number;
  results: string;
  msToFirstResults: { cpu1: number; cpu4: number };
}

async function visit(browser: Browser, server: StaticServer, path: string, cpu: number) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await page.addInitScript(() => {
      // The status announces the count once the first page of results is on screen (none too).
      new MutationObserver((_, observer) => {
        if (!/^\d+\+? results?/.test(document.querySelector("#search-status")?.textContent ?? "")) return;
        (window as unknown as { firstResult: number }).firstResult = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    // Counted where they are served: the page's and its worker's requests alike.
    const first = server.requests.length;
    await page.goto(server.url + path);
    await page.waitForFunction(() => "firstResult" in window, undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const ms = await page.evaluate(() => (window as unknown as { firstResult: number }).firstResult);
    const status = (await page.locator("#search-status").textContent()) ?? "";
    const served = server.requests
      .map((url, id) => ({ path: new URL(url, server.url).pathname, bytes: server.sent.get(id) ?? 0 }))
      .slice(first);
    const pagefind = served.filter((entry) => entry.path.startsWith("/pagefind/"));
    const kb = (entries: typeof served) => Math.round(entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1024);
    return {
      requests: served.length,
      kb: kb(served),
      pagefindRequests: pagefind.length,
      pagefindKb: kb(pagefind),
      results: status,
      ms: Math.round(ms),
    };
  } finally {
    await context.close();
  }
}

/** The cost of each of SEARCHES on the site built in `dist`. */
export async function measureSearch(dist: string): Promise<Record<string, SearchCost>> {
  const [browser, server] = await Promise.all([launchBrowser(), serveDist(dist, { compress: true })]);
  try {
    const costs: Record<string, SearchCost> = {};
    for (const search of SEARCHES) {
      const fast = await visit(browser, server, search, 1);
      const slow = await visit(browser, server, search, 4);
      costs[search] = {
        requests: fast.requests,
        kb: fast.kb,
        pagefindRequests: fast.pagefindRequests,
        pagefindKb: fast.pagefindKb,
        results: fast.results,
        msToFirstResults: { cpu1: fast.ms, cpu4: slow.ms },
      };
    }
    return costs;
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

// `tsx scripts/bench-search.ts [dist]`: the same measurement for a site already built (the demo).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureSearch(process.argv[2] ?? "dist"), null, 2));
}
