import { describe, expect, it } from "vitest";
import { resolveConfig, type PaddockConfig } from "../../src/lib/config";
import { keptPermalinkProblem } from "../../src/lib/content/kept-permalink";
import { articlePath, matchStructure, parseStructure, readStructure } from "../../src/lib/content/permalinks";
import { frontmatterPermalink } from "../../src/lib/content/posts";
import { articleCollisions, staticRouteClaims } from "../../src/lib/content/route-collisions";
import { newPost, nextPostId } from "../../src/lib/tools/new-post-file";
import { makePost, TZ } from "./fixtures";

// 22:30 on 3 March in New York is already 4 March in UTC: the site's zone decides the day.
const late = new Date("2019-03-04T03:30:00Z");
const fields = { slug: "telluride-review", pubDate: late, category: "reviews", postId: 482 };

describe("permalink structures", () => {
  it.each([
    ["/%year%/%monthnum%/%postname%/", "/2019/03/telluride-review/"],
    ["/%year%/%monthnum%/%day%/%postname%/", "/2019/03/03/telluride-review/"],
    ["/%postname%/", "/telluride-review/"],
    ["/%category%/%postname%/", "/reviews/telluride-review/"],
    ["/archives/%post_id%", "/archives/482/"],
    ["/%year%/%post_id%/", "/2019/482/"],
  ])("%s gives %s", (structure, path) => {
    const parsed = parseStructure(structure);
    expect(articlePath(parsed, fields, TZ)).toBe(path);
    // Read back, a path gives the values it was made of.
    const tokens = matchStructure(parsed, path)!;
    expect(tokens.postname ?? tokens.post_id).toBe(tokens.postname ? "telluride-review" : "482");
  });

  it("normalise slashes", () => {
    expect(parseStructure("%postname%").text).toBe("/%postname%/");
    expect(parseStructure("//archives/%post_id%//").text).toBe("/archives/%post_id%/");
  });

  it.each([
    ["", /is empty/],
    ["/%year%/%monthnum%/", /does not end in %postname% or %post_id%/],
    ["/%author%/%postname%/", /"%author%", which Paddock does not know/],
    ["/%postname%.html", /the segment "%postname%.html"/],
    ["/%postname%/%postname%/", /twice/],
    ["/../%postname%/", /the segment "\.\."/],
    ["https://x.example/%postname%/", /the segment "https:"/],
  ])("refuse %j", (structure, problem) => {
    const read = readStructure(structure);
    expect("problem" in read && read.problem).toMatch(problem);
  });

  it("do not match paths of another shape", () => {
    const day = parseStructure("/%year%/%monthnum%/%day%/%postname%/");
    expect(matchStructure(day, "/2019/03/slug/")).toBeUndefined();
    expect(matchStructure(day, "/2019/13/04/slug/")).toBeUndefined();
    expect(matchStructure(day, "/2019/03/04/slug.html")).toBeUndefined();
    expect(matchStructure(parseStructure("/archives/%post_id%/"), "/blog/12/")).toBeUndefined();
    expect(matchStructure(parseStructure("/%postname%/"), "/a//")).toBeUndefined();
  });
});

describe("the permalink setting", () => {
  const minimal: PaddockConfig = {
    name: "Test",
    url: "https://cars.example",
    description: "d",
    categories: [{ slug: "news", title: "News" }],
  };

  it("defaults to /YYYY/MM/slug/, else to the import's structure, and paddock.config.ts wins", () => {
    expect(resolveConfig(minimal, {}).permalink).toBe("/%year%/%monthnum%/%postname%/");
    expect(resolveConfig(minimal, { permalink: "/%postname%/" }).permalink).toBe("/%postname%/");
    expect(
      resolveConfig({ ...minimal, permalink: "archives/%post_id%" }, { permalink: "/%postname%/" }).permalink,
    ).toBe("/archives/%post_id%/");
  });

  it("is validated with the field named", () => {
    expect(() => resolveConfig({ ...minimal, permalink: "/%year%/" }, {})).toThrow(
      /"permalink" "\/%year%\/" does not end in %postname% or %post_id%/,
    );
    expect(() => resolveConfig(minimal, { permalink: "/%tag%/%postname%/" })).toThrow(
      /src\/data\/wordpress-site\.json "permalink" "\/%tag%\/%postname%\/" has "%tag%"/,
    );
  });
});

describe("a post's permalink", () => {
  const day = "/%year%/%monthnum%/%day%/%postname%/";

  it("follows the structure; its comments key and feed identity do not", () => {
    const data = { filePath: "src/content/posts/2019/telluride.md", pubDate: late, category: "reviews" };
    const byDefault = makePost(data);
    const byDay = makePost({ ...data }, { permalink: day });
    expect(byDefault.permalink).toBe("/2019/03/telluride/");
    expect(byDay.permalink).toBe("/2019/03/03/telluride/");
    expect(byDay.commentsKey).toBe(byDefault.commentsKey);
    expect(byDay.identityPath).toBe("/2019/03/telluride/");
  });

  it("is the kept permalink when the post has one", () => {
    const post = makePost({ keptPermalink: "/2019/03/04/telluride/", pubDate: late }, { permalink: day });
    expect(post.permalink).toBe("/2019/03/04/telluride/");
  });

  it("needs a post id under %post_id%, and names the file when it is missing", () => {
    const withId = makePost({ filePath: "src/content/posts/a.md", postId: 77 }, { permalink: "/archives/%post_id%/" });
    expect(withId.permalink).toBe("/archives/77/");
    expect(() => makePost({ filePath: "src/content/posts/b.md" }, { permalink: "/archives/%post_id%/" })).toThrow(
      /src\/content\/posts\/b\.md: "postId" is missing; the permalink setting \/archives\/%post_id%\/ needs/,
    );
  });

  it("is read the same way from front matter by tools outside the build", () => {
    const options = { timeZone: TZ, permalink: "/archives/%post_id%/" };
    const data = { slug: "x", category: "news", legacy: { wordpressId: 9 } };
    expect(frontmatterPermalink(data, "src/content/posts/x.md", late, options)).toBe("/archives/9/");
    expect(frontmatterPermalink({ permalink: "/kept/" }, "x.md", late, options)).toBe("/kept/");
    expect(frontmatterPermalink({}, "x.md", late, options)).toBeUndefined();
  });

  it.each([
    ["https://evil.example/x/", /does not start with "\/"/],
    ["//evil.example/x/", /another host/],
    ["/2019/../../etc/", /"\.\."/],
    ["/2019/a%2Fb/", /encoded "\/"/],
    ["javascript:alert(1)", /does not start with "\/"/],
    ["/2019/slug", /does not end in "\/"/],
    ["/", /the front page/],
    ["/a b/", /whitespace/],
  ])("kept as %j is refused", (path, problem) => {
    expect(keptPermalinkProblem(path)).toMatch(problem);
  });
});

describe("article addresses", () => {
  it("are the static routes' paths from src/pages file names", () => {
    expect(
      staticRouteClaims([
        "archive.astro",
        "newsletter/thanks.astro",
        "robots.txt.ts",
        "[slug].astro",
        "tag/[tag]/rss.xml.ts",
      ]),
    ).toEqual([
      { path: "/archive/", owner: "src/pages/archive.astro" },
      { path: "/newsletter/thanks/", owner: "src/pages/newsletter/thanks.astro" },
      { path: "/robots.txt", owner: "src/pages/robots.txt.ts" },
    ]);
  });

  it("clash with pages, routes, listings and their later pages, and folders the build fills", () => {
    const article = (path: string, owner: string) => ({ path, owner });
    const problems = articleCollisions(
      [
        article("/about/", "src/content/posts/about.md"),
        article("/archive/", "src/content/posts/archive.md"),
        article("/2026/10/", "src/content/posts/ten.md"),
        article("/category/news/page/2/", "src/content/posts/odd.md"),
        article("/pagefind/", "src/content/posts/pagefind.md"),
        article("/%C5%A1koda/", "src/content/posts/skoda.md"),
        article("/fine/", "src/content/posts/fine.md"),
      ],
      [
        { path: "/about/", owner: "src/content/pages/about.md" },
        { path: "/archive/", owner: "src/pages/archive.astro" },
        { path: "/škoda/", owner: "the redirect to /x/ in src/data/redirects.json" },
      ],
      [
        { path: "/2026/10/", owner: "the month listing" },
        { path: "/category/news/", owner: "the category listing" },
      ],
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/content\/posts\/about\.md: its address \/about\/ .* is also served by src\/content\/pages\/about\.md/,
      ),
      expect.stringMatching(/^src\/content\/posts\/archive\.md: .* is also served by src\/pages\/archive\.astro/),
      expect.stringMatching(/^src\/content\/posts\/ten\.md: .* is also served by the month listing/),
      expect.stringMatching(/^src\/content\/posts\/odd\.md: .* is also served by the category listing/),
      expect.stringMatching(
        /^src\/content\/posts\/pagefind\.md: .* is inside \/pagefind\/, which the build fills itself/,
      ),
      expect.stringMatching(/^src\/content\/posts\/skoda\.md: .* is also served by the redirect/),
    ]);
  });
});

describe("a new post (npm run new)", () => {
  const input = {
    title: "Kia Telluride review",
    author: "ana",
    category: "reviews",
    mdx: false,
    now: late,
    timeZone: TZ,
  };

  it("gets the structure's address, and keeps /YYYY/MM/slug/ as its comments key", () => {
    const post = newPost({ ...input, permalink: "/%category%/%postname%/" });
    expect(post.permalink).toBe("/reviews/kia-telluride-review/");
    expect(post.path).toBe("src/content/posts/2019/kia-telluride-review.md");
    expect(post.text).toContain("commentsKey: /2019/03/kia-telluride-review/");
  });

  it("gets the next post id under %post_id%", () => {
    const id = nextPostId([{ text: "---\npostId: 40\n---\n" }, { text: "---\nlegacy:\n  wordpressId: 41\n---\n" }]);
    const post = newPost({ ...input, permalink: "/archives/%post_id%/", postId: id });
    expect(post.permalink).toBe("/archives/42/");
    expect(post.text).toContain("postId: 42");
  });
});
