/**
 * `astro dev` previews drafts and scheduled posts with a visible banner (the
 * production build never has them: see tests/site).
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { BUILD_NOW, contentPosts } from "../support/content";
import { scratchSite } from "../support/scratch-site";

let dev: ChildProcess;
let base: string;

beforeAll(async () => {
  // A copy of the site: Astro allows one dev server per project, and a developer may be running theirs.
  dev = scratchSite("dev-preview", { withContent: true }).spawnAstro(["dev", "--port", "0", "--host", "127.0.0.1"], {
    ASTRO_DEV_BACKGROUND: "0",
    NODE_ENV: "development",
    PADDOCK_NOW: BUILD_NOW,
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 45_000);
    dev.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    dev.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local\s+(http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace(/\/$/, ""));
      }
    });
    dev.on("exit", (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });

  // "ready" is printed a moment before the routes answer.
  for (let tries = 0; (await fetch(base + "/").catch(() => undefined))?.status !== 200; tries++) {
    if (tries > 100) throw new Error("astro dev never served the home page");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

afterAll(() => {
  dev?.kill();
});

describe("development preview", () => {
  const posts = contentPosts();

  it("shows a draft with a Draft banner, kept out of search engines", async () => {
    const draft = posts.find((post) => post.draft)!;
    const response = await fetch(base + draft.permalink);
    const html = await response.text();
    expect(response.status, html).toBe(200);
    expect(html).toMatch(/class="preview-banner[^"]*"[^>]*>\s*<strong[^>]*>Draft<\/strong>/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it("says that search needs a build instead of showing a broken search", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(base + "/search/?q=toyota");
      await expect.poll(() => page.locator("#search-status").textContent()).toContain("npm run build");
    } finally {
      await browser.close();
    }
  });

  it("shows a scheduled post with the time it goes live", async () => {
    const scheduled = posts.find((post) => !post.draft && post.pubDate.getTime() > Date.parse(BUILD_NOW))!;
    const html = await (await fetch(base + scheduled.permalink)).text();
    expect(html).toMatch(/class="preview-banner[^"]*"[^>]*>\s*<strong[^>]*>\s*Scheduled for <time datetime="[^"]+"/);
  });
});
