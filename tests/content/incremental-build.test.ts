/**
 * Incremental builds: after an edit, every page that shows the edited data is
 * rendered again and nothing stale survives, while pages that do not show it
 * are copied from the last build.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { SHARDS_FILE, type Manifest } from "../../src/lib/search/search-shards";
import { scratchSite, type ScratchSite } from "../support/scratch-site";

const POST = "src/content/posts/2026/honda-prelude-long-term-test.md";
const OLD_TITLE = "Honda Prelude long-term test: 10,000 miles in the hybrid coupe";
const NEW_TITLE = "Honda Prelude long-term verdict after 10,000 miles";
const THREAD = "src/content/posts/2012/lexus-to-build-cars-in-north-america-and-china.comments.json";
const THREAD_PAGE = "2012/04/lexus-to-build-cars-in-north-america-and-china/index.html";

/** Text files of dist/ (pages, feeds, sitemap) whose content includes `text`. */
function filesContaining(dist: string, text: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(html|xml)$/.test(file))
    .filter((file) => readFileSync(join(dist, file), "utf8").includes(text));
}

/** Pages the build copied from its cache instead of rendering. */
const reusedPages = (output: string) => output.split("\n").filter((line) => /\((cached|restored)\)/.test(line));

describe("incremental builds", () => {
  let site: ScratchSite;
  let dist: string;
  let firstOutput: string;
  let editOutput: string;
  let showedOldTitle: string[];

  beforeAll(() => {
    site = scratchSite("incremental", { withContent: true });
    dist = join(site.dir, "dist");
    const first = site.build();
    expect(first.status, first.output).toBe(0);
    firstOutput = first.output;
    showedOldTitle = filesContaining(dist, OLD_TITLE.replace("&", "&amp;"));

    site.write(POST, readFileSync(join(site.dir, POST), "utf8").replace(OLD_TITLE, NEW_TITLE));
    const thread = JSON.parse(readFileSync(join(site.dir, THREAD), "utf8")) as { comments: object[] };
    // An early reply: too old for the Recent comments sidebar, so only pages with this thread change.
    const reply = { id: "9999", parent: "4101", author: "Late Reader", date: "2012-04-18 11:50", html: "<p>True.</p>" };
    thread.comments.push(reply);
    site.write(THREAD, JSON.stringify(thread));
    const edited = site.build();
    expect(edited.status, edited.output).toBe(0);
    editOutput = edited.output;
  }, 180_000);

  it("renders everything on the first build and reuses most pages after an edit", () => {
    expect(reusedPages(firstOutput)).toEqual([]);
    const reused = reusedPages(editOutput);
    expect(reused.length).toBeGreaterThan(20);
    expect(reused.some((line) => line.includes("/category/motorsport/index.html"))).toBe(true);
    expect(reused.some((line) => line.includes("/2026/04/honda-prelude-long-term-test/"))).toBe(false);
  });

  it("restores a reused page as a link to its cached copy, not a copy", () => {
    const page = "category/motorsport/index.html";
    const cached = join(site.dir, "node_modules/.astro/dist", page);
    expect(statSync(join(dist, page)).ino).toBe(statSync(cached).ino);
    expect(readFileSync(join(dist, page), "utf8")).toContain("Motorsport");
  });

  it("leaves the old headline nowhere: article, listings, sidebars, related stories, feeds", () => {
    expect(showedOldTitle.length).toBeGreaterThan(5);
    expect(showedOldTitle.some((file) => file.endsWith(".xml"))).toBe(true);
    expect(filesContaining(dist, OLD_TITLE)).toEqual([]);
    for (const file of showedOldTitle) expect(readFileSync(join(dist, file), "utf8"), file).toContain(NEW_TITLE);
  });

  it("shows a new archived comment on its article", () => {
    const page = parse(readFileSync(join(dist, THREAD_PAGE), "utf8"));
    expect(page.querySelector("#comments")?.text).toContain("Late Reader");
  });

  it("re-indexes only the search index whose articles changed, and copies the others", () => {
    expect(editOutput).toMatch(/\[paddock:search-index\] indexed \d+ pages/);
    const parts = (JSON.parse(readFileSync(join(dist, "pagefind", SHARDS_FILE), "utf8")) as Manifest).parts;
    const [newest, oldest] = [parts[0]!.name, parts.at(-1)!.name];
    expect(parts.length).toBeGreaterThan(1);
    expect(oldest.startsWith("2012-")).toBe(true);
    const entry = (part: string) => readFileSync(join(dist, "pagefind", part, "pagefind-entry.json"), "utf8");
    const newestEntry = entry(newest);
    // A sentence added to a 2012 article: its body shows on its own page alone.
    const oldPost = THREAD.replace(".comments.json", ".md");
    site.write(oldPost, `${readFileSync(join(site.dir, oldPost), "utf8")}\nA sentence added in a later build.\n`);
    const again = site.build();
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(
      `indexed ${again.output.match(/indexed (\d+) pages/)![1]} pages (${oldest}); ${parts.length - 1} of ${parts.length} indexes unchanged and copied`,
    );
    expect(entry(newest)).toBe(newestEntry);

    const unchanged = site.build();
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(unchanged.output).toContain(
      `indexed 0 pages (none); ${parts.length} of ${parts.length} indexes unchanged and copied`,
    );
    expect(entry(newest)).toBe(newestEntry);
    // Each copied index whole: every result-data file its cached copy has.
    for (const { name } of parts) {
      const fragments = readdirSync(join(dist, "pagefind", name, "fragment")).sort();
      const cached = join(site.dir, "node_modules/.astro/paddock/search-index", name, "pagefind/fragment");
      expect(fragments.length).toBeGreaterThan(0);
      expect(fragments).toEqual(readdirSync(cached).sort());
    }
  }, 120_000);
});
