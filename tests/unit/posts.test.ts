import { describe, expect, it } from "vitest";
import { compareNewestFirst, isPublic } from "../../src/lib/content/posts";
import { slugFromFilePath, slugify } from "../../src/lib/content/slugs";
import { makePost } from "./fixtures";

describe("permalinks", () => {
  it("are /YYYY/MM/slug/ from the file name, in the site's time zone", () => {
    // 22:30 on Oct 31 in New York is already November in UTC: WordPress files it under October.
    const post = makePost({
      filePath: "src/content/posts/2026/honda-fire.md",
      pubDate: new Date("2026-11-01T02:30:00Z"),
    });
    expect(post.permalink).toBe("/2026/10/honda-fire/");
    expect([post.year, post.month]).toEqual([2026, 10]);
  });

  it("use the slug field over the file name", () => {
    const post = makePost({
      filePath: "src/content/posts/x.md",
      slug: "lexus-goes-global",
      pubDate: new Date("2012-04-18T14:00:00Z"),
    });
    expect(post.permalink).toBe("/2012/04/lexus-goes-global/");
  });

  it("turn file names into URL-safe slugs", () => {
    expect(slugFromFilePath("src/content/posts/2026/Škoda Octavia & RS.mdx")).toBe("skoda-octavia-and-rs");
    expect(slugify("Mercedes-Benz")).toBe("mercedes-benz");
    expect(slugify("Citroën ë-C3")).toBe("citroen-e-c3");
    expect(slugify("../../etc")).toBe("etc");
    expect(slugify("日産 Leaf")).toBe("日産-leaf");
    expect(slugify("+")).toBe("");
  });
});

describe("comments key", () => {
  it("defaults to the permalink", () => {
    const post = makePost({ filePath: "a/new-story.md", pubDate: new Date("2026-05-05T12:00:00Z") });
    expect(post.commentsKey).toBe("/2026/05/new-story/");
  });

  it("stays on the first permalink after the slug is renamed", () => {
    const renamed = makePost({
      filePath: "a/better-headline.md",
      pubDate: new Date("2026-05-05T12:00:00Z"),
      redirectFrom: ["/2026/05/first-headline/", "/2026/05/second-headline/"],
    });
    expect(renamed.permalink).toBe("/2026/05/better-headline/");
    expect(renamed.commentsKey).toBe("/2026/05/first-headline/");
  });

  it("is taken as written when set", () => {
    expect(makePost({ commentsKey: "wp-1234" }).commentsKey).toBe("wp-1234");
  });
});

describe("visibility and order", () => {
  const now = new Date("2026-11-21T12:00:00Z");

  it("hides drafts and scheduled posts in production, shows them in previews", () => {
    const draft = makePost({ draft: true, pubDate: new Date("2026-11-01T00:00:00Z") });
    const scheduled = makePost({ pubDate: new Date("2026-11-21T12:00:01Z") });
    const published = makePost({ pubDate: new Date("2026-11-21T12:00:00Z") });
    expect([draft, scheduled, published].map((p) => isPublic(p, { now, preview: false }))).toEqual([
      false,
      false,
      true,
    ]);
    expect([draft, scheduled, published].map((p) => isPublic(p, { now, preview: true }))).toEqual([true, true, true]);
  });

  it("sorts newest first, breaking ties by permalink", () => {
    const same = new Date("2026-06-01T12:00:00Z");
    const b = makePost({ filePath: "b.md", pubDate: same });
    const a = makePost({ filePath: "a.md", pubDate: same });
    const newest = makePost({ pubDate: new Date("2026-07-01T12:00:00Z") });
    expect([b, newest, a].sort(compareNewestFirst)).toEqual([newest, a, b]);
  });
});
