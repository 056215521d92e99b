import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSitemapDates, sitemapDates, writeSitemapDates } from "../../src/lib/seo/sitemap-lastmod";
import { makePost } from "./fixtures";

describe("sitemap last-modified dates", () => {
  const at = (iso: string) => new Date(iso);
  const posts = [
    makePost({ slug: "plain", pubDate: at("2026-05-01T13:00:00Z") }),
    makePost({ slug: "updated", pubDate: at("2026-05-01T13:00:00Z"), updatedDate: at("2026-05-03T13:00:00Z") }),
    makePost({
      slug: "corrected",
      pubDate: at("2026-05-01T13:00:00Z"),
      updatedDate: at("2026-05-02T13:00:00Z"),
      noticeDates: [at("2026-05-09T14:00:00Z")],
    }),
    makePost({ slug: "%E6%97%A5%E7%94%A3-leaf", pubDate: at("2026-05-01T13:00:00Z") }),
  ];

  it("are the latest of pubDate, updatedDate and notices, keyed by the decoded permalink", () => {
    expect(sitemapDates(posts)).toEqual({
      "/2026/05/plain/": "2026-05-01T13:00:00.000Z",
      "/2026/05/updated/": "2026-05-03T13:00:00.000Z",
      "/2026/05/corrected/": "2026-05-09T14:00:00.000Z",
      "/2026/05/日産-leaf/": "2026-05-01T13:00:00.000Z",
    });
  });

  it("reach the sitemap through the file the build leaves", () => {
    const file = join(mkdtempSync(join(tmpdir(), "paddock-lastmod-")), "paddock/sitemap-dates.json");
    writeSitemapDates(file, posts);
    const dates = readSitemapDates(file);
    expect(dates.get("/2026/05/corrected/")).toEqual(at("2026-05-09T14:00:00Z"));
    expect(dates.size).toBe(4);
  });
});
