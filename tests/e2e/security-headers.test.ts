/**
 * The Content-Security-Policy from dist/_headers, enforced by Chromium while
 * a reader uses every feature: theme toggle, search (Pagefind's WebAssembly)
 * and live comments (the giscus frame, stubbed: giscus.app is another host).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/e2e";

const site = useBrowser();

async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await site.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe("Content-Security-Policy", () => {
  it("is sent, and nothing the site does is blocked by it", async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(site.url("/"));
    expect(response!.headers()["content-security-policy"]).toContain("frame-src https://giscus.app");

    await page.getByRole("button", { name: "Dark mode" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");

    await page.goto(site.url("/search/?q=hybrid"));
    await page.locator("#search-results li").first().waitFor();

    await page.goto(site.url("/2012/04/lexus-to-build-cars-in-north-america-and-china/"));
    await page.locator("#comments").scrollIntoViewIfNeeded();
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith("https://giscus.app/"))).toBe(true);

    // A video on the style guide: its player's origin is framed too.
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><p>player stub</p>" }),
    );
    await page.goto(site.url("/styleguide/"));
    await page.getByRole("button", { name: /Play video/ }).click();
    await expect.poll(() => page.frames().some((frame) => frame.url().includes("youtube-nocookie.com"))).toBe(true);

    expect(violations).toEqual([]);
  });

  it("blocks a script it does not know", async () => {
    const { page, violations } = await watchedPage();
    await page.goto(site.url("/"));
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });
});
