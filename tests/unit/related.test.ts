import { describe, expect, it } from "vitest";
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

  it("looks at a bounded number of candidates, so big archives stay linear", () => {
    const many = Array.from({ length: 4000 }, (_, i) =>
      makePost({ pubDate: day(i / 10), tags: ["Toyota"], category: "news" }),
    );
    const index = buildSiteIndex(many, authors, options());
    const started = performance.now();
    for (const post of many) index.related(post, 4);
    const perPost = (performance.now() - started) / many.length;
    // A full scan would touch 4000 posts per call; the neighbour window touches about 100.
    expect(perPost).toBeLessThan(1);
    expect(
      index
        .related(many[2000]!, 4)
        .every((p) => Math.abs(p.pubDate.getTime() - many[2000]!.pubDate.getTime()) < 5 * 86_400_000),
    ).toBe(true);
  });
});
