/**
 * The WordPress importer's stages one by one (read → map → convert → write →
 * report), on the fixture exports and on items made for each case.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  archiveRedirects,
  commitStaging,
  convertEntry,
  findUpload,
  formatReport,
  importWordPress,
  mapComments,
  mapEntry,
  mergeCategories,
  mergeRedirects,
  newReport,
  openStaging,
  postFile,
  readEntries,
  readExports,
  stageCopy,
  stageFile,
  type ExportIndex,
  type PostPlan,
} from "../../src/lib/tools/wordpress/import";
import type { WxrComment, WxrItem, WxrTerm } from "../../src/lib/tools/wordpress/wxr";
import { wxrItem } from "./fixtures";

const FIXTURES = join(import.meta.dirname, "../fixtures/wordpress");
const EXPORTS = [join(FIXTURES, "export.xml"), join(FIXTURES, "export-part-2.xml")];
const ZONE = "America/New_York";

const item = (fields: Partial<WxrItem>) => wxrItem(fields);

function comment(fields: Partial<WxrComment>): WxrComment {
  return {
    id: "1",
    author: "Reader",
    authorUrl: "",
    dateGmt: "2024-05-11 10:00:00",
    date: "2024-05-11 06:00:00",
    content: "Nice.",
    approved: "1",
    type: "",
    parent: "0",
    meta: {},
    ...fields,
  };
}

const terms = (...list: WxrTerm[]) => new Map(list.map((t) => [`${t.kind}:${t.slug}`, t]));
function index(fields: Partial<ExportIndex> = {}): ExportIndex {
  return {
    authors: new Map([["ana", { login: "ana", displayName: "Ana Lima" }]]),
    terms: terms(
      { kind: "category", slug: "news", name: "News" },
      { kind: "category", slug: "reviews", name: "Reviews" },
      { kind: "category", slug: "long-term", name: "Long-Term Tests", parent: "reviews" },
    ),
    attachments: new Map(),
    attachmentPages: [],
    total: 0,
    timeZoneMismatches: 0,
    ...fields,
  };
}
const mapPost = (fields: Partial<WxrItem>, taken = new Set<string>()) =>
  mapEntry(item(fields), index(), taken, ZONE) as PostPlan;

const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "paddock-stages-"));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("read", () => {
  it("collects authors, categories with their parents, tags and attachments from every export", async () => {
    const found = await readExports(EXPORTS, ZONE);
    expect(found.authors.get("mgarcia")?.displayName).toBe("Marta García");
    expect(found.terms.get("category:long-term")?.parent).toBe("reviews");
    expect(found.terms.get("tag:skoda")?.name).toBe("Škoda");
    expect(found.attachmentPages).toContainEqual({ from: "/2019/03/brake-recall/plant-photo/", parent: "101" });
    expect(found.timeZoneMismatches).toBe(0);
  });

  it("counts a post repeated at the edge of two split exports once, and hands it over once", async () => {
    const found = await readExports(EXPORTS, ZONE);
    const ids: string[] = [];
    await readEntries(EXPORTS, {}, (entry) => ids.push(entry.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(found.total);
    expect(ids).toContain("101");
  });

  it("notices posts written in another time zone than the site's", async () => {
    expect((await readExports(EXPORTS, "UTC")).timeZoneMismatches).toBeGreaterThan(0);
  });

  it("stops at malformed XML with the file, line and column", async () => {
    await expect(readExports([join(FIXTURES, "broken.xml")], ZONE)).rejects.toThrow(/broken\.xml:5:\d+: /);
  });
});

describe("map", () => {
  it("keeps a published post at its WordPress permalink, in the site's time zone, with its old addresses redirected", () => {
    const plan = mapPost({ meta: { _wp_old_slug: ["Old-Story"] } });
    expect(plan.permalink).toBe("/2024/05/a-story/");
    expect(plan.base).toBe("src/content/posts/2024/a-story");
    expect(plan.redirects).toEqual([
      { from: "/2024/05/old-story/", to: "/2024/05/a-story/" },
      { from: "/?p=7", to: "/2024/05/a-story/" },
    ]);
    expect(plan.livePath).toBe("/2024/05/a-story/");
    expect(plan.permalinkMismatch).toBeUndefined();
  });

  it("redirects a URL that was not /YYYY/MM/slug/ and reports it", () => {
    const plan = mapPost({ link: "https://old.example/news/a-story.html" });
    expect(plan.permalinkMismatch).toBe("/news/a-story.html → /2024/05/a-story/");
    expect(plan.redirects[0]).toEqual({ from: "/news/a-story.html", to: "/2024/05/a-story/" });
  });

  it("gives drafts and private posts no redirects that would reveal them", () => {
    for (const fields of [{ status: "draft" }, { status: "private" }, { status: "pending" }]) {
      const plan = mapPost(fields);
      expect(plan.draft, JSON.stringify(fields)).toBe(true);
      expect(plan.redirects).toEqual([]);
      expect(plan.livePath).toBeUndefined();
    }
    expect(mapPost({ status: "future" })).toMatchObject({ draft: false, scheduled: true });
    expect(mapPost({ password: "secret" })).toMatchObject({ draft: true, passworded: true });
  });

  it("skips trash and undated items with the reason", () => {
    expect(mapEntry(item({ status: "trash" }), index(), new Set(), ZONE)).toEqual({
      kind: "skip",
      reason: "trash posts",
    });
    expect(mapEntry(item({ postDate: "", postDateGmt: "" }), index(), new Set(), ZONE)).toMatchObject({
      reason: "posts without a usable date",
    });
  });

  it("files a post under its top-level category and keeps the subcategory as a tag", () => {
    const plan = mapPost({
      terms: [
        { domain: "category", slug: "long-term", name: "Long-Term Tests" },
        { domain: "post_tag", slug: "skoda", name: "Škoda" },
      ],
    });
    expect(plan.category).toEqual({ slug: "reviews", name: "Reviews" });
    expect(plan.tags).toEqual(["Škoda", "Long-Term Tests"]);
  });

  it("gives the second of two slugs that make one file name a name of its own", () => {
    const taken = new Set<string>();
    expect(mapPost({ postName: "my_post", link: "https://old.example/2024/05/my_post/" }, taken).renamed).toBe(false);
    const second = mapPost({ id: "8", postName: "my-post", link: "https://old.example/2024/05/my-post/" }, taken);
    expect(second).toMatchObject({ renamed: true, base: "src/content/posts/2024/my-post-8" });
  });

  it("serves a child page at /<slug>/ and redirects its old /parent/child/ address", () => {
    const plan = mapEntry(
      item({ postType: "page", link: "https://old.example/about/team/", postName: "team" }),
      index(),
      new Set(),
      ZONE,
    );
    expect(plan).toMatchObject({
      kind: "page",
      base: "src/content/pages/team",
      redirects: [{ from: "/about/team/", to: "/team/" }],
    });
  });

  it("keeps approved comments only, a reply to a removed comment hanging from its nearest kept ancestor", () => {
    const skipped: Record<string, number> = {};
    const kept = mapComments(
      item({
        comments: [
          comment({ id: "1", meta: { _comment_like_count: "4" }, authorUrl: "https://reader.example" }),
          comment({ id: "2", parent: "1", approved: "0" }),
          comment({ id: "3", parent: "2" }),
          comment({ id: "4", approved: "spam" }),
          comment({ id: "5", type: "pingback" }),
        ],
      }),
      ZONE,
      skipped,
    );
    expect(kept.map((c) => [c.id, c.parent])).toEqual([
      ["1", undefined],
      ["3", "1"],
    ]);
    expect(kept[0]).toMatchObject({ votes: 4, authorUrl: "https://reader.example", html: "<p>Nice.</p>" });
    expect(skipped).toEqual({ "pending comments": 1, "spam comments": 1, "pingbacks (not shown as comments)": 1 });
  });

  it("redirects feeds, category, tag and author archives and attachment pages", () => {
    const list = archiveRedirects(
      {
        ...index(),
        attachmentPages: [{ from: "/2024/05/a-story/photo/", parent: "7" }],
      },
      ["ana"],
      new Map([["7", "/2024/05/a-story/"]]),
    );
    expect(list).toContainEqual({ from: "/feed/", to: "/rss.xml" });
    expect(list).toContainEqual({ from: "/category/reviews/long-term/", to: "/tag/long-term-tests/" });
    expect(list).toContainEqual({ from: "/category/news/feed/", to: "/category/news/rss.xml" });
    expect(list).toContainEqual({ from: "/author/ana/feed/", to: "/author/ana/rss.xml" });
    expect(list).toContainEqual({ from: "/2024/05/a-story/photo/", to: "/2024/05/a-story/" });
  });

  it("keeps redirects added by hand, and drops any that point at themselves or hide a live page", () => {
    const merged = mergeRedirects(
      [
        { from: "/legacy/", to: "/about/" },
        { from: "/2024/05/a-story/", to: "/elsewhere/" },
      ],
      [
        { from: "/2024/05/%c5%a1koda/", to: "/2024/05/škoda/" },
        { from: "/?p=7", to: "/2024/05/a-story/" },
      ],
      new Set(["/2024/05/a-story/"]),
    );
    expect(merged).toEqual([
      { from: "/legacy/", to: "/about/" },
      { from: "/?p=7", to: "/2024/05/a-story/" },
    ]);
  });

  it("adds the categories posts use to those an earlier import wrote, with their descriptions", () => {
    expect(
      mergeCategories(
        [{ slug: "news", title: "News" }],
        new Map([["reviews", { title: "Reviews", description: "Tested on our roads." }]]),
      ),
    ).toEqual([
      { slug: "news", title: "News" },
      { slug: "reviews", title: "Reviews", description: "Tested on our roads." },
    ]);
  });
});

describe("convert", () => {
  const attachments = new Map();
  it("takes the dek from the excerpt, else the teaser, else the first sentences", () => {
    expect(convertEntry(item({ excerpt: "<p>The excerpt.</p>" }), attachments).description).toBe("The excerpt.");
    expect(convertEntry(item({ content: "Teaser.<!--more-->Rest." }), attachments).description).toBe("Teaser.");
    const long = `${"Words go here. ".repeat(20)}`;
    const dek = convertEntry(item({ content: long }), attachments).description;
    expect(dek.length).toBeLessThanOrEqual(200);
    expect(dek.endsWith(".")).toBe(true);
  });

  it("writes a post file that names its category by slug and keeps a non-ASCII slug exact", () => {
    const plan = mapPost({ link: "https://old.example/2024/05/%c5%a1koda-test/", postName: "%c5%a1koda-test" });
    const text = postFile(item({}), plan, convertEntry(item({}), attachments), {
      name: "hero.jpg",
      alt: "A car",
      credit: "Photo: Ana",
    });
    expect(text).toMatch(/^---\ntitle: "?A story"?\n/);
    expect(text).toContain("\nslug: škoda-test\n");
    expect(text).toContain("category: news");
    expect(text).toContain("heroImage: ./skoda-test/hero.jpg");
    expect(text).toMatch(/importHash: "?\w{16}"?/);
    expect(text.trimEnd().endsWith("<p>Text.</p>")).toBe(true);
  });

  it("finds the original of a resized upload, and never a file outside the uploads folder", () => {
    const uploads = tempDir();
    mkdirSync(join(uploads, "2019/03"), { recursive: true });
    writeFileSync(join(uploads, "2019/03/plant.jpg"), "jpg");
    expect(findUpload("https://old.example/wp-content/uploads/2019/03/plant-640x427.jpg", uploads)).toEqual({
      relative: "2019/03/plant.jpg",
      path: join(uploads, "2019/03/plant.jpg"),
    });
    expect(findUpload("https://old.example/wp-content/uploads/2019/03/gone.jpg", uploads)).toEqual({
      missing: "2019/03/gone.jpg",
    });
    expect(findUpload("https://old.example/wp-content/uploads/../../etc/passwd.jpg", uploads)).toEqual({
      missing: "../../etc/passwd.jpg",
    });
    expect(findUpload("https://old.example/images/plant.jpg", uploads)).toBeUndefined();
  });
});

describe("write", () => {
  it("stages files and moves them into place only at the end", () => {
    const root = tempDir();
    const staging = openStaging(root);
    expect(stageFile(staging, "src/data/a.json", "{}\n")).toBe("staged");
    expect(existsSync(join(root, "src/data/a.json"))).toBe(false);
    commitStaging(staging);
    expect(readFileSync(join(root, "src/data/a.json"), "utf8")).toBe("{}\n");
    expect(existsSync(staging.folder)).toBe(false);
  });

  it("leaves unchanged files alone and keeps a hand-edited post unless forced", () => {
    const root = tempDir();
    const plan = mapPost({});
    const text = postFile(item({}), plan, convertEntry(item({}), new Map()));
    const first = openStaging(root);
    stageFile(first, "src/content/posts/2024/a-story.md", text, true);
    commitStaging(first);
    expect(stageFile(openStaging(root), "src/content/posts/2024/a-story.md", text, true)).toBe("unchanged");
    writeFileSync(join(root, "src/content/posts/2024/a-story.md"), text.replace("Text.", "Edited text."));
    expect(stageFile(openStaging(root), "src/content/posts/2024/a-story.md", text, true)).toBe("kept");
    expect(stageFile(openStaging(root, { force: true }), "src/content/posts/2024/a-story.md", text, true)).toBe(
      "staged",
    );
  });

  it("writes nothing on a dry run", () => {
    const root = tempDir();
    const from = join(root, "upload.jpg");
    writeFileSync(from, "jpg");
    const staging = openStaging(root, { dryRun: true });
    expect(stageFile(staging, "src/content/pages/a.md", "text")).toBe("staged");
    expect(stageCopy(staging, from, "public/wp-content/uploads/upload.jpg")).toBe(true);
    expect(stageCopy(staging, from, "public/wp-content/uploads/upload.jpg")).toBe(false);
    commitStaging(staging);
    expect(existsSync(join(root, "src/content/pages/a.md"))).toBe(false);
    expect(existsSync(join(root, "public/wp-content/uploads/upload.jpg"))).toBe(false);
  });
});

describe("report", () => {
  it("says what came across and what was left out, in words an editor can act on", () => {
    const report = newReport();
    report.posts = 3;
    report.drafts = 1;
    report.skipped = { "spam comments": 2 };
    report.keptHandEdits = ["src/content/posts/2024/a-story.md"];
    report.missingImages = ["2019/03/line.jpg"];
    const text = formatReport(report, "/site", ["/site/export.xml"]);
    expect(text).toContain("Imported from export.xml:");
    expect(text).toContain("3 posts (1 drafts, 0 scheduled)");
    expect(text).toContain("skipped: 2 spam comments");
    expect(text).toContain("(use --force to overwrite):\n    src/content/posts/2024/a-story.md");
    expect(text).toContain(
      "1 images not found in --uploads (the posts keep their old addresses):\n    2019/03/line.jpg",
    );
  });

  it("leaves out a post whose HTML is nested too deeply to convert, and imports the rest", async () => {
    const dir = tempDir();
    const file = join(dir, "deep.xml");
    const readable = readFileSync(join(FIXTURES, "hostile.xml"), "utf8");
    const deep = `<div>`.repeat(60_000);
    writeFileSync(file, readable.replace("<![CDATA[Still a story.]]>", `<![CDATA[${deep}]]>`));
    const report = await importWordPress({ files: [file], root: join(dir, "site"), timeZone: "UTC" });
    expect(report.refused).toContainEqual({
      item: 'post "Filed under an evil category by an evil login" (id 204)',
      leftOut: "the whole post",
      reason: "its HTML is nested too deeply to convert",
    });
    expect(report.posts).toBe(2);
  });
});
