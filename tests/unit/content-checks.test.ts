import { describe, expect, it } from "vitest";
import { checkPosts, ContentError } from "../../src/lib/content/content-checks";
import { makePost } from "./fixtures";

const context = { authorIds: new Set(["ana", "ben"]), categorySlugs: new Set(["news", "reviews"]) };

describe("content cross-checks", () => {
  it("accept valid posts", () => {
    expect(checkPosts([makePost(), makePost({ authors: ["ana", "ben"], category: "reviews" })], context)).toEqual([]);
  });

  it("name the file and the author that does not exist", () => {
    const post = makePost({ filePath: "src/content/posts/2026/x.md", authors: ["ana", "zed"] });
    const [problem, ...rest] = checkPosts([post], context);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "src/content/posts/2026/x.md", field: "authors[1]" });
    expect(problem!.message).toContain('"zed"');
    expect(problem!.message).toContain("ana, ben");
  });

  it("reject a category that is not configured", () => {
    const [problem] = checkPosts([makePost({ category: "gossip" })], context);
    expect(problem).toMatchObject({ field: "category" });
    expect(problem!.message).toContain("news, reviews");
  });

  it("require alt text for a hero image", () => {
    expect(checkPosts([makePost({ hasHeroImage: true })], context)).toMatchObject([{ field: "heroAlt" }]);
    expect(checkPosts([makePost({ hasHeroImage: true, heroAlt: "A red coupe" })], context)).toEqual([]);
  });

  it("reject an updatedDate before pubDate", () => {
    const post = makePost({ pubDate: new Date("2026-05-02T00:00:00Z"), updatedDate: new Date("2026-05-01T00:00:00Z") });
    expect(checkPosts([post], context)).toMatchObject([{ field: "updatedDate" }]);
  });

  it("reject two posts with the same permalink, naming both files", () => {
    const pubDate = new Date("2026-05-02T12:00:00Z");
    const first = makePost({ filePath: "src/content/posts/a/same.md", pubDate });
    const second = makePost({ filePath: "src/content/posts/b/same.md", pubDate: new Date("2026-05-20T12:00:00Z") });
    const [problem] = checkPosts([first, second], context);
    expect(problem).toMatchObject({ file: "src/content/posts/b/same.md", field: "slug" });
    expect(problem!.message).toContain("/2026/05/same/");
    expect(problem!.message).toContain("src/content/posts/a/same.md");
  });

  it("reject a tag with nothing to make a tag page from", () => {
    expect(checkPosts([makePost({ tags: ["Toyota", "+"] })], context)).toMatchObject([{ field: "tags[1]" }]);
  });

  it("reject two posts sharing one comment thread", () => {
    const problems = checkPosts([makePost({ commentsKey: "k" }), makePost({ commentsKey: "k" })], context);
    expect(problems).toMatchObject([{ field: "commentsKey" }]);
  });

  it("report every problem in one error", () => {
    const problems = checkPosts([makePost({ category: "x", authors: ["nobody"] })], context);
    const error = new ContentError(problems);
    expect(error.message).toMatch(
      /^Paddock found 2 problems in the content:\n- src\/content\/posts\/.+: "authors\[0\]"/,
    );
    expect(error.message.split("\n")).toHaveLength(3);
  });
});
