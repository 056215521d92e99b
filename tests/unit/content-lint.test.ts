import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/lib/config";
import { lintInput, lintPosts, type LintFile } from "../../src/lib/tools/content-lint";
import { BUILD_NOW } from "../support/content";

const options = {
  knownPaths: new Set(["/2026/09/real-story/", "/tag/bmw/", "/category/news/"]),
  siteUrl: "https://cars.example.com/",
};

function post(path: string, frontmatter: string, body = "Body."): LintFile {
  return { path, text: `---\ntitle: "A headline"\ndescription: "A dek."\n${frontmatter}\n---\n\n${body}\n` };
}

const lint = (...files: LintFile[]) =>
  lintPosts(files, options).map((m) => `${m.file}:${m.line} ${m.severity} ${m.message}`);

describe("content lint", () => {
  it("is quiet on a good post", () => {
    expect(
      lint(post("a.md", "tags: [BMW]", "See [the story](/2026/09/real-story/) and ![A red coupe](./coupe.jpg).")),
    ).toEqual([]);
  });

  it("finds a link to a post that does not exist, with its line", () => {
    const [message] = lint(
      post(
        "a.md",
        "tags: []",
        "Intro.\n\nSee [this](/2026/09/no-such-story/) and [that](https://cars.example.com/2026/09/real-story/).",
      ),
    );
    expect(message).toMatch(/^a\.md:9 error the link to \/2026\/09\/no-such-story\/ leads nowhere/);
  });

  it("finds images without alt text, in Markdown and in HTML", () => {
    const messages = lint(post("a.md", "tags: []", '![](./a.jpg)\n\n<img src="./b.jpg">'));
    expect(messages).toEqual([
      expect.stringMatching(/^a\.md:7 error the image \.\/a\.jpg has no alt text/),
      expect.stringMatching(/^a\.md:9 error an <img> has no alt text/),
    ]);
  });

  it("finds a missing or placeholder dek", () => {
    const missing = { path: "m.md", text: '---\ntitle: "T"\ndescription: ""\n---\nBody\n' };
    const placeholder = {
      path: "p.md",
      text: '---\ntitle: "T"\ndescription: "Write the dek: one or two sentences."\n---\nBody\n',
    };
    expect(lint(missing, placeholder)).toEqual([
      expect.stringMatching(/^m\.md:3 error "description" is missing/),
      expect.stringMatching(/^p\.md:3 error "description" is still the placeholder/),
    ]);
  });

  it("warns about a title too long for search results", () => {
    const long = { path: "t.md", text: `---\ntitle: "${"Long ".repeat(20)}"\ndescription: "D"\n---\n` };
    expect(lint(long)).toEqual([expect.stringMatching(/^t\.md:2 warning "title" is 100 characters/)]);
  });

  it("warns about a tag spelled differently from an existing one, and not about different tags", () => {
    const messages = lintPosts(
      [
        post("a.md", "tags: [Mercedes-Benz, BMW, Land Rover, Porsche, Ford]"),
        post("b.md", "tags: [Mercedes, bmw, Landrover, Porshe, Ford Mustang, Mercedes-AMG]"),
      ],
      { ...options, makes: ["Mercedes-Benz", "BMW", "Land Rover", "Porsche", "Ford"] },
    ).map((m) => m.message);
    expect(messages).toEqual([
      expect.stringMatching(/^tag "Mercedes" looks like "Mercedes-Benz" \(used in a\.md\)/),
      expect.stringMatching(/^tag "bmw" looks like "BMW"/),
      expect.stringMatching(/^tag "Landrover" looks like "Land Rover"/),
      expect.stringMatching(/^tag "Porshe" looks like "Porsche"/),
    ]);
  });

  it("skips code, accepts alt={…}, and flags template text, components in .md and links to unpublished posts", () => {
    const messages = lintPosts(
      [
        post(
          "a.mdx",
          "tags: []",
          "```md\n![](./x.jpg) [dead](/2026/01/nope/)\n```\n\n<img src={photo} alt={caption} />\n\nStart with the news.",
        ),
        post("b.md", "tags: []", "<Verdict score={8}>x</Verdict>\n\n[soon](/2030/01/later/) [draft](/2026/10/wip/)"),
      ],
      {
        ...options,
        unpublished: new Map([
          ["/2030/01/later/", "scheduled"],
          ["/2026/10/wip/", "draft"],
        ] as const),
      },
    ).map((m) => `${m.file}:${m.line} ${m.severity} ${m.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^a\.mdx:13 warning "Start with the news\." is the new-post template's placeholder/),
      expect.stringMatching(/^b\.md:7 error <Verdict> only works in \.mdx posts/),
      expect.stringMatching(/^b\.md:9 warning the link to \/2030\/01\/later\/ leads to a scheduled post/),
      expect.stringMatching(/^b\.md:9 error the link to \/2026\/10\/wip\/ leads to a draft/),
    ]);
  });

  it("warns about a source without a URL", () => {
    expect(lint(post("s.md", "sources:\n  - name: A trade paper"))).toEqual([
      expect.stringMatching(/^s\.md:4 warning "sources\[0\]" \(A trade paper\) has no url/),
    ]);
  });
});

describe("content lint on the demo", () => {
  it("has nothing to say about the demo's own posts", async () => {
    const { default: userConfig } = await import("../../paddock.config");
    const config = resolveConfig(userConfig);
    const { files, ...context } = lintInput(process.cwd(), config, new Date(BUILD_NOW));
    expect(files.length).toBeGreaterThan(10);
    expect(lintPosts(files, { ...context, siteUrl: config.url })).toEqual([]);
  });
});
