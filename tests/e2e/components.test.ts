/**
 * Video, Gallery and imported block layouts in Chromium. The video player lives on another
 * host (youtube-nocookie.com), so it is stubbed with a small page.
 */
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/e2e";

const site = useBrowser();

describe("Video", () => {
  it("requests nothing from YouTube until play is pressed, then plays from the privacy-enhanced domain", async () => {
    const page = await site.newPage();
    const requests: string[] = [];
    await page.route("https://www.youtube-nocookie.com/**", (route) => {
      requests.push(route.request().url());
      return route.fulfill({ contentType: "text/html", body: "<!doctype html><p>player stub</p>" });
    });
    page.on("request", (request) => {
      if (/youtube|ytimg|vimeo/.test(new URL(request.url()).hostname)) requests.push(request.url());
    });
    await page.goto(site.url("/styleguide/"));
    await page.locator(".video").scrollIntoViewIfNeeded();
    expect(requests).toEqual([]);
    await page.getByRole("button", { name: /Play video: A lap of the test track/ }).click();
    const player = page.locator(".video iframe");
    await expect
      .poll(() => player.getAttribute("src"))
      .toBe("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1");
    expect(await player.getAttribute("title")).toBe("A lap of the test track");
  });
});

describe("Gallery", () => {
  it("opens the large image in a dialog, steps with the arrow keys, and closes with Escape back to the thumbnail", async () => {
    const page = await site.newPage();
    await page.goto(site.url("/styleguide/"));
    const thumbnails = page.locator(".gallery ul a");
    await thumbnails.first().focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator(".gallery dialog");
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.locator("img").getAttribute("alt")).toBe("A white electric SUV on a road at sunset");
    expect(await dialog.locator(".position").textContent()).toBe("Image 1 of 2");
    await page.keyboard.press("ArrowRight");
    expect(await dialog.locator("img").getAttribute("alt")).toBe("Cars on an assembly line");
    expect(await dialog.locator(".caption").textContent()).toBe("On the line");
    // The buttons step too, for touch and screen-reader users.
    await dialog.getByRole("button", { name: "Next" }).click();
    expect(await dialog.locator(".position").textContent()).toBe("Image 1 of 2");
    await dialog.getByRole("button", { name: "Previous" }).click();
    expect(await dialog.locator(".position").textContent()).toBe("Image 2 of 2");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    // The dialog's close handler returns focus a moment after it reports closed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector("img")?.alt))
      .toBe("Cars on an assembly line");
  });
});

describe("newsletter sign-up", () => {
  it("works without JavaScript: the provider (stubbed, another host) sends the reader to the thanks page", async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    let posted = "";
    await page.route("https://newsletter.paddock.example/**", async (route) => {
      posted = route.request().postData() ?? "";
      await route.fulfill({ status: 303, headers: { location: site.url("/newsletter/thanks/") } });
    });
    await page.goto(site.url("/2026/09/hyundai-georgia-hybrid-line/"));
    await page.getByLabel("Your e-mail address").fill("reader@example.com");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await page.waitForURL(/\/newsletter\/thanks\/$/);
    expect(await page.locator("h1").textContent()).toBe("Thanks for subscribing");
    expect(new URLSearchParams(posted).get("email")).toBe("reader@example.com");
    expect(new URLSearchParams(posted).get("website")).toBe("");
  });
});

describe("imported block-editor layouts", () => {
  async function columnBoxes(width: number) {
    const page = await site.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.url("/styleguide/#imported-layouts"));
    const columns = page.locator(".block-columns > .block-column");
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await columns.nth(i).boundingBox())!));
    const button = page.locator(".block-buttons .button-link").first();
    const style = await button.evaluate((a) => {
      const css = getComputedStyle(a);
      return { background: css.backgroundColor, decoration: css.textDecorationLine, padding: css.paddingTop };
    });
    return { boxes, style };
  }

  it("set columns side by side on a wide screen and one under another on a phone", async () => {
    const wide = await columnBoxes(1280);
    expect(new Set(wide.boxes.map((box) => Math.round(box.y))).size).toBe(1);
    expect(wide.boxes[1]!.x).toBeGreaterThan(wide.boxes[0]!.x + wide.boxes[0]!.width - 1);
    const phone = await columnBoxes(390);
    expect(new Set(phone.boxes.map((box) => Math.round(box.x))).size).toBe(1);
    expect(phone.boxes[1]!.y).toBeGreaterThanOrEqual(phone.boxes[0]!.y + phone.boxes[0]!.height);
    expect(phone.boxes[0]!.width).toBeGreaterThan(300);
  });

  it("show WordPress buttons as buttons, not bare links", async () => {
    const { style } = await columnBoxes(390);
    expect(style.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(style.decoration).toBe("none");
    expect(parseFloat(style.padding)).toBeGreaterThan(4);
  });
});
