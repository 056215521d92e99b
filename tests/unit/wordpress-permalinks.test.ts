/**
 * The importer's permalinks: the structure detected from the posts' links by majority, each
 * post served at its <link> path (kept where its date or category gives another), and hostile
 * links (another host, "..", encoded slashes, javascript:) refused with the computed URL used.
 */
import { describe, expect, it } from "vitest";
import { parseStructure } from "../../src/lib/content/permalinks";
import { mapEntry, type ExportIndex, type PostPlan, type SiteAddresses } from "../../src/lib/tools/wordpress/import";
import { detectStructure, importedAddress, newLinkSurvey, surveyLink } from "../../src/lib/tools/wordpress/permalinks";
import type { WxrItem } from "../../src/lib/tools/wordpress/wxr";
import { wxrItem } from "./fixtures";

const ZONE = "America/New_York";
const HOST = "old.example";

// Day-based links: the structure most of these tests detect or refuse.
const item = (fields: Partial<WxrItem>) => wxrItem({ link: "https://old.example/2024/05/10/a-story/", ...fields });

const index = (): ExportIndex => ({
  authors: new Map(),
  terms: new Map([["category:news", { kind: "category", slug: "news", name: "News" }]]),
  attachments: new Map(),
  attachmentPages: [],
  total: 0,
  timeZoneMismatches: 0,
});

function mapPost(fields: Partial<WxrItem>, structure: string): PostPlan {
  const addresses: SiteAddresses = { structure: parseStructure(structure), host: HOST };
  const plan = mapEntry(item(fields), index(), new Set(), ZONE, addresses);
  if (plan.kind !== "post") throw new Error(`expected a post, got ${JSON.stringify(plan)}`);
  return plan;
}

describe("structure detection", () => {
  const detect = (links: [string, string, string][]) => {
    const survey = newLinkSurvey();
    for (const [link, id, slug] of links) surveyLink(survey, { link, id }, slug);
    return detectStructure(survey);
  };

  it.each([
    ["/%year%/%monthnum%/%day%/%postname%/", "https://old.example/2019/03/04/kia/", "kia"],
    ["/%year%/%monthnum%/%postname%/", "https://old.example/2019/03/kia/", "kia"],
    ["/%postname%/", "https://old.example/kia/", "kia"],
    ["/%category%/%postname%/", "https://old.example/reviews/kia/", "kia"],
    ["/archives/%post_id%/", "https://old.example/archives/12", "a-story"],
  ])("finds %s", (structure, link, slug) => {
    expect(detect([[link, "12", slug]])?.structure.text).toBe(structure);
  });

  it("goes with the majority and counts the posts that do not fit", () => {
    const found = detect([
      ["https://old.example/2019/03/04/a/", "1", "a"],
      ["https://old.example/2019/03/05/b/", "2", "b"],
      ["https://old.example/2019/03/c/", "3", "c"],
      ["https://old.example/?p=4", "4", "d"],
    ]);
    // A published post at /?p=4 fits no structure: it counts among those that do not fit.
    expect(found).toMatchObject({ fits: 2, posts: 4 });
    expect(found?.structure.text).toBe("/%year%/%monthnum%/%day%/%postname%/");
  });

  it("finds nothing in links no structure fits", () => {
    expect(detect([["https://old.example/news/a.html", "1", "a"]])).toBeUndefined();
  });
});

describe("an imported post's address", () => {
  const day = "/%year%/%monthnum%/%day%/%postname%/";

  it("is the structure's path, with no redirect from its link and nothing kept", () => {
    const plan = mapPost({}, day);
    expect(plan.permalink).toBe("/2024/05/10/a-story/");
    expect(plan.keptPermalink).toBeUndefined();
    expect(plan.permalinkMismatch).toBeUndefined();
    expect(plan.redirects).toEqual([{ from: "/?p=7", to: "/2024/05/10/a-story/" }]);
  });

  it("keeps its <link> path where the link disagrees with its date (WordPress's zone, an edited date)", () => {
    // 01:30 on 11 May in UTC is still 10 May in New York, but WordPress (in UTC) linked it under the 11th.
    const plan = mapPost(
      {
        link: "https://old.example/2024/05/11/a-story/",
        postDate: "2024-05-11 01:30:00",
        postDateGmt: "2024-05-11 01:30:00",
      },
      day,
    );
    expect(plan.permalink).toBe("/2024/05/11/a-story/");
    expect(plan.keptPermalink).toBe("/2024/05/11/a-story/");
    expect(plan.redirects).toEqual([{ from: "/?p=7", to: "/2024/05/11/a-story/" }]);
  });

  it.each([
    ["/%postname%/", "https://old.example/a-story/", "/a-story/"],
    ["/%category%/%postname%/", "https://old.example/news/a-story/", "/news/a-story/"],
    ["/archives/%post_id%/", "https://old.example/archives/7", "/archives/7/"],
  ])("under %s is served at its old URL", (structure, link, path) => {
    const plan = mapPost({ link }, structure);
    expect(plan.permalink).toBe(path);
    expect(plan.keptPermalink).toBeUndefined();
    expect(plan.slug).toBe("a-story");
    expect(plan.redirects.map((r) => r.from)).toEqual(["/?p=7"]);
  });

  it("under %category% keeps a nested category's link (WordPress writes the parents), filed under the top category", () => {
    const terms = new Map([
      ["category:reviews", { kind: "category" as const, slug: "reviews", name: "Reviews" }],
      ["category:long-term", { kind: "category" as const, slug: "long-term", name: "Long-Term", parent: "reviews" }],
    ]);
    const plan = mapEntry(
      item({
        link: "https://old.example/reviews/long-term/a-story/",
        terms: [{ domain: "category", slug: "long-term", name: "Long-Term" }],
      }),
      { ...index(), terms },
      new Set(),
      ZONE,
      { structure: parseStructure("/%category%/%postname%/"), host: HOST },
    );
    expect(plan).toMatchObject({
      kind: "post",
      permalink: "/reviews/long-term/a-story/",
      keptPermalink: "/reviews/long-term/a-story/",
      category: { slug: "reviews" },
    });
  });

  it("redirects old slugs under the structure, and keeps the first as /YYYY/MM/old/ for its comment thread", () => {
    const plan = mapPost(
      { link: "https://old.example/a-story/", meta: { _wp_old_slug: ["old-story"] } },
      "/%postname%/",
    );
    expect(plan.redirectFrom).toEqual(["/2024/05/old-story/"]);
    expect(plan.redirects).toContainEqual({ from: "/old-story/", to: "/a-story/" });
  });

  it.each([
    [
      "https://elsewhere.example/2024/05/11/a-story/",
      /points to another host \(elsewhere\.example, not old\.example\)/,
    ],
    ["https://old.example/2024/05/../../../a-story/", /contains "\.\."/],
    ["https://old.example/2024/05/%2e%2e/%2e%2e/a-story/", /contains "\.\."/],
    ["https://old.example/2024/05/x\\..\\a-story/", /contains "\\"/],
    ["javascript:alert(document.domain)//2024/05/11/a-story/", /is not an http\(s\) address/],
  ])("refuses the hostile <link> %j, reports it and uses the computed URL", (link, reason) => {
    const plan = mapPost({ link }, day);
    expect(plan.permalink).toBe("/2024/05/10/a-story/");
    expect(plan.keptPermalink).toBeUndefined();
    expect(plan.refused).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(reason) }));
    for (const redirect of plan.redirects) expect(redirect.to).toBe("/2024/05/10/a-story/");
  });

  it("leaves out a post whose <link> ends in an encoded slash or a broken escape, with the reason", () => {
    const addresses = { structure: parseStructure(day), host: HOST };
    for (const [link, reason] of [
      ["https://old.example/2024/05/a%2Fb/", /"\/"/],
      ["https://old.example/2024/05/a%zz/", /not an escape/],
    ] as const) {
      const plan = mapEntry(item({ link }), index(), new Set(), ZONE, addresses);
      expect(plan).toMatchObject({ kind: "skip", refused: { reason: expect.stringMatching(reason) } });
    }
  });

  it("is compared decoded, so a %-encoded link is the same address", () => {
    expect(importedAddress("https://old.example/2020/07/%C5%A1koda/", "/2020/07/škoda/", HOST)).toEqual({
      kept: undefined,
      problem: undefined,
    });
  });
});
