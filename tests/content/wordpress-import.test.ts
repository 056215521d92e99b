/**
 * The WordPress importer end to end: import the fixture export (written for
 * this repo) into an empty copy of the site with the real command, build it,
 * and check what readers and search engines get.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "../support/child-env";
import { ROOT } from "../support/paths";
import { scratchSite, type ScratchSite } from "../support/scratch-site";

const FIXTURES = join(ROOT, "tests/fixtures/wordpress");
const EXPORTS = ["export.xml", "export-part-2.xml", "export-blocks.xml"].map((name) => join(FIXTURES, name));
const UPLOADS = ["--uploads", join(FIXTURES, "uploads")];
const HOSTILE = [join(FIXTURES, "hostile.xml"), "--uploads", join(FIXTURES, "hostile-uploads")];
// A `_redirects` rule: "source [name=value…] target status".
const REDIRECT_RULE = /^(\/\S*) (?:[\w.-]+=[\w.%-]* )*(\S+) 301!$/;

/** The publication's own settings, never edited around the import: the build reads the imported categories itself. */
const CONFIG_BEFORE = `import { defineConfig } from "./src/lib/config";

export default defineConfig({
  name: "Old Motor Desk",
  url: "https://old-motor-desk.example",
  description: "Car news since 2009.",
  timeZone: "America/New_York",
  categories: [{ slug: "news", title: "News" }],
});
`;

function importCommand(site: ScratchSite, args: string[]) {
  const result = spawnSync(
    join(site.dir, "node_modules/.bin/node"),
    [join(site.dir, "node_modules/tsx/dist/cli.mjs"), "scripts/import-wordpress.ts", ...args],
    { cwd: site.dir, env: childEnv(), encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const textOf = (dir: string) =>
  filesUnder(dir)
    .filter((file) => /\.(md|json|yaml|html|xml|txt)$|_redirects$/.test(file))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");

describe("WordPress import", () => {
  let site: ScratchSite;
  let report: string;

  beforeAll(() => {
    site = scratchSite("wordpress-import");
    // A new publication: the demo's own About page would (rightly) be kept over the imported one.
    rmSync(join(site.dir, "src/content/pages"), { recursive: true });
    site.write("paddock.config.ts", CONFIG_BEFORE);
    const imported = importCommand(site, [...EXPORTS, ...UPLOADS]);
    expect(imported.status, imported.output).toBe(0);
    report = imported.output;
    const built = site.build();
    expect(built.status, built.output).toBe(0);
  }, 120_000);

  const html = (path: string) => parse(readFileSync(join(site.dir, "dist", path, "index.html"), "utf8"));

  it("reports what came across and what did not", () => {
    expect(report).toContain("12 posts (3 drafts, 1 scheduled), 2 pages, 7 comments");
    expect(report).toMatch(
      /2 pending comments; 1 spam comments; 1 trash comments; 1 pingbacks \(not shown as comments\); 1 trash posts/,
    );
    expect(report).toContain("shortcodes kept as text: [contact-form-7] ×1");
    expect(report).toContain(
      "images not found in --uploads (the posts keep their old addresses):\n    2019/03/line.jpg",
    );
  });

  it("builds straight after the import: the categories it found are added, with their descriptions, and listed", () => {
    expect(report).toContain(
      'categories added to src/data/wordpress-categories.json (the build reads it; edit titles and descriptions there, or list a category in paddock.config.ts to override it):\n    "Reviews" (/category/reviews/)\n    "Classic" (/category/classic/)\n    "Uncategorized" (/category/uncategorized/)',
    );
    expect(html("category/classic").querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      "Cars from before 1990, and the people who keep them going.",
    );
    expect(html("category/uncategorized").querySelector("h1")?.text).toContain("Uncategorized");
    const reviews = html("category/reviews");
    expect(reviews.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      "Road tests, long and short.",
    );
    expect(reviews.querySelector("h1")?.text).toContain("Reviews");
  });

  it("credits a creator with a stray character to the existing author, and reports a creator who is nobody", () => {
    const byline = (path: string) => html(path).querySelector(".byline a[href^='/author/']");
    expect(byline("2021/06/le-mans-1966")?.text).toBe("Theme Reviewer");
    expect(byline("2021/06/le-mans-1966")?.getAttribute("href")).toBe("/author/themereviewteam/");
    expect(readFileSync(join(site.dir, "src/content/authors/themereviewteam.yaml"), "utf8")).toContain(
      "name: Theme Reviewer",
    );
    expect(report).toContain(
      'post "Le Mans 1966, fifty-five years on" (id 301): creator ">themereviewteam" credited to "Theme Reviewer" (themereviewteam), stray characters left out',
    );
    // Nobody of that login: credited to the export's first author, said so with the file to correct.
    expect(byline("2021/08/guest-column")?.text).toBe("Marta García");
    expect(report).toContain(
      'post "Guest column: why I drive a 1972 estate" (id 304): creator "ghostwriter" is none of the export\'s authors; credited to "Marta García" (mgarcia) — correct "authors:" in src/content/posts/2021/guest-column.md if that is wrong',
    );
    expect(existsSync(join(site.dir, "src/content/authors/ghostwriter.yaml"))).toBe(false);
    // First and last names when the display name is only the login; the nicename's archive redirects.
    expect(html("author/jane-doe").querySelector("h1")?.text).toContain("Jane Doe");
    const redirects = readFileSync(join(site.dir, "dist/_redirects"), "utf8");
    expect(redirects).toContain("/author/jane_doe/ /author/jane-doe/ 301!");
  });

  it("archives comments on pages too, threaded under the page", () => {
    const letters = html("letters");
    expect(letters.querySelector("#comments-heading")?.text).toBe("2 Comments on “Letters”");
    expect(letters.querySelector("#comment-701")?.text).toContain("PAGE-COMMENT Where do I send photos?");
    expect(letters.querySelector("#comment-702")?.getAttribute("data-depth")).toBe("2");
    expect(letters.querySelector("giscus-widget, [data-giscus-mount]")).toBeNull();
  });

  it("publishes posts at their old WordPress URLs, non-ASCII slugs included", () => {
    expect(html("2019/03/brake-hose-recall").querySelector("h1")?.text).toBe(
      "Brake hose recall covers 12,000 estate cars",
    );
    expect(html("2020/07/škoda-octavia-review").querySelector("h1")?.text).toBe(
      "Škoda Octavia estate review: the sensible choice, again",
    );
    expect(
      html("2022/01/electric-van-cold-range").querySelector('meta[name="description"]')?.getAttribute("content"),
    ).toBe("Cold weather cost a third of the range.");
    expect(html("about").querySelector("main")?.text).toContain("We have written about cars since 2009.");
  });

  it("keeps text, captions, galleries and videos, with MDX-hostile characters as written", () => {
    const body = html("2019/03/brake-hose-recall").querySelector(".body")!;
    expect(body.text).toContain("Readers who spot a {curly} brace or a 5 < 6 comparison");
    expect(body.querySelector("figure figcaption")?.text).toBe("The hall where the affected cars were built");
    expect(body.querySelectorAll(".gallery figure")).toHaveLength(2);
    const review = html("2020/07/škoda-octavia-review").querySelector(".body")!;
    expect(review.querySelectorAll('a[href^="https://www.youtube-nocookie.com/embed/"]')).toHaveLength(1);
    expect(review.querySelector("iframe")).toBeNull();
    expect(review.text).toContain("£27,000 & rise to “about £36,000”");
    expect(review.text).toContain('[contact-form-7 id="9" title="Tips"]');
    // Filed under the top-level category; the WordPress subcategory became a tag.
    expect(html("2020/07/škoda-octavia-review").querySelector(".kicker")?.text.trim()).toBe("Reviews");
    expect(
      html("2020/07/škoda-octavia-review")
        .querySelectorAll(".tags a")
        .map((a) => a.text),
    ).toContain("Long-Term Tests");
  });

  it("brings images across from --uploads: the featured image as an optimised hero, body images at their old paths", () => {
    const page = html("2019/03/brake-hose-recall");
    expect(page.querySelector(".hero img")?.getAttribute("alt")).toBe("A long assembly hall with cars on a line");
    expect(page.querySelector(".hero figcaption")?.text).toBe("The Zlín assembly hall");
    // The upload is 320 px wide: served as JPEG, never enlarged.
    expect(page.querySelector(".hero img")?.getAttribute("srcset")).toMatch(/^\/_astro\/[^ ]+\.jpg 320w$/);
    // The resized copy the post used (plant-640x427.jpg) maps back to the original upload.
    const body = page.querySelector(".body figure img")!;
    expect(body.getAttribute("src")).toBe("/wp-content/uploads/2019/03/plant.jpg");
    expect(existsSync(join(site.dir, "dist/wp-content/uploads/2019/03/plant.jpg"))).toBe(true);
  });

  it("threads approved comments, four levels shown as three", () => {
    const page = html("2019/03/brake-hose-recall");
    expect(page.querySelector("#comments-heading")?.text).toBe(
      "4 Comments on “Brake hose recall covers 12,000 estate cars”",
    );
    const depth = (id: string) => page.querySelector(`#comment-${id}`)?.getAttribute("data-depth");
    expect(["501", "502", "503", "504"].map(depth)).toEqual(["1", "2", "3", "3"]);
    expect(page.querySelector("#comment-501 .votes")?.text.trim()).toBe("12 votes");
  });

  it("keeps paragraphs, headings and lists apart, and two slugs that share a file name both survive", () => {
    const tyres = html("2022/03/tyre_test");
    expect(tyres.querySelectorAll(".body > *").map((el) => el.tagName)).toEqual(["H3", "P", "UL", "P"]);
    expect(tyres.querySelector(".body p")?.text).toContain("stopped four metres shorter.");
    expect(html("2022/03/tyre-test").querySelector("h1")?.text).toBe("Tyre test: the winter follow-up");
    expect(report).toMatch(/saved under another file name \(their URL is unchanged\)/);
  });

  it("hangs a reply to an unapproved comment from the post, and drops an empty website", () => {
    const reply = html("2022/03/tyre_test").querySelector("#comment-602")!;
    expect(reply.getAttribute("data-depth")).toBe("1");
    expect(reply.querySelector(".author a")).toBeNull();
  });

  it("publishes nothing pending, spam, trashed, private, draft or scheduled", () => {
    const dist = textOf(join(site.dir, "dist"));
    for (const marker of [
      "PENDING-COMMENT",
      "SPAM-COMMENT",
      "TRASH-COMMENT",
      "PINGBACK-TEXT",
      "DRAFT-",
      "PRIVATE-",
      "TRASHED-",
      "SCHEDULED-",
    ]) {
      expect(dist, marker).not.toContain(marker);
    }
  });

  it("writes no commenter or author e-mail address or IP address anywhere", () => {
    const everything = textOf(join(site.dir, "src")) + textOf(join(site.dir, "dist")) + report;
    for (const secret of [
      "hugo.private@",
      "ines.rocha@",
      "m.garcia@",
      "tobias@old-motor-desk",
      "203.0.113.77",
      "198.51.100.23",
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
  });

  it("redirects old slugs and /?p=ID to the new permalinks", () => {
    const redirectPage = readFileSync(join(site.dir, "dist/2019/03/brake-recall/index.html"), "utf8");
    expect(redirectPage).toMatch(/http-equiv="refresh" content="0;url=\/2019\/03\/brake-hose-recall\/"/);
    const redirects = readFileSync(join(site.dir, "dist/_redirects"), "utf8");
    expect(redirects).toContain("/2019/03/brake-recall/ /2019/03/brake-hose-recall/ 301!");
    expect(redirects).toContain("/ p=101 /2019/03/brake-hose-recall/ 301!");
    expect(redirects).not.toMatch(/staff-notes|draft-title|motor-show/);
    // Feeds, a subcategory's archive (its posts now carry it as a tag) and an attachment page.
    expect(redirects).toContain("/feed/ /rss.xml 301!");
    expect(redirects).toContain("/category/reviews/long-term/ /tag/long-term-tests/ 301!");
    expect(redirects).toContain("/author/mgarcia/feed/ /author/mgarcia/rss.xml 301!");
    expect(redirects).toContain("/2019/03/brake-recall/plant-photo/ /2019/03/brake-hose-recall/ 301!");
  });

  it("keeps the WordPress GUID in the feed so subscribers see no duplicates", () => {
    expect(readFileSync(join(site.dir, "dist/rss.xml"), "utf8")).toContain(
      '<guid isPermaLink="false">https://old-motor-desk.example/?p=101</guid>',
    );
  });

  it("is idempotent, and never overwrites a post edited by hand unless forced", () => {
    const again = importCommand(site, [...EXPORTS, ...UPLOADS]);
    expect(again.output).toMatch(/0 files written, \d+ unchanged/);

    const post = "src/content/posts/2022/electric-van-cold-range.md";
    const edited = readFileSync(join(site.dir, post), "utf8").replace(
      "A heat pump helped",
      "A heat pump clearly helped",
    );
    site.write(post, edited);
    const kept = importCommand(site, [...EXPORTS, ...UPLOADS]);
    expect(kept.output).toContain(
      `kept 1 posts edited by hand since their import (use --force to overwrite):\n    ${post}`,
    );
    expect(readFileSync(join(site.dir, post), "utf8")).toBe(edited);

    // A moderator removes an archived comment by hand: the next import keeps it removed.
    const thread = "src/content/posts/2019/brake-hose-recall.comments.json";
    const moderated = JSON.parse(readFileSync(join(site.dir, thread), "utf8"));
    moderated.comments = moderated.comments.filter((c: { id: string }) => c.id !== "501");
    site.write(thread, JSON.stringify(moderated, null, 2));
    const afterModeration = importCommand(site, [...EXPORTS, ...UPLOADS]);
    expect(afterModeration.output).toContain(thread);
    const ids = JSON.parse(readFileSync(join(site.dir, thread), "utf8")).comments.map((c: { id: string }) => c.id);
    expect(ids).not.toContain("501");

    const forced = importCommand(site, [...EXPORTS, ...UPLOADS, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(site.dir, post), "utf8")).not.toContain("clearly");
  });

  it("stops on malformed XML with file, line and column, and writes nothing", () => {
    const before = textOf(join(site.dir, "src/content"));
    const broken = importCommand(site, [EXPORTS[0]!, join(FIXTURES, "broken.xml")]);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/Import stopped, nothing was written: .*broken\.xml:5:\d+: .*entity/i);
    expect(textOf(join(site.dir, "src/content"))).toBe(before);
  });

  it("writes nothing on a dry run", () => {
    const fresh = scratchSite("wordpress-dry-run");
    fresh.write("paddock.config.ts", CONFIG_BEFORE);
    const before = filesUnder(join(fresh.dir, "src"));
    const dry = importCommand(fresh, [...EXPORTS, "--dry-run"]);
    expect(dry.output).toContain("Dry run: nothing was written.");
    expect(dry.output).toContain("12 posts (3 drafts, 1 scheduled)");
    expect(filesUnder(join(fresh.dir, "src"))).toEqual(before);
  });
});

/** Every file and link under `dir`, as paths relative to it, except the linked node_modules. */
function treeOf(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name !== "node_modules")
      .flatMap((entry) =>
        entry.isDirectory()
          ? readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true })
              .filter((child) => !child.isDirectory())
              .map((child) => relative(dir, join(child.parentPath, child.name)))
          : [entry.name],
      ),
  );
}

describe("WordPress import of a hostile export", () => {
  let site: ScratchSite;
  let report: string;
  let before: Set<string>;

  beforeAll(() => {
    site = scratchSite("wordpress-hostile");
    site.write("paddock.config.ts", CONFIG_BEFORE);
    before = treeOf(site.dir);
    const imported = importCommand(site, HOSTILE);
    expect(imported.status, imported.output).toBe(0);
    report = imported.output;
    const built = site.build();
    expect(built.status, built.output).toBe(0);
  }, 120_000);

  it("lists what it left out and why", () => {
    expect(report).toContain("values cannot be a safe URL path, file name or redirect");
    expect(report).toMatch(/tag "Injected": its archive redirects left out/);
    expect(report).toContain("2019/03/page.html: not an image, PDF, audio or video file");
    expect(report).toContain("2019/03/link.jpg: a symbolic link");
    expect(report).toContain('"News" is already in paddock.config.ts as "news"');
  });

  it("builds the rest, and a _redirects file of well-formed rules that stay on the site", () => {
    expect(readFileSync(join(site.dir, "dist/2019/03/safe-post/index.html"), "utf8")).toContain(
      "The rest of the export still imports.",
    );
    const lines = readFileSync(join(site.dir, "dist/_redirects"), "utf8").trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const rule = REDIRECT_RULE.exec(line);
      expect(rule, line).not.toBeNull();
      expect(rule![2], line).toMatch(/^\/(?!\/)/);
    }
    expect(lines.join("\n")).not.toMatch(/evil\.example|paddock-escape|evilcat\/|oldslug|\.\./);
  });

  it("serves no uploaded HTML, SVG or linked file", () => {
    const uploads = join(site.dir, "dist/wp-content/uploads/2019/03");
    expect(readdirSync(uploads)).toEqual(["photo.jpg"]);
    expect(textOf(join(site.dir, "dist"))).not.toMatch(/HOSTILE-UPLOAD/);
  });

  it("writes nothing outside dist/ and the content folders, and nothing outside the site", () => {
    const added = [...treeOf(site.dir)].filter((path) => !before.has(path));
    for (const path of added) {
      expect(path).toMatch(/^(dist|\.astro|src\/content|src\/data|public\/wp-content\/uploads)\//);
    }
    expect(existsSync("/tmp/paddock-escape")).toBe(false);
    for (const dir of [site.dir, dirname(site.dir), ROOT]) {
      for (const name of ["evilcat", "oldslug", "tmp", "paddock-escape", "post-escape", "attachment-escape"]) {
        expect(existsSync(join(dir, name)), join(dir, name)).toBe(false);
      }
    }
  });

  it("stops the build with the file, the entry and the field when a redirect by hand would leave the site", () => {
    const redirects = JSON.parse(readFileSync(join(site.dir, "src/data/redirects.json"), "utf8"));
    site.write("src/data/redirects.json", JSON.stringify([...redirects, { from: "/a%2Fb/", to: "/" }]));
    const built = site.build();
    expect(built.status).not.toBe(0);
    expect(built.output).toContain(
      `src/data/redirects.json: entry ${redirects.length + 1} cannot be served: "from" "/a%2Fb/" has a segment that contains an encoded "/"`,
    );
  });
});
