/**
 * A reader in a real Chromium, against the built demo served from dist/.
 * The only other host, giscus.app, is stubbed (tests/support/e2e.ts).
 */
import { createRequire } from "node:module";
import type axe from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/e2e";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

const site = useBrowser();
const newPage = site.newPage;

async function open(path: string, width = 1280, setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await newPage({ viewport: { width, height: 900 } });
  await setup?.(page);
  await page.goto(site.url(path));
  return page;
}

describe("navigation by clicking", () => {
  it("home → article → author → category", async () => {
    const page = await open("/");
    const lead = page.locator("main article h2 a").first();
    const headline = (await lead.textContent())!.trim();
    await lead.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    expect(new URL(page.url()).pathname).toMatch(/^\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);

    const author = page.locator('main .byline a[rel="author"]').first();
    const authorName = (await author.textContent())!.trim();
    await author.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(authorName);
    expect(await page.locator("main article").count()).toBeGreaterThan(0);

    const kicker = page.locator("main article .kicker").first();
    const category = (await kicker.textContent())!.trim();
    await kicker.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(category);
    expect(new URL(page.url()).pathname).toMatch(/^\/category\/[a-z-]+\/$/);
  });
});

describe("theme", () => {
  it("the toggle's choice persists across a reload and is applied before the body is painted", async () => {
    const page = await open("/", 1280, async (p) => {
      // Record the theme at the moment <body> enters the document: if it is already right, nothing flashes.
      await p.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body) {
            (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
              document.documentElement.dataset.theme;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
    });
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(before).toBe("light"); // headless Chromium prefers light
    await page.getByRole("button", { name: "Dark mode" }).click();
    expect(await page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed")).toBe("true");

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(20, 21, 23)");

    await page.getByRole("button", { name: "Dark mode" }).click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  });

  it("follows the system preference until the reader chooses", async () => {
    const page = await newPage({ colorScheme: "dark" });
    await page.goto(site.url("/"));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });

  it("without JavaScript, follows the system theme and shows no dead toggle", async () => {
    const page = await newPage({ javaScriptEnabled: false, colorScheme: "dark" });
    await page.goto(site.url("/2026/09/hyundai-georgia-hybrid-line/"));
    expect(await page.getByRole("button", { name: "Dark mode" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(20, 21, 23)");
  });
});

describe("sidebar", () => {
  const ARTICLE = "/2026/09/hyundai-georgia-hybrid-line/";

  it("is fetched from /sidebar/ into its column beside the article, styled as the site's", async () => {
    const page = await open(ARTICLE);
    const sidebar = page.locator("aside.sidebar");
    await expect.poll(() => sidebar.locator("#latest-heading + ul a").count()).toBe(5);
    expect(await page.locator("[data-sidebar]").count()).toBe(0);
    expect(await sidebar.getByRole("link", { name: /dealer quote/i }).isVisible()).toBe(true);
    const [main, aside] = [(await page.locator("main").boundingBox())!, (await sidebar.boundingBox())!];
    expect(aside.x).toBeGreaterThanOrEqual(main.x + main.width);
    // Its own component styles apply: headings set in capitals.
    expect(
      await sidebar
        .locator("h2")
        .first()
        .evaluate((h) => getComputedStyle(h).textTransform),
    ).toBe("uppercase");
    // The links go where the fragment says: the newest story first.
    const newest = await sidebar.locator("#latest-heading + ul a").first().getAttribute("href");
    await sidebar.locator("#latest-heading + ul a").first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(newest);
  });

  it("without JavaScript, or when /sidebar/ cannot be fetched, leaves the ways on to the archive and contributors", async () => {
    const noScript = await newPage({ javaScriptEnabled: false });
    await noScript.goto(site.url(ARTICLE));
    let aborted = 0;
    const failed = await open(ARTICLE, 1280, async (page) => {
      await page.route("**/sidebar/", (route) => (aborted++, route.abort()));
    });
    await expect.poll(() => aborted).toBe(1);
    await failed.waitForLoadState("networkidle");
    for (const page of [noScript, failed]) {
      const slot = page.locator("aside[data-sidebar]");
      expect(await slot.getByRole("link", { name: "Every story by date" }).isVisible()).toBe(true);
      expect(await slot.getByRole("link", { name: /Contributors/ }).getAttribute("href")).toBe("/contributors/");
    }
  });
});

describe("keyboard", () => {
  it("the first Tab reaches a visible skip link that moves focus to the main content", async () => {
    const page = await open("/2026/09/hyundai-georgia-hybrid-line/", 390);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.textContent()).toBe("Skip to content");
    const box = (await focused.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    // The next stop is inside the article, not back in the header.
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
  });
});

describe("accessibility (axe-core)", () => {
  const paths = [
    "/",
    "/2026/09/hyundai-georgia-hybrid-line/",
    "/category/industry/",
    "/contributors/",
    "/search/?q=hybrid",
    "/styleguide/",
    "/2026/08/bmw-ix3-first-drive/",
  ];
  const views = [
    { name: "phone", width: 390, theme: "light" },
    { name: "desktop", width: 1280, theme: "light" },
    { name: "desktop, dark theme", width: 1280, theme: "dark" },
  ];

  for (const view of views) {
    it(`has no violations on ${paths.length} key pages at ${view.name}`, async () => {
      const page = await newPage({
        viewport: { width: view.width, height: 900 },
        colorScheme: view.theme as "light" | "dark",
        // axe is injected as a script, which the site's CSP rightly refuses (the CSP has its own test).
        bypassCSP: true,
      });
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(site.url(path));
        // The search page fills in its results and filters after load; check it once they are there.
        if (path.startsWith("/search/")) await page.locator("#search-results li").first().waitFor();
        await page.addScriptTag({ path: AXE });
        const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
        expect(result.passes.length, `axe ran its checks on ${path}`).toBeGreaterThan(10);
        for (const v of result.violations) {
          violations.push(`${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
