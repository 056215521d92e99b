/**
 * The Content-Security-Policy from dist/_headers, enforced by Chromium while
 * a reader uses every feature: theme toggle, search (Pagefind's WebAssembly)
 * and live comments (the giscus frame, stubbed: giscus.app is another host).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { serveDist, type StaticServer } from "../support/static-server";

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

async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route("https://giscus.app/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><p>giscus stub</p>" }),
  );
  return { page, violations };
}

describe("Content-Security-Policy", () => {
  it("is sent, and nothing the site does is blocked by it", async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${server.url}/`);
    expect(response!.headers()["content-security-policy"]).toContain("frame-src https://giscus.app");

    await page.getByRole("button", { name: "Dark mode" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");

    await page.goto(`${server.url}/search/?q=hybrid`);
    await page.locator("#search-results li").first().waitFor();

    await page.goto(`${server.url}/2012/04/lexus-to-build-cars-in-north-america-and-china/`);
    await page.locator("#comments").scrollIntoViewIfNeeded();
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith("https://giscus.app/"))).toBe(true);

    expect(violations).toEqual([]);
  });

  it("blocks a script it does not know", async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });
});
