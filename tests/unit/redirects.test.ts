/**
 * The redirects the build serves: src/data/redirects.json read with errors an
 * editor can act on, `_redirects` rules that are always well formed, and
 * redirect pages that stay inside dist/.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readRedirects, redirectsFile, staticRedirects } from "../../src/lib/build/redirects";
import { segmentProblem, sitePathProblem } from "../../src/lib/build/safe-path";

const INJECTION = "/tag/x/ /tag/x/ 301!\n/* https://evil.example/:splat 301!/";

const dirs: string[] = [];
function redirectsJson(data: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "paddock-redirects-"));
  dirs.push(dir);
  const file = join(dir, "redirects.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the safe-path rule", () => {
  it.each([
    ["x/ /tag/x/", 'contains "/"'],
    ["..", 'contains ".."'],
    ["%2e%2e", 'contains ".."'],
    ["a%2Fb", "encoded"],
    ["a%5cb", "encoded"],
    ["a\\b", 'contains "\\"'],
    ["a b", "whitespace"],
    ["a\u0000b", "control"],
    ["*", '"*"'],
    [":splat", '":"'],
    ["", "is empty"],
    ["é".repeat(101), "longer than 200 bytes"],
  ])("refuses the segment %j", (segment, reason) => {
    expect(segmentProblem(segment)).toContain(reason);
  });

  it("accepts WordPress slugs as they are, non-ASCII and percent-encoded ones too", () => {
    for (const slug of ["brake-hose-recall", "škoda-octavia-review", "%c5%a1koda", "tyre_test", "page.html", "100%"]) {
      expect(segmentProblem(slug), slug).toBeUndefined();
    }
  });

  it("accepts same-site paths only, with a query where asked for", () => {
    expect(sitePathProblem("/2019/03/slug/")).toBeUndefined();
    expect(sitePathProblem("/")).toBeUndefined();
    expect(sitePathProblem("/?p=12", { query: true })).toBeUndefined();
    expect(sitePathProblem("/?p=12")).toBe("has a query string");
    expect(sitePathProblem("https://evil.example/")).toBe('does not start with "/"');
    expect(sitePathProblem("//evil.example/")).toContain("another host");
    expect(sitePathProblem("/a//b/")).toBe('contains "//"');
    expect(sitePathProblem("/a/%E0%A4%A/")).toContain("not an escape");
    expect(sitePathProblem("/?p=1 /evil 301!", { query: true })).toContain("not name=value");
  });
});

describe("_redirects", () => {
  it("writes one rule per redirect, query redirects as parameters", () => {
    expect(
      redirectsFile([
        { from: "/2019/03/old/", to: "/2019/03/new/" },
        { from: "/?p=101", to: "/2019/03/new/" },
      ]),
    ).toBe("/2019/03/old/ /2019/03/new/ 301!\n/ p=101 /2019/03/new/ 301!\n");
  });

  it("refuses a source that would inject rules, naming the redirect and what was expected", () => {
    expect(() => redirectsFile([{ from: INJECTION, to: "/tag/x/" }])).toThrow(
      /A redirect cannot be written to _redirects: "from" "\/tag\/x\/ \/tag\/x\/ 301!\\n\/\* https:.*has a segment that contains whitespace.*; expected a path on this site/,
    );
  });

  it("refuses a target on another host", () => {
    for (const to of ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]) {
      expect(() => redirectsFile([{ from: "/old/", to }]), to).toThrow(/"to" .* expected a path on this site/);
    }
  });
});

describe("src/data/redirects.json", () => {
  it("reads a list of redirects", () => {
    const file = redirectsJson([{ from: "/old/", to: "/new/" }]);
    expect(readRedirects(file)).toEqual([{ from: "/old/", to: "/new/" }]);
  });

  it("names the file, the entry and the field that is wrong", () => {
    const file = redirectsJson([
      { from: "/ok/", to: "/fine/" },
      { from: "/old/", to: "https://evil.example/" },
    ]);
    expect(() => readRedirects(file)).toThrow(
      `${file}: entry 2 cannot be served: "to" "https://evil.example/" does not start with "/"; expected a path on this site such as "/2019/03/new-slug/"`,
    );
    expect(() => readRedirects(redirectsJson([{ from: "/old/" }]))).toThrow(/entry 1 should look like \{ "from"/);
    expect(() => readRedirects(redirectsJson({ from: "/a/" }))).toThrow(/should be a list of/);
  });
});

describe("redirect pages", () => {
  it("are built at decoded paths, query redirects left to _redirects", () => {
    expect(
      staticRedirects([
        { from: "/2020/07/%c5%a1koda/", to: "/2020/07/škoda-review/" },
        { from: "/?p=1", to: "/2020/07/škoda-review/" },
      ]),
    ).toEqual({ "/2020/07/škoda/": "/2020/07/škoda-review/" });
  });

  it.each(["/tag/../../../../tmp/paddock-escape/", "/a%2Fb/", "/a\\b/", "/a/%E0%A4%A/"])(
    "refuse a source that could land outside dist/ with a message, not a crash: %s",
    (from) => {
      expect(() => staticRedirects([{ from, to: "/" }])).toThrow(
        /^A redirect page cannot be built: "from" .*; expected a path on this site such as "\/2019\/03\/old-slug\/"$/,
      );
    },
  );
});
