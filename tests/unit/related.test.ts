import { describe, expect, it } from "vitest";
import { buildRelatedIndex, NEIGHBOURS_PER_TAG, scoreCandidates } from "../../src/lib/related";
import { buildSiteIndex } from "../../src/lib/site-index";
import { makePost } from "./fixtures";

const authors = [{ id: "ana", filePath: "a.yaml", name: "Ana", role: "staff" as const, country: "Brazil" }];
const options = (now = new Date("2030-01-01T00:00:00Z")) => ({
  categories: ["news", "reviews", "industry"],
  makes: [],
  visibility: { now, preview: false },
});
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe("related stories", () => {
  it("rank shared rare tags above shared common ones, then the category", () => {
    const post = makePost({ pubDate: day(10), tags: ["Lotus", "SUVs"], category: "reviews" });
    const sharesRare = makePost({ pubDate: day(1), tags: ["Lotus"], category: "industry" });
    const sharesCommon = makePost({ pubDate: day(9), tags: ["SUVs"], category: "industry" });
    const sameCategory = makePost({ pubDate: day(11), tags: [], category: "reviews" });
    const fillers = Array.from({ length: 6 }, (_, i) =>
      makePost({ pubDate: day(20 + i), tags: ["SUVs"], category: "news" }),
    );
    const unrelated = makePost({ pubDate: day(12), tags: ["Boats"], category: "news" });
    const index = buildSiteIndex(
      [post, sharesRare, sharesCommon, sameCategory, unrelated, ...fillers],
      authors,
      options(),
    );
    const related = index.related(post, 3);
    expect(related[0]).toBe(sharesRare);
    expect(related).toContain(sharesCommon);
    expect(related).not.toContain(unrelated);
    expect(related).not.toContain(post);
  });

  it("is deterministic: the same input gives the same order", () => {
    const posts = Array.from({ length: 30 }, (_, i) => makePost({ pubDate: day(i), tags: ["BMW"], category: "news" }));
    const a = buildSiteIndex(posts, authors, options());
    const b = buildSiteIndex([...posts].reverse(), authors, options());
    expect(a.related(posts[15]!, 4)).toEqual(b.related(posts[15]!, 4));
    // Equal scores prefer the stories closest in time.
    expect(
      a
        .related(posts[15]!, 2)
        .map((p) => p.pubDate.getTime())
        .sort(),
    ).toEqual([posts[14]!, posts[16]!].map((p) => p.pubDate.getTime()).sort());
  });

  it("scores a bounded number of candidates, so a big archive does not make the build quadratic", () => {
    const many = Array.from({ length: 4000 }, (_, i) =>
      makePost({ pubDate: day(i / 10), tags: ["Toyota", "Hybrids"], category: "news" }),
    );
    const index = buildRelatedIndex(
      new Map([
        ["toyota", many],
        ["hybrids", many],
      ]),
      new Map([["news", many]]),
    );
    // Every post shares everything with every other; only the window around the post is scored.
    const candidates = scoreCandidates(many[2000]!, index);
    expect(candidates.size).toBe(2 * NEIGHBOURS_PER_TAG);
    expect(candidates.has(many[0]!)).toBe(false);
  });
});
