/**
 * Editorial checks the build does not make: things a post can get wrong and
 * still build. Errors are mistakes readers would notice (a broken link, an
 * image a screen reader cannot describe, no dek); warnings are advice.
 * Every message carries the file and line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ResolvedPaddockConfig } from "../config";
import { rawFrontmatter } from "../content/frontmatter";
import { parseFrontmatterDate } from "../content/dates";
import { frontmatterPermalink } from "../content/posts";
import { slugify } from "../content/slugs";
import { authorUrl, categoryUrl, tagUrl } from "../content/urls";

export interface LintMessage {
  file: string;
  line: number;
  severity: "error" | "warning";
  message: string;
}

export interface LintFile {
  /** Project-relative path. */
  path: string;
  text: string;
}

export interface LintOptions {
  /** Every URL the site serves, site-relative (/2026/09/slug/, /category/news/, …). */
  knownPaths: ReadonlySet<string>;
  /** Permalinks of drafts and of scheduled posts: links to them are broken until they publish. */
  unpublished?: ReadonlyMap<string, "draft" | "scheduled">;
  /** Car makes: a tag that is a shorter form of one ("Mercedes" for "Mercedes-Benz") is flagged. */
  makes?: readonly string[];
  /** The site's own origin, so absolute links to it are checked too. */
  siteUrl: string;
}

/** Titles longer than this are cut short in search results. */
export const TITLE_LIMIT = 90;
export const DESCRIPTION_PLACEHOLDER = "Write the dek";

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** One letter added, dropped or changed ("hyundia" for "hyundai" is two changes; one is enough here). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * Two spellings of one tag: the same letters ("Land Rover"/"Landrover", "bmw"/"BMW"), one
 * slip apart in a longer word ("Porshe"/"Porsche"), or a make and its short form
 * ("Mercedes"/"Mercedes-Benz"; not "Ford"/"Ford Mustang", which are different tags).
 */
function lookAlike(x: string, y: string, makes: ReadonlySet<string>): boolean {
  const [a, b] = [x.replace(/-/g, ""), y.replace(/-/g, "")];
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && oneEditApart(a, b)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return makes.has(long) && long.startsWith(`${short}-`);
}

/** Text the new-post template starts with, which must not be published. */
const TEMPLATE_TEXT = ["Start with the news.", 'cite="Name, role"', "A line worth repeating."];

export function lintPosts(files: readonly LintFile[], options: LintOptions): LintMessage[] {
  const messages: LintMessage[] = [];
  const tagUses = new Map<string, { file: string; line: number }>();
  const push = (file: string, line: number, severity: LintMessage["severity"], message: string) =>
    messages.push({ file, line, severity, message });

  for (const { path, text } of files) {
    const data = rawFrontmatter(text);
    const fieldLine = (field: string) => {
      const match = new RegExp(`^${field}:`, "m").exec(text);
      return match ? lineOf(text, match.index) : 1;
    };
    const description = typeof data.description === "string" ? data.description.trim() : "";
    if (!description || description.startsWith(DESCRIPTION_PLACEHOLDER)) {
      push(
        path,
        fieldLine("description"),
        "error",
        `"description" is ${description ? "still the placeholder" : "missing"}: write the one- or two-sentence dek readers see under the headline and in search results`,
      );
    }
    if (typeof data.title === "string" && data.title.length > TITLE_LIMIT) {
      push(
        path,
        fieldLine("title"),
        "warning",
        `"title" is ${data.title.length} characters; search results cut titles after about ${TITLE_LIMIT}`,
      );
    }
    if (Array.isArray(data.sources)) {
      (data.sources as { name?: string; url?: string }[]).forEach((source, i) => {
        if (!source?.url)
          push(
            path,
            fieldLine("sources"),
            "warning",
            `"sources[${i}]" (${source?.name ?? "unnamed"}) has no url; readers cannot check it`,
          );
      });
    }
    if (Array.isArray(data.tags)) {
      for (const tag of data.tags as unknown[]) {
        if (typeof tag === "string" && !tagUses.has(tag)) tagUses.set(tag, { file: path, line: fieldLine("tags") });
      }
    }

    const bodyStart = text.indexOf("\n---", 3);
    const offset = bodyStart > 0 ? bodyStart + 4 : 0;
    // Code blocks show markup as text: blanked (same length, so line numbers hold), never checked.
    const body = text.slice(offset).replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, " "));
    for (const leftover of TEMPLATE_TEXT) {
      const at = body.indexOf(leftover);
      if (at >= 0)
        push(
          path,
          lineOf(text, offset + at),
          "warning",
          `"${leftover}" is the new-post template's placeholder; replace it`,
        );
    }
    if (path.endsWith(".md")) {
      for (const match of body.matchAll(
        /<(SpecSheet|Verdict|Video|Gallery|PullQuote|Source|Update|Correction|Callout)\b/g,
      )) {
        push(
          path,
          lineOf(text, offset + match.index),
          "error",
          `<${match[1]}> only works in .mdx posts; rename the file to .mdx or remove it`,
        );
      }
    }
    for (const match of body.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
      if (!match[1]!.trim())
        push(
          path,
          lineOf(text, offset + match.index),
          "error",
          `the image ${match[2]} has no alt text; describe it inside the brackets: ![A red coupe on a track](${match[2]})`,
        );
    }
    for (const match of body.matchAll(/<img\b[^>]*>/gi)) {
      if (!/\balt\s*=\s*(["'])\s*[^"'\s][^"']*\1|\balt=\{\s*[^}\s]/i.test(match[0]))
        push(path, lineOf(text, offset + match.index), "error", `an <img> has no alt text; add alt="…" describing it`);
    }
    for (const match of body.matchAll(/\]\(([^)\s]+)[^)]*\)|href=["']([^"']+)["']/g)) {
      const target = (match[1] ?? match[2])!;
      if (match[0].startsWith("](") && body[match.index - 1] === "!") continue; // images are checked above
      let url: URL;
      try {
        url = new URL(target, options.siteUrl);
      } catch {
        continue;
      }
      if (url.origin !== new URL(options.siteUrl).origin || target.startsWith("#") || target.startsWith("mailto:"))
        continue;
      const linked = decodeURI(url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`);
      // Dated and listing paths are checked; other paths only when they are a post's (any permalink structure).
      const checked = /^\/\d{4}\/\d{2}\/|^\/(category|tag|author)\//.test(url.pathname);
      if (!checked && !options.knownPaths.has(linked) && !options.unpublished?.has(linked)) continue;
      const pending = options.unpublished?.get(linked);
      if (pending) {
        push(
          path,
          lineOf(text, offset + match.index),
          pending === "draft" ? "error" : "warning",
          `the link to ${target} leads to a ${pending === "draft" ? "draft" : "scheduled post"}, which readers cannot open ${pending === "draft" ? "" : "until it is published"}`.trim(),
        );
      } else if (!options.knownPaths.has(linked)) {
        push(
          path,
          lineOf(text, offset + match.index),
          "error",
          `the link to ${target} leads nowhere on this site; check the date and slug of the post it should reach`,
        );
      }
    }
  }

  // Tags that are one tag spelled two ways split a make's stories across two pages.
  const tags = [...tagUses.keys()].map((tag) => ({ tag, slug: slugify(tag) }));
  const makes = new Set((options.makes ?? []).map(slugify));
  for (let i = 0; i < tags.length; i++) {
    for (let j = i + 1; j < tags.length; j++) {
      const [a, b] = [tags[i]!, tags[j]!];
      if (a.tag !== b.tag && lookAlike(a.slug, b.slug, makes)) {
        const where = tagUses.get(b.tag)!;
        push(
          where.file,
          where.line,
          "warning",
          `tag "${b.tag}" looks like "${a.tag}" (used in ${tagUses.get(a.tag)!.file}); use one spelling so both land on the same page`,
        );
      }
    }
  }
  return messages.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatLint(messages: readonly LintMessage[]): string {
  return messages.map((m) => `${m.file}:${m.line}: ${m.severity}: ${m.message}`).join("\n");
}

/** Each post's decoded permalink with whether it is a draft and when it publishes. */
function postStates(
  files: readonly LintFile[],
  options: { timeZone: string; permalink?: string },
): Map<string, { draft: boolean; pubDate: Date }> {
  const states = new Map<string, { draft: boolean; pubDate: Date }>();
  for (const { path, text } of files) {
    const data = rawFrontmatter(text);
    const pubDate = parseFrontmatterDate(data.pubDate, options.timeZone);
    if (!pubDate) continue;
    const permalink = frontmatterPermalink(data, path, pubDate, options);
    if (!permalink) continue;
    states.set(decodeURI(permalink), {
      draft: data.draft === true || data.draft === "true",
      pubDate,
    });
  }
  return states;
}

/** The project's post files, and every listing and article URL a link in them may point at. */
export function lintInput(
  root: string,
  config: Pick<ResolvedPaddockConfig, "timeZone" | "categories" | "makes"> & { permalink?: string },
  now: Date,
) {
  const postsDir = join(root, "src/content/posts");
  const files = (readdirSync(postsDir, { recursive: true }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ path: relative(root, join(postsDir, file)), text: readFileSync(join(postsDir, file), "utf8") }));
  const knownPaths = new Set<string>();
  const unpublished = new Map<string, "draft" | "scheduled">();
  for (const [permalink, { draft, pubDate }] of postStates(files, config)) {
    if (draft) unpublished.set(permalink, "draft");
    else if (pubDate.getTime() > now.getTime()) unpublished.set(permalink, "scheduled");
    else knownPaths.add(permalink);
  }
  for (const category of config.categories) knownPaths.add(categoryUrl(category.slug));
  for (const { text } of files) {
    const tags = rawFrontmatter(text).tags;
    if (Array.isArray(tags)) for (const tag of tags) knownPaths.add(tagUrl(slugify(String(tag))));
  }
  for (const file of readdirSync(join(root, "src/content/authors"))) {
    knownPaths.add(authorUrl(file.replace(/\.[^.]+$/, "")));
  }
  return { files, knownPaths, unpublished, makes: config.makes };
}
