/** `npm run new` in a copy of the demo: the post it creates is complete, builds, and publishes once filled in. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { childEnv } from "../support/child-env";
import { BUILD_NOW } from "../support/content";
import { scratchSite, type ScratchSite } from "../support/scratch-site";

function newPost(site: ScratchSite, args: string[]) {
  const result = spawnSync(
    join(site.dir, "node_modules/.bin/node"),
    [join(site.dir, "node_modules/tsx/dist/cli.mjs"), "scripts/new-post.ts", ...args],
    { cwd: site.dir, env: childEnv({ PADDOCK_NOW: BUILD_NOW }), encoding: "utf8", input: "" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run new", () => {
  it("creates a complete draft at the right path that builds, and publishes once it is filled in", () => {
    const site = scratchSite("new-post", { withContent: true });
    const created = newPost(site, [
      "Ford Puma Gen-E first drive",
      "--author",
      "claire-whitfield",
      "--category",
      "reviews",
      "--mdx",
    ]);
    expect(created.status, created.output).toBe(0);
    // 12:00 UTC on Nov 21 is 07:00 in New York: a November post.
    const path = "src/content/posts/2026/ford-puma-gen-e-first-drive.mdx";
    expect(created.output).toContain(`Created ${path} (a draft).`);
    expect(created.output).toContain("http://localhost:4321/2026/11/ford-puma-gen-e-first-drive/");
    const text = readFileSync(join(site.dir, path), "utf8");
    const data = yaml.load(text.split("---")[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(data).toMatchObject({
      title: "Ford Puma Gen-E first drive",
      pubDate: "2026-11-21T07:00:00-05:00",
      authors: ["claire-whitfield"],
      category: "reviews",
      draft: true,
      commentsKey: "/2026/11/ford-puma-gen-e-first-drive/",
    });

    const draftBuild = site.build();
    expect(draftBuild.status, draftBuild.output).toBe(0);
    expect(existsSync(join(site.dir, "dist/2026/11/ford-puma-gen-e-first-drive/index.html"))).toBe(false);

    site.write(
      path,
      text
        .replace("draft: true", "draft: false")
        .replace(/description: .*/, 'description: "Ford\'s small electric crossover, driven."'),
    );
    const published = site.build();
    expect(published.status, published.output).toBe(0);
    const html = readFileSync(join(site.dir, "dist/2026/11/ford-puma-gen-e-first-drive/index.html"), "utf8");
    expect(html).toContain('class="pull-quote');
  });

  it("refuses an unknown category, or a missing author off a terminal, naming the choices", () => {
    const site = scratchSite("new-post-errors", { withContent: true });
    const badCategory = newPost(site, ["Headline", "--author", "claire-whitfield", "--category", "gossip"]);
    expect(badCategory.status).toBe(2);
    expect(badCategory.output).toContain('There is no category "gossip"; expected one of: news, industry, reviews');
    const noAuthor = newPost(site, ["Headline", "--category", "news"]);
    expect(noAuthor.status).toBe(2);
    expect(noAuthor.output).toContain("Say which author with --author; one of: claire-whitfield");
    const typo = newPost(site, ["--catgory", "news", "Headline"]);
    expect(typo.status).toBe(2);
    expect(typo.output).toMatch(/Unknown option '--catgory'/);
    const unquoted = newPost(site, ["Two", "words", "--author", "claire-whitfield", "--category", "news"]);
    expect(unquoted.output).toContain("Put the headline in quotes");
  });

  it("refuses a headline whose address another post already has, whatever its file type", () => {
    const site = scratchSite("new-post-taken", { withContent: true });
    const args = ["--author", "claire-whitfield", "--category", "news"];
    expect(newPost(site, ["Same headline", ...args]).status).toBe(0);
    const again = newPost(site, ["Same headline", ...args, "--mdx"]);
    expect(again.status).toBe(2);
    expect(again.output).toContain("A post already has the address /2026/11/same-headline/");
  });
});
