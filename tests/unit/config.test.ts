import { describe, expect, it } from "vitest";
import { resolveConfig, type PaddockConfig } from "../../src/lib/config";
import { isMake } from "../../src/lib/makes";

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
    expect(config.feeds.items).toBe(50);
    expect(isMake("mercedes-benz", config.makes)).toBe(true);
    expect(isMake("Recalls", config.makes)).toBe(false);
  });

  it("names each setting that is wrong and what it expects", () => {
    expect(() =>
      resolveConfig({
        ...minimal,
        url: "cars.example.com",
        timeZone: "Mars/Olympus",
        postsPerPage: 0,
        categories: [
          { slug: "News", title: "News" },
          { slug: "news", title: "News" },
          { slug: "news", title: "Again" },
        ],
      }),
    ).toThrow(
      /"url" must be an absolute URL[\s\S]*"timeZone" must be an IANA time zone[\s\S]*"postsPerPage"[\s\S]*"categories\[0\]\.slug"[\s\S]*"categories\[2\]\.slug" repeats "news"/,
    );
  });
});
