import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildThread } from "../../src/lib/comments/archive";
import { commentsHeading, giscusAttributes, missingGiscusSettings } from "../../src/lib/comments/giscus";
import { buildCommentsIndex } from "../../src/lib/comments/site-comments";
import { EMPTY_SNAPSHOT, giscusHash, parseSnapshot, type CommentsSnapshot } from "../../src/lib/comments/snapshot";
import { makePost } from "./fixtures";

describe("giscus", () => {
  it("hashes the comments key as giscus does in strict mode (SHA-1, hex)", () => {
    expect(giscusHash("/2026/09/hyundai-georgia-hybrid-line/")).toBe(
      createHash("sha1").update("/2026/09/hyundai-georgia-hybrid-line/").digest("hex"),
    );
    expect(giscusHash("abc")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
  });

  it("maps a post to its thread by the stable key, strictly", () => {
    const attributes = giscusAttributes(
      { repo: "o/r", repoId: "R1", category: "Comments", categoryId: "C1", inputPosition: "top" },
      "/2026/05/first-title/",
      "de-DE",
    );
    expect(attributes).toMatchObject({
      mapping: "specific",
      term: "/2026/05/first-title/",
      strict: "1",
      emitmetadata: "1",
      inputposition: "top",
      lang: "de",
      reactionsenabled: "1",
    });
  });

  it("names the settings that are missing", () => {
    expect(missingGiscusSettings({ repo: "o/r" })).toEqual([
      "comments.repoId",
      "comments.category",
      "comments.categoryId",
    ]);
    expect(missingGiscusSettings({ repo: "o/r", repoId: "1", category: "c", categoryId: "2" })).toEqual([]);
  });

  it("words the heading like a news site", () => {
    expect(commentsHeading(0, "Title")).toBe("No comments yet");
    expect(commentsHeading(1, "Title")).toBe("1 Comment on “Title”");
    expect(commentsHeading(12, "Title")).toBe("12 Comments on “Title”");
    expect(commentsHeading(1500, "Title")).toBe("1,500 Comments on “Title”");
  });
});

describe("snapshot file", () => {
  it("reads a valid snapshot and refuses a damaged one, naming the file", () => {
    const good: CommentsSnapshot = {
      ...EMPTY_SNAPSHOT,
      syncedAt: "2026-11-20T10:00:00Z",
      repo: "o/r",
      totals: { abc: 2 },
    };
    expect(parseSnapshot(JSON.stringify(good), "snap.json")).toEqual(good);
    expect(() => parseSnapshot("{", "snap.json")).toThrow(/^snap\.json is not valid JSON/);
    expect(() => parseSnapshot('{"version":1,"totals":{"a":-1},"recent":[{}]}', "snap.json")).toThrow(
      /snap\.json is not a comments snapshot: "totals" should hold whole numbers; every "recent" entry needs/,
    );
  });
});

describe("comments across the site", () => {
  const post = makePost({ title: "Lexus goes abroad" });
  const other = makePost({ title: "Toyota recall" });
  const thread = buildThread(
    [
      { id: "1", author: "Dave", date: new Date("2012-04-18T12:00:00Z"), html: "<p>About time.</p>", votes: 3 },
      {
        id: "2",
        parent: "1",
        author: "Mariko",
        date: new Date("2012-04-18T13:00:00Z"),
        html: "<p>Indeed.</p>",
        votes: 1,
      },
    ],
    "x.json",
  );
  const snapshot: CommentsSnapshot = {
    ...EMPTY_SNAPSHOT,
    totals: { [giscusHash(post.commentsKey)]: 4, [giscusHash(other.commentsKey)]: 1 },
    recent: [
      {
        hash: giscusHash(other.commentsKey),
        author: "octocat",
        avatarUrl: "",
        excerpt: "Newest live comment",
        createdAt: "2026-11-20T10:00:00Z",
        url: "https://github.com/o/r/discussions/1#discussioncomment-9",
      },
      {
        hash: giscusHash("/gone/"),
        author: "ghost",
        avatarUrl: "",
        excerpt: "For a post that is gone",
        createdAt: "2026-11-21T10:00:00Z",
        url: "https://github.com/o/r/discussions/2",
      },
    ],
  };
  const index = buildCommentsIndex([post, other], new Map([[post.id, thread]]), snapshot, { perPage: 50 });

  it("count archived plus live comments", () => {
    expect(index.count(post)).toBe(6);
    expect(index.count(other)).toBe(1);
    expect(index.count(makePost())).toBe(0);
  });

  it("list recent comments from both, newest first, linked to the comment on its post", () => {
    expect(index.recent.map((c) => [c.author, c.excerpt, c.href])).toEqual([
      ["octocat", "Newest live comment", `${other.permalink}#comments`],
      ["Mariko", "Indeed.", `${post.permalink}#comment-2`],
      ["Dave", "About time.", `${post.permalink}#comment-1`],
    ]);
  });

  it("link a comment of a long thread to the comment page that shows it", () => {
    const long = buildThread(
      [
        { id: "1", author: "Dave", date: new Date("2012-04-18T12:00:00Z"), html: "<p>First.</p>", votes: 0 },
        { id: "7", author: "Ana", date: new Date("2012-04-19T12:00:00Z"), html: "<p>Second.</p>", votes: 0 },
      ],
      "x.json",
    );
    const paged = buildCommentsIndex([post], new Map([[post.id, long]]), EMPTY_SNAPSHOT, { perPage: 1 });
    expect(paged.pages(post).map((page) => page.number)).toEqual([1, 2]);
    expect(paged.count(post)).toBe(2);
    expect(paged.recent.map((c) => c.href)).toEqual([
      `${post.permalink}comment-page-2/#comment-7`,
      `${post.permalink}#comment-1`,
    ]);
  });
});
