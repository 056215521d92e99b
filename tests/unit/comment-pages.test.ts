import { describe, expect, it } from "vitest";
import { buildThread, type ArchivedComment, type ThreadNode } from "../../src/lib/comments/archive";
import { commentPageOf, commentPagePath, commentPages } from "../../src/lib/comments/comment-pages";
import { archivedComment } from "./fixtures";

// 300 characters: with the markup around it, 1,000 bytes of a page.
const comment = (id: string, parent?: string) =>
  archivedComment(id, parent, `<p>${`Comment ${id}`.padEnd(293, ".")}</p>`);

/** Bytes of comments on a page, at 1,000 a comment. */
const KB = 1000;

/** `count` top-level comments "t1"…, each with `replies` replies "t1.r1"…. */
function thread(count: number, replies = 0) {
  const comments: ArchivedComment[] = [];
  for (let t = 1; t <= count; t++) {
    comments.push(comment(`t${t}`));
    for (let r = 1; r <= replies; r++) comments.push(comment(`t${t}.r${r}`, `t${t}`));
  }
  return buildThread(comments, "story.comments.json");
}

/** "id(replies…)", context copies marked with a star. */
const shape = (nodes: ThreadNode[]): string =>
  nodes
    .map((n) => `${n.context ? "*" : ""}${n.comment.id}${n.replies.length ? `(${shape(n.replies)})` : ""}`)
    .join(" ");

const ids = (nodes: ThreadNode[]): string[] =>
  nodes.flatMap((n) => [...(n.context ? [] : [n.comment.id]), ...ids(n.replies)]);

describe("comment pages of a long archived thread", () => {
  it("hold a fixed number of top-level comments with all their replies, oldest first", () => {
    const pages = commentPages(thread(120, 2), 50, 1000 * KB);
    expect(pages.map((page) => page.nodes.length)).toEqual([50, 50, 20]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(shape(pages[1]!.nodes.slice(0, 1))).toBe("t51(t51.r1 t51.r2)");
    expect(pages.flatMap((page) => ids(page.nodes))).toHaveLength(360);
  });

  it("is one page when the thread is short", () => {
    expect(commentPages(thread(3), 50, 100 * KB).map((page) => ids(page.nodes))).toEqual([["t1", "t2", "t3"]]);
  });

  it("start a new page before one would hold more bytes of comments than the budget allows", () => {
    // 31 comments a conversation: three fit in 100.
    const pages = commentPages(thread(10, 30), 50, 100 * KB);
    expect(pages.map((page) => page.nodes.length)).toEqual([3, 3, 3, 1]);
    for (const page of pages) expect(ids(page.nodes).length).toBeLessThanOrEqual(100);
  });

  it("split a single thread longer than a page, each later part under a copy of the comment it continues", () => {
    const pages = commentPages(thread(1, 249), 50, 100 * KB);
    // A copy takes its room on the page: 99 replies after it.
    expect(pages.map((page) => ids(page.nodes).length)).toEqual([100, 99, 51]);
    expect(pages[1]!.nodes[0]!.context).toBe(true);
    expect(shape(pages[1]!.nodes).startsWith("*t1(t1.r100 t1.r101")).toBe(true);
    // Every comment appears once, not counting the copies.
    expect(new Set(pages.flatMap((page) => ids(page.nodes))).size).toBe(250);
  });

  it("carry every level of a split reply chain down to the reply that continues it", () => {
    const comments = [comment("root"), comment("a", "root")];
    for (let i = 1; i <= 5; i++) comments.push(comment(`a${i}`, "a"));
    const pages = commentPages(buildThread(comments, "x.json"), 50, 4 * KB);
    expect(pages.map((page) => shape(page.nodes))).toEqual(["root(a(a1 a2))", "*root(*a(a3 a4))", "*root(*a(a5))"]);
  });

  it("know the page of every comment, for links to #comment-<id> and Recent Comments", () => {
    const pages = commentPages(thread(120, 1), 50, 1000 * KB);
    const pageOf = commentPageOf(pages);
    expect(pageOf.get("t1")).toBe(1);
    expect(pageOf.get("t50.r1")).toBe(1);
    expect(pageOf.get("t51")).toBe(2);
    expect(pageOf.get("t120.r1")).toBe(3);
    expect(pageOf.size).toBe(240);
  });

  it("live at WordPress's addresses, page 1 being the article", () => {
    expect(commentPagePath("/2012/04/lexus/", 1)).toBe("/2012/04/lexus/");
    expect(commentPagePath("/2012/04/lexus/", 3)).toBe("/2012/04/lexus/comment-page-3/");
  });
});
