/**
 * The setup every browser test file shares: one Chromium and one server for
 * dist/ per file, fresh contexts per page (closed after each test, even when
 * it fails), and giscus.app stubbed on request — it is another host.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { serveDist, type StaticServer } from "./static-server";

export interface BrowserSuite {
  /** The local URL of a site path. */
  url(path: string): string;
  newPage(options?: BrowserContextOptions & { giscus?: string }): Promise<Page>;
}

export function useBrowser(): BrowserSuite {
  let browser: Browser;
  let server: StaticServer;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  return {
    url: (path) => server.url + path,
    async newPage({ giscus, ...options } = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      // Without a stub, a request to giscus.app would fail: there is no network.
      await context.route("https://giscus.app/**", (route) =>
        route.fulfill({ contentType: "text/html", body: giscus ?? "<!doctype html><p>giscus stub</p>" }),
      );
      return context.newPage();
    },
  };
}
