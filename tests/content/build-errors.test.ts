/**
 * Bad input: each case builds a small copy of the site whose content has one
 * mistake, and expects the build to fail with a message that names the file
 * and the field, and says what was expected.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchSite } from "../support/scratch-site";

const AUTHOR = "name: Ana Lima\nrole: staff\ncountry: Brazil\nbio: Writes about factories.\n";

function post(fields: Record<string, string>, body = "Body text of the story.") {
  const defaults = {
    title: '"Toyota opens a plant"',
    description: '"A dek for the story."',
    pubDate: "2026-05-04T09:00:00-04:00",
    authors: "[ana-lima]",
    category: "news",
  };
  const frontmatter = Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

function siteWith(name: string, posts: Record<string, string>) {
  const site = scratchSite(name);
  site.write("src/content/authors/ana-lima.yaml", AUTHOR);
  for (const [path, text] of Object.entries(posts)) site.write(`src/content/posts/${path}`, text);
  return site;
}

describe("content errors stop the build and say where", () => {
  it("a correct site builds (control case)", () => {
    const { status, output } = siteWith("valid", { "2026/good.md": post({}) }).build();
    expect(output).not.toMatch(/\[ERROR\]|Error:/);
    expect(output).not.toMatch(/\[WARN\]/);
    expect(status).toBe(0);
  });

  const cases: { name: string; file: string; fields: Record<string, string>; expect: RegExp[] }[] = [
    { name: "missing title", file: "2026/untitled.md", fields: { title: "" }, expect: [/title: expected a headline/] },
    {
      name: "a date that is not a date",
      file: "2026/bad-date.md",
      fields: { pubDate: '"next Tuesday"' },
      expect: [/pubDate: expected a date such as 2026-11-03T09:30:00-05:00/],
    },
    {
      name: "unknown author",
      file: "2026/ghost-writer.md",
      fields: { authors: "[ana-lima, ghost]" },
      expect: [/"authors\[1\]" names "ghost", but there is no such author; expected one of: ana-lima/],
    },
    {
      name: "unknown category",
      file: "2026/gossip.md",
      fields: { category: "gossip" },
      expect: [/"category" is "gossip", which is not a category in paddock\.config\.ts; expected one of: news/],
    },
    {
      name: "hero image without alt text",
      file: "2026/no-alt.md",
      fields: { heroImage: "./hero.jpg" },
      expect: [/"heroAlt" is missing: a post with a heroImage needs heroAlt/],
    },
    {
      name: "a slug that would climb out of its folder",
      file: "2026/sneaky.md",
      fields: { slug: '".."' },
      expect: [/slug: expected a slug of lowercase letters/],
    },
    {
      name: "a tag with no letters",
      file: "2026/plus.md",
      fields: { tags: '["+"]' },
      expect: [/"tags\[0\]" is "\+", which has no letters or digits/],
    },
    {
      name: "updatedDate before pubDate",
      file: "2026/time-travel.md",
      fields: { updatedDate: "2026-05-01T09:00:00-04:00" },
      expect: [/"updatedDate" \(2026-05-01T13:00:00\.000Z\) is before pubDate/],
    },
  ];

  it.each(cases)("$name", (testCase) => {
    const site = siteWith(testCase.name.replace(/\W+/g, "-"), { [testCase.file]: post(testCase.fields) });
    site.copy("src/content/posts/2026/hyundai-georgia-assembly-line.jpg", "src/content/posts/2026/hero.jpg");
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`src/content/posts/${testCase.file}`);
    for (const pattern of testCase.expect) expect(output).toMatch(pattern);
  });

  it("two posts with the same permalink name both files", () => {
    const site = siteWith("duplicate-permalink", {
      "2026/recall.md": post({}),
      "archive/recall.md": post({ pubDate: "2026-05-20T09:00:00-04:00" }),
    });
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /src\/content\/posts\/(2026|archive)\/recall\.md: "slug" gives the permalink \/2026\/05\/recall\/, which src\/content\/posts\/(2026|archive)\/recall\.md already has/,
    );
  });

  it("two posts may share a slug in different months, as on WordPress", () => {
    const site = siteWith("shared-slug", {
      "2026/a.md": post({ slug: "review" }),
      "2026/b.md": post({ slug: "review", pubDate: "2026-06-04T09:00:00-04:00" }),
    });
    const { status, output } = site.build();
    expect(status, output).toBe(0);
    expect(existsSync(join(site.dir, "dist/2026/05/review/index.html"))).toBe(true);
    expect(existsSync(join(site.dir, "dist/2026/06/review/index.html"))).toBe(true);
  });

  it("a draft with a mistake still fails: drafts are checked too", () => {
    const site = siteWith("draft-mistake", {
      "2026/good.md": post({}),
      "2026/draft.md": post({ draft: "true", category: "nope" }),
    });
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/posts/2026/draft.md: "category"');
  });
});
