import { describe, expect, it } from "vitest";
import { hasCriteria, pagefindOptions, readSearchState, writeSearchState } from "../../src/lib/search/search-query";

describe("search state in the URL", () => {
  it("round-trips query, filters and sort", () => {
    const search = "?q=hybrid+coupe&category=Reviews&make=Honda&make=Toyota&sort=relevance";
    const state = readSearchState(new URLSearchParams(search));
    expect(state).toEqual({
      query: "hybrid coupe",
      filters: { category: ["Reviews"], make: ["Honda", "Toyota"], author: [], year: [] },
      sort: "relevance",
    });
    expect(writeSearchState(state)).toBe(search);
  });

  it("defaults to newest first, drops empty and repeated values, and ignores unknown keys", () => {
    const state = readSearchState(new URLSearchParams("?q=%20&make=BMW&make=BMW&make=&sort=oldest&utm_source=x"));
    expect(state).toEqual({ query: "", filters: { category: [], make: ["BMW"], author: [], year: [] }, sort: "date" });
    expect(writeSearchState(state)).toBe("?make=BMW");
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria(readSearchState(new URLSearchParams("")))).toBe(false);
  });

  it("asks Pagefind for any-of within a filter, all-of across filters, and date order unless relevance", () => {
    const state = readSearchState(new URLSearchParams("?make=Honda&make=Toyota&year=2026"));
    expect(pagefindOptions(state)).toEqual({
      filters: { make: { any: ["Honda", "Toyota"] }, year: { any: ["2026"] } },
      sort: { date: "desc" },
    });
    expect(pagefindOptions({ ...state, sort: "relevance" })).not.toHaveProperty("sort");
  });
});
