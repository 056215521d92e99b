import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  avatarHue,
  buildThread,
  commenterLink,
  firstWords,
  htmlToText,
  sanitizeCommentHtml,
  type ThreadNode,
} from "../../src/lib/comments/archive";
import { parseArchiveFile } from "../../src/lib/comments/archive-file";
import { archivedComment } from "./fixtures";

const comment = (id: string, parent?: string) => archivedComment(id, parent);

/** "id(replies…)" for a quick look at the shape of a thread. */
const shape = (nodes: ThreadNode[]): string =>
  nodes.map((n) => (n.replies.length ? `${n.comment.id}(${shape(n.replies)})` : n.comment.id)).join(" ");

describe("archived threads", () => {
  it("nest replies under their parents, oldest first at every level", () => {
    const thread = buildThread(
      [comment("a"), comment("b"), comment("a1", "a"), comment("a2", "a"), comment("b1", "b")],
      "x.json",
    );
    expect(shape(thread.nodes)).toBe("a(a1 a2) b(b1)");
    expect(thread.count).toBe(5);
    expect(thread.warnings).toEqual([]);
  });

  it("show three levels and put deeper replies, in date order, on the third", () => {
    const thread = buildThread(
      [comment("1"), comment("2", "1"), comment("3", "2"), comment("4", "3"), comment("5", "4"), comment("3b", "2")],
      "x.json",
    );
    expect(shape(thread.nodes)).toBe("1(2(3 4 5 3b))");
    const level3 = thread.nodes[0]!.replies[0]!.replies;
    expect(level3.map((n) => n.depth)).toEqual([3, 3, 3, 3]);
    expect(level3.every((n) => n.replies.length === 0)).toBe(true);
  });

  it("show a reply whose parent is missing at the top level, with a warning naming the file", () => {
    const thread = buildThread([comment("a"), comment("orphan", "gone")], "2012/post.comments.json");
    expect(shape(thread.nodes)).toBe("a orphan");
    expect(thread.warnings).toEqual([
      '2012/post.comments.json: comment "orphan" replies to "gone", which is not in the file; it is shown at the top level',
    ]);
  });

  it("break reply loops instead of losing the comments in them", () => {
    const thread = buildThread([comment("a", "b"), comment("b", "a"), comment("c", "a")], "x.json");
    expect(shape(thread.nodes)).toBe("a(c) b");
    expect(thread.warnings).toHaveLength(2);
  });
});

describe("comment HTML", () => {
  // Payloads in the style of the OWASP XSS filter evasion cheat sheet.
  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<style>body{display:none}</style>",
    '<body onload="alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<details open ontoggle="alert(1)">',
    '<a href="//evil.example/">x</a>',
    "<object data='x.swf'></object><embed src='x.swf'>",
    "<form action='https://evil.example'><input name=q></form>",
  ];

  it.each(payloads)("removes what could run, restyle or embed: %s", (payload) => {
    const html = sanitizeCommentHtml(payload);
    expect(html).not.toMatch(
      /<script|<iframe|<style|<svg|<object|<embed|<form|<input|\son\w+=|javascript:|data:|style=|\/\/evil/i,
    );
  });

  it("keeps formatting and marks links as user-generated", () => {
    expect(sanitizeCommentHtml('<p>See <a href="https://example.com/a" target="_top">this</a> <em>now</em></p>')).toBe(
      '<p>See <a href="https://example.com/a" rel="nofollow ugc noopener">this</a> <em>now</em></p>',
    );
  });

  it("gives Recent Comments the first words as plain text", () => {
    expect(firstWords(htmlToText("<p>Fair point &amp; well made.</p><p>Second   paragraph here.</p>"), 5)).toBe(
      "Fair point & well made.…",
    );
    expect(firstWords("Short one.")).toBe("Short one.");
  });

  it("gives each commenter a stable avatar colour", () => {
    expect(avatarHue("Dave Kowalczyk")).toBe(avatarHue("Dave Kowalczyk"));
    expect(avatarHue("Dave Kowalczyk")).not.toBe(avatarHue("Mariko T."));
  });
});

describe("archive files", () => {
  it("read ids, parents and dates (in the site's zone) and default the votes", () => {
    const text = JSON.stringify({
      comments: [
        { id: 4101, author: "Dave", date: "2012-04-18 11:42", html: "<p>x</p>" },
        { id: "4102", parent: 4101, author: "Mariko", date: "2012-04-18T12:15:00-04:00", html: "<p>y</p>", votes: 3 },
      ],
    });
    expect(parseArchiveFile(text, "a.comments.json", "America/New_York")).toEqual([
      { id: "4101", author: "Dave", date: new Date("2012-04-18T15:42:00Z"), html: "<p>x</p>", votes: 0 },
      {
        id: "4102",
        parent: "4101",
        author: "Mariko",
        date: new Date("2012-04-18T16:15:00Z"),
        html: "<p>y</p>",
        votes: 3,
      },
    ]);
  });

  it("name the file, the comment and the field that is wrong", () => {
    const text = JSON.stringify({ comments: [{ id: "1", author: "", date: "soon", html: "<p>x</p>", votes: 1.5 }] });
    expect(() => parseArchiveFile(text, "2012/post.comments.json", "UTC")).toThrow(
      /^2012\/post\.comments\.json is not a valid archived-comments file:\n- comments\[0\]\.author: expected the commenter's name\n- comments\[0\]\.date: expected a date such as 2012-04-18 11:42 \(got "soon"\)\n- comments\[0\]\.votes/,
    );
    expect(() => parseArchiveFile("{", "x.comments.json", "UTC")).toThrow(/^x\.comments\.json is not valid JSON/);
  });
});

describe("commenters' websites", () => {
  const file = "2026/plant.comments.json";
  const thread = buildThread(
    parseArchiveFile(readFileSync("tests/fixtures/security/hostile-commenters.comments.json", "utf8"), file, "UTC"),
    file,
  );
  const links = Object.fromEntries(thread.nodes.map((node) => [node.comment.id, node.authorLink]));

  it("become links only when they are http(s) URLs", () => {
    expect(links).toEqual({
      "1": "https://example.org/owner",
      "2": undefined,
      "3": undefined,
      "4": undefined,
      "5": undefined,
      "6": undefined,
      "7": undefined,
    });
    expect(commenterLink("http://example.org")).toBe("http://example.org");
    expect(commenterLink("example.org")).toBeUndefined();
    expect(commenterLink("//example.org")).toBeUndefined();
  });

  it("keep every comment, and warn with the file and the comment id for each link dropped", () => {
    expect(thread.count).toBe(7);
    expect(thread.warnings).toEqual([
      `${file}: comment "2": authorUrl must be an http(s) URL (got "javascript:alert(document.cookie)"); the name is shown without a link`,
      `${file}: comment "3": authorUrl must be an http(s) URL (got "data:text/html;base64,PHNjcmlwdD5hbGVydC…"); the name is shown without a link`,
      `${file}: comment "4": authorUrl must be an http(s) URL (got "vbscript:msgbox(1)"); the name is shown without a link`,
      `${file}: comment "5": authorUrl must be an http(s) URL (got " JaVaScRiPt:alert(1)"); the name is shown without a link`,
      `${file}: comment "6": authorUrl must be an http(s) URL (got "java\\tscript:alert(1)"); the name is shown without a link`,
    ]);
  });
});
