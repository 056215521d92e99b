/** Who an imported post is credited to, and the addresses of WordPress's author archives. */
import { describe, expect, it } from "vitest";
import { authorName, creditAuthor, wordpressNicename } from "../../src/lib/tools/wordpress/authors";
import type { WxrAuthor } from "../../src/lib/tools/wordpress/wxr";

const authors = new Map<string, WxrAuthor>([
  ["admin", { login: "admin", displayName: "Site Admin" }],
  ["themereviewteam", { login: "themereviewteam", displayName: "Theme Reviewer" }],
]);

describe("WordPress authors", () => {
  it("matches a creator exactly, or once stray characters around the login are trimmed", () => {
    expect(creditAuthor("themereviewteam", authors)).toEqual({ login: "themereviewteam", match: "exact" });
    expect(creditAuthor(">themereviewteam", authors)).toEqual({
      login: "themereviewteam",
      match: "trimmed",
      creator: ">themereviewteam",
    });
    expect(creditAuthor(" «ThemeReviewTeam»\n", authors).login).toBe("themereviewteam");
  });

  it("never makes a new person of a creator who matches nobody: the export's first author is credited", () => {
    expect(creditAuthor("ghost", authors)).toEqual({ login: "admin", match: "unknown", creator: "ghost" });
    expect(creditAuthor("", authors).match).toBe("unknown");
    // An export that lists no authors at all: the login is all there is.
    expect(creditAuthor("ana", new Map())).toEqual({ login: "ana", match: "login-only" });
  });

  it("derives the nicename WordPress serves the author archive at", () => {
    expect(wordpressNicename("Jane_Doe")).toBe("jane_doe");
    expect(wordpressNicename("john.smith@example.com")).toBe("john-smithexample-com");
    expect(wordpressNicename("José Núñez")).toBe("jose-nunez");
    expect(wordpressNicename("../../evil")).toBe("evil");
  });

  it("names an author by display name, else first and last names, else the login", () => {
    expect(authorName("jd", { login: "jd", displayName: "J. Doe", firstName: "Jane", lastName: "Doe" })).toBe("J. Doe");
    expect(authorName("jd", { login: "jd", displayName: "jd", firstName: "Jane", lastName: "Doe" })).toBe("Jane Doe");
    expect(authorName("jd", undefined)).toBe("jd");
  });
});
