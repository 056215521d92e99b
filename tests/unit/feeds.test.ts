import { describe, expect, it } from "vitest";
import { feedGuid, feedItem } from "../../src/lib/feeds/feed-item";
import { makePost } from "./fixtures";

const SITE = "https://cars.example.com/";

describe("feed items", () => {
  it("keep a WordPress GUID so subscribers see no duplicates after a migration", () => {
    const post = { ...makePost(), legacyGuid: "https://old.example.com/?p=123" };
    expect(feedGuid(post, SITE)).toEqual({ value: "https://old.example.com/?p=123", isPermaLink: false });
  });

  it("keep the first permalink as GUID when the slug is renamed later", () => {
    const renamed = makePost({
      filePath: "src/content/posts/2026/better-title.md",
      pubDate: new Date("2026-05-05T12:00:00Z"),
      redirectFrom: ["/2026/05/first-title/"],
    });
    expect(feedGuid(renamed, SITE).value).toBe("https://cars.example.com/2026/05/first-title/");
    expect(feedItem(renamed, "<p>x</p>", ["Ana"], "News", { url: SITE }).link).toBe(
      "https://cars.example.com/2026/05/better-title/",
    );
  });

  it("name every author as dc:creator and escape what they contain", () => {
    const item = feedItem(makePost({ tags: ["BMW"] }), "", ["Ana & Ben", "<Cy>"], "News", { url: SITE });
    expect(item.customData).toContain("<dc:creator>Ana &amp; Ben</dc:creator><dc:creator>&lt;Cy&gt;</dc:creator>");
    expect(item.categories).toEqual(["News", "BMW"]);
  });
});
