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

  it("pages through more results newest first across the parts, with one copy of Pagefind for all of them", async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await page.goto(site.url("/search/?q=the"));
    await expect.poll(() => resultTitles(page)).toHaveLength(10);
    await page.getByRole("button", { name: "More results" }).click();
    await expect.poll(() => resultTitles(page)).toHaveLength(12);
    expect(await page.getByRole("button", { name: "More results" }).isHidden()).toBe(true);
    expect(await page.locator("#search-status").textContent()).toBe("12 results for “the”");
    const times = (await page.locator("#search-results .meta").allTextContents()).map((text) =>
      Date.parse(text.split(" · ")[1]!),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Both parts answered (their years span the whole list), through one script, worker and WebAssembly.
    expect(new Set(times.map((time) => new Date(time).getFullYear())).size).toBeGreaterThan(2);
    const shared = fetched.filter((path) =>
      /^\/pagefind\/(pagefind|pagefind-worker)\.js|^\/pagefind\/wasm\./.test(path),
    );
    expect(shared.sort()).toEqual([
      "/pagefind/pagefind-worker.js",
      "/pagefind/pagefind.js",
      "/pagefind/wasm.en-us.pagefind",
    ]);
  });

  it("narrowed to a year, shows that year's results and exact counts for the other years", async () => {
    const page = await newPage();
    await page.goto(site.url("/search/?q=the&year=2012"));
    await expect.poll(() => resultTitles(page)).toHaveLength(1);
    expect(await page.locator("#search-status").textContent()).toBe("1 result for “the”");
    // Every story has "the": each year's count is its number of stories, none "at least".
    const label = page.locator("#search-facets label", { has: page.getByRole("checkbox", { name: /^2026/ }) });
    expect(await label.locator(".count").textContent()).toBe("(8)");
    expect(await page.locator("#search-facets .count").allTextContents()).not.toContainEqual(
      expect.stringMatching(/\+/),
    );
  });

  it("on a phone, loads the filter counts only when the folded filters are opened", async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const filterFiles: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".pf_filter")) filterFiles.push(request.url());
    });
    await page.goto(site.url("/search/?q=the&sort=relevance"));
    await expect.poll(() => resultTitles(page)).toHaveLength(10);
    expect(await page.locator("#search-filters").getAttribute("open")).toBeNull();
    expect(filterFiles).toEqual([]);
    expect(await page.locator("#search-facets .count").count()).toBe(0);

    await page.locator("#search-filters summary").click();
    // By relevance every part has answered: exact counts, each year's its number of stories.
    const label = page.locator("#search-facets label", { has: page.getByRole("checkbox", { name: /^2026/ }) });
    await expect.poll(() => label.locator(".count").textContent()).toBe("(8)");
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(await resultTitles(page)).toHaveLength(10);
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
