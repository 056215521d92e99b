/**
 * A hostile export (tests/fixtures/wordpress/hostile.xml) and uploads folder
 * (hostile-uploads/): every value that would become a URL, a file name or a
 * redirect tries to break out. The import leaves each out, says so, and
 * imports the rest; nothing is written outside the folders an import owns.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redirectProblem, redirectsFile, type Redirect } from "../../src/lib/build/redirects";
import { resolveConfig } from "../../src/lib/config";
import {
  formatReport,
  importWordPress,
  openStaging,
  stageFile,
  type ImportReport,
} from "../../src/lib/tools/wordpress/import";

const FIXTURES = join(import.meta.dirname, "../fixtures/wordpress");
const OWN_CATEGORIES = [{ slug: "news", title: "News", description: "What happened today." }];

let root: string;
let report: ImportReport;
let text: string;
const files = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
const read = (path: string) => readFileSync(join(root, path), "utf8");

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "paddock-hostile-"));
  report = await importWordPress({
    files: [join(FIXTURES, "hostile.xml")],
    root,
    timeZone: "UTC",
    uploads: join(FIXTURES, "hostile-uploads"),
    siteCategories: OWN_CATEGORIES,
  });
  text = formatReport(report, root, [join(FIXTURES, "hostile.xml")]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a hostile WordPress export", () => {
  it("imports the rest of the export", () => {
    expect(report.posts).toBe(3);
    expect(read("src/content/posts/2019/safe-post.md")).toContain("The rest of the export still imports.");
    expect(files()).toContain("src/content/posts/2019/evil-category-post.md");
  });

  it("leaves out posts and pages whose slug is not one URL segment, naming each and why", () => {
    expect(text).toContain(
      'post "Encoded slash in the slug" (id 202): the whole post left out, slug "a/b" contains "/"',
    );
    expect(text).toContain('post "Dot-dot slug" (id 203): the whole post left out, slug "../../../post-escape"');
    expect(text).toContain('page "About us" (id 206): the whole page left out, slug "about us" contains whitespace');
    const everything = files().map(read).join("\n");
    for (const marker of ["HOSTILE-ENCODED-SLUG", "HOSTILE-DOTDOT-SLUG", "HOSTILE-SPACED-PAGE"]) {
      expect(everything).not.toContain(marker);
    }
  });

  it("refuses the tag slug that would inject redirect rules, and every redirect out of the site", () => {
    expect(text).toMatch(/tag "Injected": its archive redirects left out, slug "x\/ \/tag\/x\/ 301!\\n\/\* https:/);
    expect(text).toContain('tag "Escape": its archive redirects left out, slug "../../../../../../tmp/paddock-escape"');
    expect(text).toContain('tag "Encoded": its archive redirects left out, slug "a%2Fb" contains an encoded "/"');
    expect(text).toContain(
      'category "Evil Cat": its archive redirects left out, nicename "../../evilcat" contains ".."',
    );
    expect(text).toContain('author "../../evil": their archive redirects left out, login "../../evil"');
    expect(text).toContain('_wp_old_slug "../../../oldslug" contains "/"');
    expect(text).toMatch(/attachment page "\/2019\/03\/safe-post\/%2e%2e%2f.*a redirect left out/);

    const redirects = JSON.parse(read("src/data/redirects.json")) as Redirect[];
    expect(redirects.map(redirectProblem).filter(Boolean)).toEqual([]);
    expect(redirects).toContainEqual({ from: "/2019/03/safe-old-slug/", to: "/2019/03/safe-post/" });
    expect(JSON.stringify(redirects)).not.toMatch(/evil\.example|\.\.|paddock-escape|oldslug|%2f/i);
    for (const line of redirectsFile(redirects).trimEnd().split("\n")) {
      expect(line).toMatch(/^\/\S* (?:[\w.-]+=[\w.%-]* )*\/\S* 301!$/);
    }
    expect(read("src/content/posts/2019/safe-post.md")).not.toContain("oldslug");
  });

  it("lets no script address, handler or class name from block attributes through, and allows no bad image host", () => {
    const post = read("src/content/posts/2019/safe-post.md");
    expect(post).toContain("HOSTILE-COVER-TEXT");
    expect(post).toContain("HOSTILE-BAD-ATTRS kept");
    expect(post).not.toMatch(/javascript:|onerror|onmouseover|onclick|alert\(|evil"/);
    expect(text).toContain("1 block attributes that are not JSON (the blocks' HTML kept)");
    const origins: string[] = JSON.parse(read("src/data/image-origins.json"));
    expect(origins).toEqual(["https://hostile.example"]);
  });

  it("copies only images, PDF, audio and video from --uploads, never a symbolic link", () => {
    expect(report.refusedUploads).toEqual([
      { path: "2019/03/link.jpg", reason: "a symbolic link" },
      { path: "2019/03/logo.svg", reason: "not an image, PDF, audio or video file" },
      { path: "2019/03/page.html", reason: "not an image, PDF, audio or video file" },
    ]);
    const copied = files().filter((path) => path.startsWith("public/"));
    expect(copied).toEqual(["public/wp-content/uploads/2019/03/photo.jpg"]);
    // The post keeps the old address of what was not copied, so nothing on the new site serves it.
    const post = read("src/content/posts/2019/safe-post.md");
    expect(post).toContain('href="https://hostile.example/wp-content/uploads/2019/03/page.html"');
    expect(post).toContain('src="/wp-content/uploads/2019/03/photo.jpg"');
    expect(post).toContain("heroImage: ./safe-post/photo.jpg");
  });

  it("writes only into the content, data and uploads folders, and nothing outside the site", () => {
    for (const path of files()) {
      expect(path).toMatch(/^(src\/content\/(posts|authors|pages)|src\/data|public\/wp-content\/uploads)\//);
    }
    expect(existsSync("/tmp/paddock-escape")).toBe(false);
    expect(existsSync(join(root, "..", "evilcat"))).toBe(false);
    expect(readdirSync(join(root, "src/content/authors")).sort()).toEqual(["evil.yaml", "writer.yaml"]);
  });

  it("refuses, where it writes, a path that resolves outside its folder", () => {
    const staging = openStaging(root, { dryRun: true });
    expect(() => stageFile(staging, "src/content/posts/../../../../escape.md", "x")).toThrow(
      'The import stopped before writing "src/content/posts/../../../../escape.md": it resolves outside src/content/posts',
    );
    // Inside the project, but not inside the folder the path names.
    expect(() => stageFile(staging, "src/content/posts/../authors/x.yaml", "x")).toThrow(/outside src\/content\/posts/);
    expect(() => stageFile(staging, "astro.config.mjs", "x")).toThrow(
      /an import only writes inside src\/content\/posts, src\/content\/authors/,
    );
  });

  it("merges categories that share a slug, so the config can list the site's and the import's together", () => {
    expect(report.mergedCategories).toEqual([
      '"Breaking News" and "News" share the slug "news": merged as "News"',
      '"News" is already in paddock.config.ts as "news": its posts are filed there and wordpress-categories.json repeats it as "News"',
    ]);
    const imported = JSON.parse(read("src/data/wordpress-categories.json"));
    expect(imported).toContainEqual(OWN_CATEGORIES[0]);
    const config = resolveConfig({
      name: "Hostile Motors",
      url: "https://hostile.example",
      description: "x",
      categories: [...OWN_CATEGORIES, ...imported],
    });
    expect(config.categories.map((c) => c.slug)).toEqual(["news", "evilcat"]);
    expect(read("src/content/posts/2019/other-news.md")).toContain("category: news");
  });
});
