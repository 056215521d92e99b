import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/lib/content/content-checks";
import { buildSiteIndex, type AuthorData } from "../../src/lib/listings/site-index";
import { makePost } from "./fixtures";

const authors: AuthorData[] = [
  { id: "ana", filePath: "a.yaml", name: "Ana", role: "staff", country: "Brazil" },
  { id: "ben", filePath: "b.yaml", name: "Ben", role: "moderator", country: "Canada" },
];
const options = {
  categories: ["news", "reviews"],
  makes: ["BMW", "Toyota"],
  visibility: { now: new Date("2026-11-21T12:00:00Z"), preview: false },
};
const at = (iso: string) => new Date(iso);

describe("site index", () => {
  const old = makePost({ pubDate: at("2025-12-31T12:00:00Z"), tags: ["bmw", "Recalls"] });
  const mid = makePost({ pubDate: at("2026-03-01T12:00:00Z"), tags: ["BMW"], category: "reviews", featured: true });
  const recent = makePost({ pubDate: at("2026-11-01T12:00:00Z"), tags: ["BMW", "Toyota"], authors: ["ana", "ben"] });
  const draft = makePost({ pubDate: at("2026-11-02T12:00:00Z"), draft: true, tags: ["Secret"] });
  const scheduled = makePost({ pubDate: at("2030-01-01T12:00:00Z"), tags: ["Future"] });
  const index = buildSiteIndex([old, draft, recent, scheduled, mid], authors, options);

  it("lists public posts newest first and leaves drafts and scheduled posts out of every listing", () => {
    expect(index.posts).toEqual([recent, mid, old]);
    expect(index.byTag.has("secret")).toBe(false);
    expect(index.byTag.has("future")).toBe(false);
    expect([...index.byMonth.keys()]).toEqual(["2026/11", "2026/03", "2025/12"]);
    expect([...index.byDay.keys()]).toEqual(["2026/11/01", "2026/03/01", "2025/12/31"]);
  });

  it("groups by category, author, tag and year", () => {
    expect(index.byCategory.get("news")).toEqual([recent, old]);
    expect(index.byCategory.get("reviews")).toEqual([mid]);
    expect(index.byAuthor.get("ben")).toEqual([recent]);
    expect(index.byYear.get(2026)).toEqual([recent, mid]);
  });

  it("merges tags that differ only in case under the most used spelling, and marks makes", () => {
    expect(index.byTag.get("bmw")).toMatchObject({ name: "BMW", isMake: true, posts: [recent, mid, old] });
    expect(index.byTag.get("recalls")).toMatchObject({ name: "Recalls", isMake: false });
  });

  it("counts the archive by year and month", () => {
    expect(index.archive).toEqual([
      {
        year: 2026,
        count: 2,
        months: [
          { month: 11, count: 1 },
          { month: 3, count: 1 },
        ],
      },
      { year: 2025, count: 1, months: [{ month: 12, count: 1 }] },
    ]);
  });

  it("leads with the newest featured post and links neighbours chronologically", () => {
    expect(index.lead).toBe(mid);
    expect(index.neighbours(mid)).toEqual({ newer: recent, older: old });
    expect(index.neighbours(recent).newer).toBeUndefined();
  });

  it("fails with every content problem, drafts included", () => {
    const broken = makePost({ draft: true, authors: ["nobody"] });
    expect(() => buildSiteIndex([old, broken], authors, options)).toThrow(ContentError);
  });
});
