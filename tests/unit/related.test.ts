import { describe, expect, it } from "vitest";
import {
  buildRelatedIndex,
  getRelatedPosts,
  NEIGHBOURS_PER_TAG,
  scoreCandidates,
} from "../../src/lib/listings/related";
import { buildSiteIndex } from "../../src/lib/listings/site-index";
import { makePost } from "./fixtures";

const authors = [{ id: "ana", filePath: "a.yaml", name: "Ana", role: "staff" as const, country: "Brazil" }];
const options = (now = new Date("2030-01-01T00:00:00Z")) => ({
  categories: ["news", "reviews", "industry"],
  makes: [],
  visibility: { now, preview: false },
});
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe("related stories", () => {
  it("rank shared rare tags above shared common ones, and let the category break ties", () => {
    const post = makePost({ pubDate: day(10), tags: ["Lotus", "SUVs"], category: "reviews" });
    const sharesRare = makePost({ pubDate: day(1), tags: ["Lotus"], category: "industry" });
    const sharesCommonSameCategory = makePost({ pubDate: day(3), tags: ["SUVs"], category: "reviews" });
    const sharesCommon = makePost({ pubDate: day(9), tags: ["SUVs"], category: "industry" });
    const fillers = Array.from({ length: 6 }, (_, i) =>
      makePost({ pubDate: day(20 + i), tags: ["SUVs"], category: "news" }),
    );
    const unrelated = makePost({ pubDate: day(12), tags: ["Boats"], category: "news" });
    const index = buildSiteIndex(
      [post, sharesRare, sharesCommon, sharesCommonSameCategory, unrelated, ...fillers],
      authors,
      options(),
    );
    // sharesCommon is closer in time, but the shared category outweighs that.
    expect(index.related(post, 3)).toEqual([sharesRare, sharesCommonSameCategory, sharesCommon]);
    expect(index.related(post, 20)).not.toContain(unrelated);
  });

  it("find a post's neighbours and skip the post itself even when it comes from another load of the content", () => {
    const posts = Array.from({ length: 5 }, (_, i) => makePost({ pubDate: day(i), tags: ["BMW"], category: "news" }));
    const index = buildSiteIndex(posts, authors, options());
    // `astro dev` rebuilds the index per request, so the page's post is an equal but different object.
    const copy = { ...posts[2]! };
    expect(index.related(copy, 10).map((p) => p.id)).not.toContain(copy.id);
    expect(index.related(copy, 10)).toHaveLength(4);
    expect(index.neighbours(copy)).toEqual({ newer: posts[3], older: posts[1] });
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
    const hybrids = many.filter((_, i) => i % 2 === 0);
    const index = buildRelatedIndex(
      new Map([
        ["toyota", many],
        ["hybrids", hybrids],
      ]),
      new Map([["news", many]]),
    );
    // Every post shares everything with every other; only a window around the post in each list is scored.
    const candidates = scoreCandidates(many[2000]!, index);
    expect(candidates.size).toBeLessThanOrEqual(3 * 2 * NEIGHBOURS_PER_TAG);
    expect(candidates.size).toBeGreaterThan(2 * NEIGHBOURS_PER_TAG);
    expect(candidates.has(many[0]!)).toBe(false);
  });

  it("picks the same stories, in the same order, as sorting every candidate would", () => {
    // Few tags and days, so that scores and distances in time tie often.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const tags = ["BMW", "Kia", "SUVs", "Hybrids", "Recalls"];
    const posts = Array.from({ length: 300 }, () =>
      makePost({
        pubDate: day(Math.floor(random() * 40)),
        tags: tags.filter(() => random() < 0.4),
        category: ["news", "reviews"][Math.floor(random() * 2)]!,
      }),
    );
    const byTag = new Map(tags.map((tag) => [tag.toLowerCase(), posts.filter((p) => p.tags.includes(tag))]));
    const byCategory = new Map(["news", "reviews"].map((c) => [c, posts.filter((p) => p.category === c)]));
    const index = buildRelatedIndex(byTag, byCategory);
    for (const post of posts.slice(0, 60)) {
      const time = post.pubDate.getTime();
      const sorted = [...scoreCandidates(post, index)]
        .map(([other, score]) => ({ other, score, distance: Math.abs(other.pubDate.getTime() - time) }))
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.distance - b.distance ||
            (a.other.permalink < b.other.permalink ? -1 : a.other.permalink > b.other.permalink ? 1 : 0),
        )
        .map(({ other }) => other);
      for (const count of [1, 3, 4]) expect(getRelatedPosts(post, index, count)).toEqual(sorted.slice(0, count));
    }
  });
});
