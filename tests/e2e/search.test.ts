/** Searching the built demo in Chromium: header form → results → filters → article, with the URL as state. */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/e2e";

const site = useBrowser();
const newPage = (javaScriptEnabled = true) => site.newPage({ javaScriptEnabled });

const resultTitles = (page: Page) => page.locator("#search-results h2 a").allTextContents();

describe("search page", () => {
  it("takes a query from the header, filters by make, keeps it all in the URL and opens a result", async () => {
    const page = await newPage();
    await page.goto(site.url("/2026/09/hyundai-georgia-hybrid-line/"));
    await page.getByRole("searchbox", { name: "Search stories" }).first().fill("hybrid");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=hybrid$/);
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^\d+ results? for “hybrid”$/);
    const all = await resultTitles(page);
    expect(all.length).toBeGreaterThan(1);

    await page.getByRole("checkbox", { name: /^Hyundai/ }).check();
    await page.waitForURL(/make=Hyundai/);
    await expect.poll(() => resultTitles(page)).not.toEqual(all);
    const filtered = await resultTitles(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);

    // The back button returns to the unfiltered search; forward restores the filter.
    await page.goBack();
    await expect.poll(() => resultTitles(page)).toEqual(all);
    expect(await page.getByRole("checkbox", { name: /^Hyundai/ }).isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => resultTitles(page)).toEqual(filtered);

    await page.locator("#search-results h2 a").first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(filtered[0]);
  });

  it("restores a shared search from its URL, newest first unless relevance is asked for", async () => {
    const page = await newPage();
    await page.goto(site.url("/search/?make=Toyota"));
    await expect.poll(() => resultTitles(page)).toHaveLength(3);
    const dates = await page.locator("#search-results .meta").allTextContents();
    const times = dates.map((text) => Date.parse(text.split(" · ")[1]!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await page.getByRole("checkbox", { name: /^Toyota/ }).isChecked()).toBe(true);

    await page.getByLabel("Sort by").selectOption("relevance");
    await page.waitForURL(/sort=relevance/);
  });

  it("without JavaScript, the header form still reaches the search page, which says what it needs", async () => {
    const page = await newPage(false);
    await page.goto(site.url("/"));
    await page.getByRole("searchbox", { name: "Search stories" }).first().fill("Le Mans");
    await page.getByRole("button", { name: "Search" }).first().click();
    await page.waitForURL(/\/search\/\?q=Le\+Mans$/);
    expect(await page.locator("#search-status").textContent()).toContain("Search needs JavaScript");
  });
});
