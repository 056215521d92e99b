import { describe, expect, it } from "vitest";
import { paginate, paginatedRoutes } from "../../src/lib/listings/pagination";

/** Stories 1…n, newest first (n is the newest). */
const stories = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe("pagination", () => {
  it("puts the newest stories on page 1 and runs of exactly perPage, counted from the oldest, after it", () => {
    const pages = paginate(stories(17), 5, "/category/news/");
    expect(pages.map((p) => p.items)).toEqual([
      [17, 16, 15, 14, 13, 12, 11],
      [10, 9, 8, 7, 6],
      [5, 4, 3, 2, 1],
    ]);
    expect(pages.map((p) => p.url)).toEqual(["/category/news/", "/category/news/page/3/", "/category/news/page/2/"]);
    expect(pages[0]).toMatchObject({ newerUrl: undefined, olderUrl: "/category/news/page/3/" });
    expect(pages[1]).toMatchObject({ newerUrl: "/category/news/", olderUrl: "/category/news/page/2/" });
    expect(pages[2]).toMatchObject({ newerUrl: "/category/news/page/3/", olderUrl: undefined });
  });

  it("a new story changes page 1 only; every perPage stories it adds one page and moves nothing else", () => {
    const before = paginate(stories(17), 5, "/");
    const after = paginate(stories(18), 5, "/");
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.items).toEqual([18, ...before[0]!.items]);

    const full = paginate(stories(19), 5, "/");
    const split = paginate(stories(20), 5, "/");
    expect(split[0]!.items).toEqual([20, 19, 18, 17, 16]);
    expect(split.find((p) => p.number === 4)!.items).toEqual([15, 14, 13, 12, 11]);
    // The pages of older stories keep their stories and URLs; only the newest of them gets a new "newer" link.
    for (const page of full.slice(1)) {
      const same = split.find((p) => p.url === page.url)!;
      expect(same.items).toEqual(page.items);
      expect(same.olderUrl).toBe(page.olderUrl);
    }
  });

  it("keeps short listings on one page, and always has a first page, even when empty", () => {
    expect(paginate(stories(9), 5, "/").map((p) => p.items.length)).toEqual([9]);
    expect(paginate([], 10, "/")).toEqual([
      { items: [], number: 1, url: "/", newerUrl: undefined, olderUrl: undefined },
    ]);
  });

  it("gives `[...page]` routes an undefined param on page 1", () => {
    const routes = paginatedRoutes(stories(25), {
      perPage: 10,
      base: "/tag/bmw/",
      params: { tag: "bmw" },
      props: { x: 1 },
    });
    expect(routes.map((r) => r.params)).toEqual([
      { tag: "bmw", page: undefined },
      { tag: "bmw", page: "page/2" },
    ]);
    expect(routes[1]!.props).toMatchObject({ x: 1, page: { number: 2, items: stories(10) } });
  });
});
