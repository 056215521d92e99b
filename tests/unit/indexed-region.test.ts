import { describe, expect, it } from "vitest";
import {
  indexedDocument,
  indexedRegion,
  monthOf,
  regionDate,
  regionFilters,
} from "../../src/lib/search/indexed-region";

const page = (body: string, after = "") =>
  `<html><body><aside>Latest stories: A</aside><main><article class="article" data-pagefind-body>${body}</article>${after}</main></body></html>`;

describe("the indexed region of an article page", () => {
  it("is the data-pagefind-body element whole, nested elements of the same name included", () => {
    const body = `<h1>Lexus</h1><article class="quote">inner</article><p>text</p>`;
    expect(indexedRegion(page(body))).toBe(`<article class="article" data-pagefind-body>${body}</article>`);
  });

  it("does not change with the sidebar, related stories or previous/next", () => {
    const a = page("<h1>Lexus</h1>", `<section class="related"><article>Old story</article></section>`);
    const b = page("<h1>Lexus</h1>", `<section class="related"><article>New story</article></section>`).replace(
      "Latest stories: A",
      "Latest stories: B",
    );
    expect(indexedRegion(a)).toBe(indexedRegion(b));
    expect(indexedRegion(page("<h1>Lexus</h1>"))).not.toBe(indexedRegion(page("<h1>Lexus LS</h1>")));
  });

  it("is empty for a page with nothing to index", () => {
    expect(indexedRegion("<html><body><p>404</p></body></html>")).toBe("");
  });
});

describe("the document Pagefind indexes of an article page", () => {
  it("is the indexed region alone, in the page's language", () => {
    const html = page("<h1>Lexus</h1>").replace("<html>", '<html lang="de-AT" dir="ltr">');
    expect(indexedDocument(html)).toBe(
      `<!doctype html><html lang="de-AT"><body><article class="article" data-pagefind-body><h1>Lexus</h1></article></body></html>`,
    );
  });

  it("has nothing to index for a page without the region, and no language where the page names none", () => {
    expect(indexedDocument("<html><body><p>404</p></body></html>")).toBe("<!doctype html><html><body></body></html>");
  });
});

describe("the date and month of an indexed region", () => {
  it("is the date of its date sort key, by which its part is indexed in order, or none without one", () => {
    expect(
      regionDate('<article data-pagefind-body><div hidden data-pagefind-sort="date:2026-05-04T13:00:00.000Z">'),
    ).toBe("2026-05-04T13:00:00.000Z");
    expect(regionDate("<article data-pagefind-body><h1>x</h1></article>")).toBe("");
  });

  it("gives the month of that date, or a placeholder without one", () => {
    expect(
      monthOf(
        regionDate('<article data-pagefind-body><div hidden data-pagefind-sort="date:2026-05-04T13:00:00.000Z">'),
      ),
    ).toBe("2026-05");
    expect(monthOf(regionDate("<article data-pagefind-body><h1>x</h1></article>"))).toBe("0000-00");
  });
});

describe("the filter values of an indexed region", () => {
  it("reads each name:value once, with the entities an attribute escapes decoded", () => {
    const region = `<article data-pagefind-body><div hidden>
      <span data-pagefind-filter="category:Cars &amp; Coffee"></span>
      <span data-pagefind-filter="author:Zoë O&#39;Neil"></span>
      <span data-pagefind-filter="make:Citro&#xeb;n"></span>
      <span data-pagefind-filter="make:Citro&#xeb;n"></span>
      <span data-pagefind-filter="year:2026"></span></div></article>`;
    expect(regionFilters(region)).toEqual(["category:Cars & Coffee", "author:Zoë O'Neil", "make:Citroën", "year:2026"]);
  });

  it("leaves out what is not a name and a value", () => {
    expect(regionFilters(`<p data-pagefind-filter="tag">x</p><p data-pagefind-filter=":y"></p>`)).toEqual([]);
    expect(regionFilters(`<p>Write <code> data-pagefind-filter="make:Kia"</code> in the text</p>`)).toEqual([]);
  });
});
