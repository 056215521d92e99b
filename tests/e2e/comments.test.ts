/**
 * Comments in Chromium. giscus.app is another host, so it is stubbed with
 * page.route: a tiny widget page that posts giscus-shaped metadata to the
 * article and records the setConfig messages it receives.
 */
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/e2e";

const ARTICLE = "/2012/04/lexus-to-build-cars-in-north-america-and-china/";
const TITLE = "Lexus will build cars outside Japan for the first time, starting in North America";
const ARCHIVED = 8;

const GISCUS_STUB = `<!doctype html><html><body><p>giscus stub</p><script>
  window.received = [];
  addEventListener("message", (event) => { if (event.data && event.data.giscus) window.received.push(event.data.giscus); });
  parent.postMessage({ giscus: { discussion: { id: "D_1", totalCommentCount: 5, totalReplyCount: 2, reactionCount: 1 } } }, "*");
</script></body></html>`;

const site = useBrowser();

async function openArticle(hash = ""): Promise<{ page: Page; giscusRequests: Request[] }> {
  const page = await site.newPage({ viewport: { width: 1280, height: 800 }, giscus: GISCUS_STUB });
  const giscusRequests: Request[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith("https://giscus.app/")) giscusRequests.push(request);
  });
  await page.goto(site.url(ARTICLE + hash), { waitUntil: "load" });
  return { page, giscusRequests };
}

const giscusFrame = (page: Page) => page.frames().find((frame) => frame.url().startsWith("https://giscus.app/"));

describe("live comments (giscus)", () => {
  it("load only when the reader nears them, map the post strictly, and update the count", async () => {
    const { page, giscusRequests } = await openArticle();
    await page.waitForTimeout(500);
    expect(giscusRequests).toHaveLength(0);
    expect(await page.locator("giscus-widget").count()).toBe(0);
    expect(await page.locator("#comments-heading").textContent()).toBe(`${ARCHIVED} Comments on “${TITLE}”`);

    await page.locator("#comments").scrollIntoViewIfNeeded();
    await expect.poll(() => giscusRequests.length).toBeGreaterThan(0);
    const src = new URL(giscusRequests[0]!.url());
    expect(src.pathname).toBe("/en/widget");
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      term: ARTICLE,
      strict: "1",
      emitMetadata: "1",
      theme: "light",
      repo: "paddock-demo/gazette-comments",
    });
    // 8 archived + 5 comments + 2 replies from the metadata message.
    await expect.poll(() => page.locator("#comments-heading").textContent()).toBe(`15 Comments on “${TITLE}”`);
  });

  it("ignore look-alike metadata from any other origin", async () => {
    const { page } = await openArticle();
    await page.evaluate(() =>
      window.postMessage({ giscus: { discussion: { totalCommentCount: 99, totalReplyCount: 0 } } }, "*"),
    );
    await page.waitForTimeout(200);
    expect(await page.locator("#comments-heading").textContent()).toBe(`${ARCHIVED} Comments on “${TITLE}”`);
  });

  it("load from the Show comments button, and follow the site theme both ways", async () => {
    const { page, giscusRequests } = await openArticle();
    // Clicked without scrolling, as a keyboard or screen reader user might.
    await page.locator("[data-giscus-show]").evaluate((button: HTMLButtonElement) => button.click());
    await expect.poll(() => giscusRequests.length).toBe(1);
    await expect.poll(() => giscusFrame(page)?.evaluate(() => document.readyState)).toBe("complete");
    expect(await page.locator("[data-giscus-show]").isHidden()).toBe(true);

    const themes = () =>
      giscusFrame(page)!.evaluate(() =>
        (window as unknown as { received: { setConfig?: { theme: string } }[] }).received
          .map((message) => message.setConfig?.theme)
          .filter(Boolean),
      );
    await page.getByRole("button", { name: "Dark mode" }).click();
    await expect.poll(themes).toContain("dark");
    await page.getByRole("button", { name: "Dark mode" }).click();
    await expect.poll(async () => (await themes()).at(-1)).toBe("light");
  });
});

describe("archived comments", () => {
  it("are threaded three levels deep with votes, and their anchors scroll into view", async () => {
    const { page } = await openArticle("#comment-4104");
    const comment = page.locator("#comment-4104");
    // The page scrolls smoothly to the anchor (unless the reader prefers reduced motion).
    await expect.poll(async () => (await comment.boundingBox())!.y).toBeLessThan(800);
    expect((await comment.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    // 4104 replies to a third-level comment, so it is shown on the third level.
    expect(await comment.evaluate((li) => li.dataset.depth)).toBe("3");
    expect(await page.locator(".archived .thread .thread .thread").count()).toBeGreaterThan(0);
    expect(await page.locator(".archived .thread .thread .thread .thread").count()).toBe(0);
    expect(await comment.locator(".votes").textContent()).toMatch(/^\s*9 votes\s*$/);
    const link = comment.locator(".text a");
    expect(await link.getAttribute("rel")).toBe("nofollow ugc noopener");
  });

  it("a link to a comment on a later comment page leads to that page and the comment, and back", async () => {
    // The demo pages its thread two conversations at a time: 4107 starts page 2.
    const { page } = await openArticle("#comment-4108");
    await page.waitForURL(site.url(`${ARTICLE}comment-page-2/#comment-4108`));
    const comment = page.locator("#comment-4108");
    await expect.poll(async () => (await comment.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await comment.boundingBox())!.y).toBeLessThan(800);
    expect(await page.locator("#comments-heading").textContent()).toBe(`${ARCHIVED} Comments on “${TITLE}”`);
    expect(await page.locator("#comment-4101").count()).toBe(0);
    await page.locator('nav.comment-pages a[rel="prev"]').click();
    await page.waitForURL(site.url(`${ARTICLE}#comments`));
    expect(await page.locator("#comment-4101").count()).toBe(1);
    expect(await page.locator("#comment-4107").count()).toBe(0);
  });
});
