import { describe, expect, it } from "vitest";
import { paginate, paginatedRoutes } from "../../src/lib/listings/pagination";

describe("pagination", () => {
  const items = Array.from({ length: 13 }, (_, i) => i + 1);

  it("splits items into WordPress-style pages that link to each other", () => {
    const pages = paginate(items, 6, "/category/news/");
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12], [13]]);
    expect(pages.map((p) => p.url)).toEqual(["/category/news/", "/category/news/page/2/", "/category/news/page/3/"]);
    expect(pages[0]).toMatchObject({ prevUrl: undefined, nextUrl: "/category/news/page/2/", lastPage: 3, total: 13 });
    expect(pages[2]).toMatchObject({ prevUrl: "/category/news/page/2/", nextUrl: undefined });
  });

  it("always has a first page, even when empty", () => {
    expect(paginate([], 10, "/")).toEqual([
      { items: [], number: 1, lastPage: 1, total: 0, url: "/", prevUrl: undefined, nextUrl: undefined },
    ]);
  });

  it("gives `[...page]` routes an undefined param on page 1", () => {
    const routes = paginatedRoutes(items, { perPage: 10, base: "/tag/bmw/", params: { tag: "bmw" }, props: { x: 1 } });
    expect(routes.map((r) => r.params)).toEqual([
      { tag: "bmw", page: undefined },
      { tag: "bmw", page: "page/2" },
    ]);
    expect(routes[1]!.props).toMatchObject({ x: 1, page: { number: 2, items: [11, 12, 13] } });
  });
});
