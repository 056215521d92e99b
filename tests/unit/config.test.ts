import { describe, expect, it } from "vitest";
import { resolveConfig, type PaddockConfig } from "../../src/lib/config";
import { isMake } from "../../src/lib/content/makes";
import { parseImportedCategories } from "../../src/lib/imported-categories";

const minimal: PaddockConfig = {
  name: "Test Cars",
  url: "https://cars.example.com",
  description: "Test",
  categories: [{ slug: "news", title: "News" }],
};

describe("config", () => {
  it("fills defaults once", () => {
    const config = resolveConfig(minimal);
    expect(config).toMatchObject({
      url: "https://cars.example.com/",
      timeZone: "UTC",
      postsPerPage: 10,
      locale: "en-US",
    });
    expect(config.feeds).toEqual({ items: 50, sectionItems: 10 });
    expect(isMake("mercedes-benz", config.makes)).toBe(true);
    expect(isMake("Recalls", config.makes)).toBe(false);
    expect(isMake("Skoda", config.makes)).toBe(true);
  });

  it("rejects a URL with a path, since every link is root-relative", () => {
    expect(() => resolveConfig({ ...minimal, url: "https://example.github.io/cars/" })).toThrow(/without a path/);
  });

  it("names each setting that is wrong and what it expects", () => {
    expect(() =>
      resolveConfig({
        ...minimal,
        url: "cars.example.com",
        locale: "not a locale!",
        timeZone: "Mars/Olympus",
        postsPerPage: 0,
        readingSpeed: 0,
        categories: [
          { slug: "News", title: "News" },
          { slug: "news", title: "News" },
          { slug: "news", title: "Again" },
        ],
      }),
    ).toThrow(
      /"url" must be an absolute URL[\s\S]*"locale"[\s\S]*"timeZone" must be an IANA time zone[\s\S]*"postsPerPage"[\s\S]*"readingSpeed"[\s\S]*"categories\[0\]\.slug"[\s\S]*"categories\[2\]\.slug" repeats "news"/,
    );
  });

  it("adds the categories a WordPress import wrote after the site's own, the site's winning on a shared slug", () => {
    const config = resolveConfig(minimal, {
      categories: [
        { slug: "news", title: "Imported News", description: "From WordPress" },
        { slug: "uncategorized", title: "Uncategorized" },
      ],
    });
    expect(config.categories).toEqual([
      { slug: "news", title: "News" },
      { slug: "uncategorized", title: "Uncategorized" },
    ]);
  });

  it("needs no categories of its own when an import brought some, and says what to do when there are none", () => {
    expect(
      resolveConfig({ ...minimal, categories: [] }, { categories: [{ slug: "classic", title: "Classic" }] }).categories,
    ).toEqual([{ slug: "classic", title: "Classic" }]);
    expect(() => resolveConfig({ ...minimal, categories: [] }, {})).toThrow(
      /"categories" must list at least one category/,
    );
  });

  it("names the imported file, the entry and the field when the import's list is wrong", () => {
    expect(() => resolveConfig(minimal, { categories: [{ slug: "Bad Slug", title: "Bad" }] })).toThrow(
      'src/data/wordpress-categories.json entry 1: "slug" must be lowercase letters, digits and hyphens (got "Bad Slug")',
    );
    expect(() => parseImportedCategories('[{ "slug": "news" }]')).toThrow(
      'src/data/wordpress-categories.json: entry 1: "title" must be the category\'s name as readers see it',
    );
    expect(() => parseImportedCategories("{")).toThrow(/wordpress-categories.json is not valid JSON/);
    expect(parseImportedCategories('[{ "slug": "a", "title": "A", "description": "" }]')).toEqual([
      { slug: "a", title: "A" },
    ]);
  });
});
