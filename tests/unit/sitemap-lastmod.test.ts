import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lastModifiedByPermalink } from "../../src/lib/seo/sitemap-lastmod";

describe("sitemap last-modified dates", () => {
  it("use the latest of pubDate, updatedDate and notices, keyed by the decoded permalink", () => {
    const dir = mkdtempSync(join(tmpdir(), "paddock-lastmod-"));
    mkdirSync(join(dir, "2026"));
    const post = (name: string, frontmatter: string) =>
      writeFileSync(join(dir, "2026", name), `---\n${frontmatter}\n---\nBody\n`);
    post("plain.md", "pubDate: 2026-05-01T09:00:00-04:00");
    post("updated.md", "pubDate: 2026-05-01T09:00:00-04:00\nupdatedDate: 2026-05-03T09:00:00-04:00");
    post(
      "corrected.mdx",
      "pubDate: 2026-05-01T09:00:00-04:00\nupdatedDate: 2026-05-02T09:00:00-04:00\nupdates:\n  - date: 2026-05-09T10:00:00-04:00\n    text: Fixed.",
    );
    post("nissan.md", "pubDate: 2026-05-01T09:00:00-04:00\nslug: 日産-leaf");
    post("broken.md", "pubDate: not a date");
    const dates = lastModifiedByPermalink(dir, "America/New_York");
    expect(Object.fromEntries([...dates].map(([url, date]) => [url, date.toISOString()]))).toEqual({
      "/2026/05/plain/": "2026-05-01T13:00:00.000Z",
      "/2026/05/updated/": "2026-05-03T13:00:00.000Z",
      "/2026/05/corrected/": "2026-05-09T14:00:00.000Z",
      "/2026/05/日産-leaf/": "2026-05-01T13:00:00.000Z",
    });
  });
});
