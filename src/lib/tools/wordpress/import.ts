/**
 * Imports WordPress exports into a Paddock site, in named stages:
 *
 * - read: two streaming passes over the export files. The first
 *   (`readExports`) collects authors, terms and attachments and proves the XML
 *   is well formed before anything is written; the second (`readEntries`)
 *   hands over posts and pages one at a time, so memory stays flat.
 * - map: where each post or page goes, under which name, and what redirects
 *   to it (`mapEntry`, `mapComments`, `archiveRedirects`, `mergeRedirects`,
 *   `mergeCategories`).
 * - convert: its content as a Paddock body (`convertEntry`, `postFile`,
 *   `pageFile`).
 * - write: every file goes to a staging folder as it is made and is moved
 *   into place at the end (`openStaging`, `stageFile`, `stageCopy`,
 *   `commitStaging`), so a failed import changes nothing.
 * - report: what came across and what did not (`newReport`, `formatReport`).
 *
 * `importWordPress` runs them in that order.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import { parseFrontmatterDate, zonedParts } from "../../content/dates";
import {
  articlePath,
  defaultStructure,
  needsPostId,
  parseStructure,
  type PermalinkStructure,
} from "../../content/permalinks";
import { permalinkFor } from "../../content/posts";
import { IMPORTED_SITE_FILE } from "../../imported-site";
import { slugify } from "../../content/slugs";
import { readRedirects, redirectProblem, REDIRECTS_FILE, type Redirect } from "../../build/redirects";
import { IMAGE_ORIGINS_FILE, imageOrigin, readImageOrigins } from "../../build/image-origins";
import { quoted, segmentProblem } from "../../build/safe-path";
import { IMPORTED_CATEGORIES_FILE, parseImportedCategories } from "../../imported-categories";
import { authorName, creditAuthor, wordpressNicename, type AuthorCredit } from "./authors";
import { autoParagraphs, convertContent, plainText, type Attachment } from "./content";
import {
  detectStructure,
  importedAddress,
  linkParts,
  newLinkSurvey,
  siteHost,
  surveyLink,
  type Detection,
  type LinkSurvey,
} from "./permalinks";
import { readWxr, type WxrAuthor, type WxrItem, type WxrTerm } from "./wxr";

export interface ImportOptions {
  files: string[];
  /** The Paddock project root. */
  root: string;
  timeZone: string;
  dryRun?: boolean;
  /** Overwrite posts that were edited by hand since their import. */
  force?: boolean;
  /** A local copy of wp-content/uploads: images are copied in and references rewritten. */
  uploads?: string | undefined;
  /** The categories paddock.config.ts already has: an imported category with one of their slugs is merged into it. */
  siteCategories?: readonly CategoryEntry[];
  /** paddock.config.ts's own `permalink`, when it sets one: it wins over the structure the export's links show. */
  permalink?: string | undefined;
  /** Called after each post or page of the second pass. */
  progress?: (done: number, total: number) => void;
}

export interface ImportReport {
  posts: number;
  pages: number;
  drafts: number;
  scheduled: number;
  authors: number;
  categories: number;
  tags: number;
  comments: number;
  redirects: number;
  written: number;
  unchanged: number;
  keptHandEdits: string[];
  skipped: Record<string, number>;
  unknownShortcodes: Record<string, number>;
  droppedEmbeds: number;
  permalinkMismatches: string[];
  /** The structure the posts' links show, and how many posts keep a URL of their own. */
  permalinks: { detected: Detection | undefined; used: string; kept: number };
  images: number;
  /** Upload paths referenced by posts but not found in --uploads. */
  missingImages: string[];
  /** Posts whose featured image was not imported (no --uploads, or the file is missing). */
  heroesSkipped: number;
  /** Password-protected posts, imported as drafts. */
  protectedPosts: string[];
  /** Posts whose file name was taken, saved under another name. */
  renamedFiles: string[];
  /** Published posts whose UTC offset differs from the configured time zone's. */
  timeZoneMismatches: number;
  /** Values that cannot be a safe URL path, file name or redirect, and what was left out because of them. */
  refused: RefusedValue[];
  /** Files in --uploads that were not copied, and why. */
  refusedUploads: { path: string; reason: string }[];
  /** Categories merged into one that has the same slug. */
  mergedCategories: string[];
  /** Categories this import added to wordpress-categories.json: 'Name (slug)'. */
  addedCategories: string[];
  /** Posts whose <dc:creator> is not exactly one of the export's authors, and who they were credited to. */
  authorMismatches: string[];
  /** Blocks with no Paddock equivalent, kept as their HTML: name → count. */
  unknownBlocks: Record<string, number>;
  /** Uploads in the text that stay at their old absolute address (no --uploads given). */
  remoteImages: string[];
  /** Hosts body images load from, allowed in the CSP's img-src (src/data/image-origins.json). */
  imageOrigins: string[];
}

/** An imported value that failed the safe-path rule (src/lib/build/safe-path.ts). */
export interface RefusedValue {
  /** The item it came from: 'post "Title" (id 12)', 'tag "Name"'… */
  item: string;
  /** What was left out: the whole post, a redirect, an image… */
  leftOut: string;
  reason: string;
}

/** A category as paddock.config.ts and wordpress-categories.json list it. */
export interface CategoryEntry {
  slug: string;
  title: string;
  description?: string | undefined;
}

/** What a news site serves from its uploads: raster images, PDF, audio and video. Never HTML, SVG or scripts. */
export const SERVED_UPLOADS = new Set([
  "jpg",
  "jpeg",
  "png",
  "gif",
  "webp",
  "avif",
  "pdf",
  "mp3",
  "m4a",
  "ogg",
  "wav",
  "mp4",
  "webm",
  "mov",
]);

const POSTS_DIR = "src/content/posts";
const AUTHORS_DIR = "src/content/authors";
const PAGES_DIR = "src/content/pages";
const CATEGORIES_FILE = IMPORTED_CATEGORIES_FILE;
const STAGING = ".paddock-import";
const UPLOADS_DIR = "public/wp-content/uploads";
/** The only folders an import writes into; checked for every file where it is written. */
const WRITABLE = [POSTS_DIR, AUTHORS_DIR, PAGES_DIR, "src/data", UPLOADS_DIR];

// Comment meta keys that common voting plugins use for a score.
const VOTE_KEYS = [
  "_comment_like_count",
  "comment_likes",
  "wpdiscuz_votes",
  "_wpdiscuz_votes",
  "comment_rating",
  "votes",
];

const count = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** WordPress's GMT date ("2012-04-18 14:00:00"), else its local date (drafts have a zero GMT date). */
function wordpressDate(gmt: string, local: string, timeZone: string): Date | undefined {
  if (gmt && !gmt.startsWith("0000")) return parseFrontmatterDate(`${gmt.trim().replace(" ", "T")}Z`, timeZone);
  return parseFrontmatterDate(local.trim(), timeZone);
}

/** The slug WordPress used in the post's URL: the last path segment of <link>, else post_name. */
function slugOf(item: WxrItem): string {
  let path = "";
  try {
    path = new URL(item.link).pathname;
  } catch {
    // Drafts have links such as "https://example.com/?p=12".
  }
  const last = path.split("/").filter(Boolean).pop();
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  // A ".html" permalink structure is not Paddock's; its post_name is the slug.
  // Under /archives/%post_id% the last segment is the id, not the slug.
  const segment = last && !last.includes(".") && last !== item.id ? last : item.postName;
  // Readers' browsers and CDNs use the decoded form: /2026/05/日産-leaf/ is served from a folder of that name.
  return decode(segment).toLowerCase() || slugify(item.title) || `post-${item.id}`;
}

/**
 * A Paddock category slug (lowercase ASCII, digits, hyphens) for a WordPress
 * category nicename, which may be percent-encoded, non-Latin or underscored.
 */
function categorySlug(nicename: string): string {
  let text = nicename;
  try {
    text = decodeURIComponent(nicename);
  } catch {
    // Keep it as it is.
  }
  const slug = slugify(text);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)
    ? slug
    : `category-${createHash("sha1").update(nicename).digest("hex").slice(0, 8)}`;
}

/** A commenter's website as the comments schema accepts it: an http(s) address with a host. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function pathOf(url: string): string | undefined {
  try {
    const { pathname, search } = new URL(url);
    return pathname + search;
  } catch {
    return undefined;
  }
}

/** A dek from the body when WordPress has neither an excerpt nor a <!--more--> teaser. */
function firstSentences(body: string, limit = 200): string {
  const text = plainText(body.replace(/<figure[\s\S]*?<\/figure>/g, " "));
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const sentence = cut.lastIndexOf(". ");
  return sentence > limit / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** Hash of a generated file with its own hash line left out, to spot later hand edits. */
// The hash line itself, in front matter ("importHash: …") or JSON ('"importHash": "…",').
const HASH_LINE = /^\s*"?importHash"?: "?(\w+)"?,?\n/m;

function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(HASH_LINE, "")).digest("hex").slice(0, 16);
}

/** The text with its content hash added at `insert`, so a later run can tell whether a person edited it. */
function withHash(text: string, insert: (hash: string) => string): string {
  return insert(contentHash(text));
}

function frontmatterFile(data: Record<string, unknown>, body: string): string {
  const head = yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${head}---\n\n${body}\n`;
}

// ─── Stage 1: read ──────────────────────────────────────────────────────────

/** What posts refer to, collected by the first pass over the exports. */
export interface ExportIndex {
  authors: Map<string, WxrAuthor>;
  /** Categories and tags by "category:<nicename>" and "tag:<slug>". */
  terms: Map<string, WxrTerm>;
  attachments: Map<string, Attachment>;
  /** Attachment pages ("/2019/03/post/photo/") and the post they belong to. */
  attachmentPages: { from: string; parent: string }[];
  /** Posts and pages, each counted once even when split exports repeat it. */
  total: number;
  /** Published posts whose UTC offset differs from the configured time zone's. */
  timeZoneMismatches: number;
  /** <wp:base_site_url>: root-relative uploads addresses in posts are made absolute with it. */
  siteUrl?: string | undefined;
  /** What the published posts' links say about the old site's permalink structure (set by readExports). */
  links?: LinkSurvey;
}

/** WordPress wrote post_date in its own zone: a different offset here would move posts across month boundaries. */
function offsetDiffers(local: string, gmt: string, timeZone: string): boolean {
  const instant = new Date(`${gmt.trim().replace(" ", "T")}Z`);
  const wordpressOffset = Date.parse(`${local.trim().replace(" ", "T")}Z`) - instant.getTime();
  const ours = parseFrontmatterDate(local.trim(), timeZone);
  return Boolean(ours && Number.isFinite(wordpressOffset) && ours.getTime() !== instant.getTime());
}

/** Pass 1: everything posts refer to. Also proves every file is well-formed XML before a byte is written. */
export async function readExports(files: readonly string[], timeZone: string): Promise<ExportIndex> {
  const index: ExportIndex = {
    authors: new Map(),
    terms: new Map(),
    attachments: new Map(),
    attachmentPages: [],
    total: 0,
    timeZoneMismatches: 0,
  };
  const links = newLinkSurvey();
  index.links = links;
  const counted = new Set<string>();
  for (const file of files) {
    await readWxr(createReadStream(file), file, {
      author: (author) => index.authors.set(author.login, author),
      term: (term) => index.terms.set(`${term.kind}:${term.slug}`, term),
      site(url) {
        links.baseHost ??= linkParts(url)?.host;
        if (/^https?:\/\//i.test(url)) index.siteUrl ??= url.replace(/\/+$/, "");
      },
      item(item) {
        if (item.postType === "attachment") {
          index.attachments.set(item.id, {
            url: item.attachmentUrl || item.guid,
            alt: item.meta._wp_attachment_image_alt?.[0] ?? "",
            caption: item.excerpt.trim(),
            parent: item.parent,
            order: Number(item.menuOrder) || 0,
          });
          const page = pathOf(item.link);
          if (page && item.parent && item.parent !== "0")
            index.attachmentPages.push({ from: page, parent: item.parent });
        } else if (item.postType === "post" || item.postType === "page") {
          // Split exports repeat items at their edges; each counts once.
          if (!counted.has(item.id)) index.total++;
          const live = item.status === "publish" || item.status === "future";
          if (!counted.has(item.id) && live && item.postType === "post") surveyLink(links, item, slugOf(item));
          counted.add(item.id);
          if (item.status === "publish" && item.postDate && item.postDateGmt && !item.postDateGmt.startsWith("0000")) {
            if (offsetDiffers(item.postDate, item.postDateGmt, timeZone)) index.timeZoneMismatches++;
          }
        }
      },
    });
  }
  return index;
}

/**
 * Pass 2: hands each post and page to `visit`, once even when split exports
 * repeat it. Other item types (menus, custom post types) are counted in `skipped`.
 */
export async function readEntries(
  files: readonly string[],
  skipped: Record<string, number>,
  visit: (item: WxrItem) => void,
): Promise<void> {
  const seen = new Set<string>();
  for (const file of files) {
    await readWxr(createReadStream(file), file, {
      item(item) {
        if (item.postType !== "post" && item.postType !== "page") {
          if (item.postType !== "attachment")
            count(skipped, `${item.postType || "unknown"} items (not posts or pages)`);
          return;
        }
        if (seen.has(item.id)) return;
        seen.add(item.id);
        visit(item);
      },
    });
  }
}

// ─── Stage 2: map ───────────────────────────────────────────────────────────

const categoryTerm = (terms: ReadonlyMap<string, WxrTerm>, slug: string) => terms.get(`category:${slug}`);

/** The top-level ancestor of a WordPress category: Paddock's categories are the site's sections. */
export function rootCategory(
  terms: ReadonlyMap<string, WxrTerm>,
  slug: string,
  name: string,
): { slug: string; name: string } {
  let term = categoryTerm(terms, slug) ?? { kind: "category" as const, slug, name };
  const seen = new Set<string>();
  while (term.parent && !seen.has(term.parent) && categoryTerm(terms, term.parent)) {
    seen.add(term.parent);
    term = categoryTerm(terms, term.parent)!;
  }
  return { slug: term.slug, name: term.name };
}

/** WordPress's category URL path: parents first, "reviews/long-term". */
function categoryPath(terms: ReadonlyMap<string, WxrTerm>, term: WxrTerm): string {
  const parent = term.parent ? categoryTerm(terms, term.parent) : undefined;
  return parent && parent !== term ? `${categoryPath(terms, parent)}/${term.slug}` : term.slug;
}

/** A WordPress item that is not imported, and why (the report counts reasons). */
export interface SkippedEntry {
  kind: "skip";
  reason: string;
  refused?: RefusedValue;
}

interface EntryBase {
  /** Not published: a draft, pending, private, a workflow plugin's status, or password-protected. */
  draft: boolean;
  passworded: boolean;
  /** The project path of the file, without its extension. */
  base: string;
  /** Set when the natural file name was taken and this one got the item's id. */
  renamed: boolean;
  /** Redirects to this entry from its old addresses (published entries only). */
  redirects: Redirect[];
  /** The decoded address it is served at, when published: no redirect may hide it. */
  livePath: string | undefined;
  /** Old addresses left out because they are not safe site paths. */
  refused: RefusedValue[];
}

export interface PagePlan extends EntryBase {
  kind: "page";
}

export interface PostPlan extends EntryBase {
  kind: "post";
  /** The WordPress slug as readers' browsers use it (decoded, lowercase). */
  slug: string;
  date: Date;
  scheduled: boolean;
  permalink: string;
  /** The <link> path, where it differs from the structure's path and is served as it is. */
  keptPermalink: string | undefined;
  /** The old URL and the new permalink, when they differ. */
  permalinkMismatch: string | undefined;
  authorLogin: string;
  authorSlug: string;
  /** How <dc:creator> was matched to the export's authors (a mismatch is reported, never a new person). */
  authorCredit: AuthorCredit;
  /** The top-level category the post is filed under (WordPress nicename and name). */
  category: { slug: string; name: string };
  tags: string[];
  /** Old permalinks from _wp_old_slug, oldest first. */
  redirectFrom: string[];
  /** The folder beside the post that holds its hero image. */
  heroFolder: string;
  thumbnail: Attachment | undefined;
}

export type EntryPlan = SkippedEntry | PagePlan | PostPlan;

/** Where the site's posts are served: the permalink structure, and the old site's host (links elsewhere are not kept). */
export interface SiteAddresses {
  structure: PermalinkStructure;
  host: string | undefined;
}

/** Whether `text` has a "%" that decodeURI cannot read ("a%zz"): such a slug cannot be served. */
function brokenEscape(text: string): boolean {
  try {
    decodeURI(text);
    return false;
  } catch {
    return true;
  }
}

/** One address, whatever its escapes or trailing slash ("/archives/12" is "/archives/12/"). */
function samePath(a: string, b: string): boolean {
  const normal = (path: string) => {
    let text = path;
    try {
      text = decodeURI(path);
    } catch {
      // A broken escape is compared as written.
    }
    return text.replace(/\/?$/, "/").toLowerCase();
  };
  return normal(a) === normal(b);
}

/** A post or page as the report names it. */
function entryLabel(item: WxrItem): string {
  return `${item.postType || "item"} ${quoted(item.title || "(untitled)")} (id ${item.id})`;
}

/** The redirects that are safe site paths at both ends; the others are listed in `refused`. */
function keepSafeRedirects(redirects: readonly Redirect[], item: string, refused: RefusedValue[]): Redirect[] {
  return redirects.filter((redirect) => {
    const problem = redirectProblem(redirect);
    if (problem) refused.push({ item, leftOut: "a redirect", reason: problem });
    return !problem;
  });
}

/**
 * Where a post or page goes and what redirects to it. Claims its file name in
 * `takenFiles` (project paths without extension), so two WordPress slugs that
 * make one file name ("my_post" and "my-post") both survive.
 */
export function mapEntry(
  item: WxrItem,
  index: ExportIndex,
  takenFiles: Set<string>,
  timeZone: string,
  addresses: SiteAddresses = { structure: defaultStructure, host: undefined },
): EntryPlan {
  const status = item.status;
  if (status === "trash" || status === "auto-draft" || status === "inherit")
    return { kind: "skip", reason: `${status} posts` };
  const date = wordpressDate(item.postDateGmt, item.postDate, timeZone);
  if (!date) return { kind: "skip", reason: "posts without a usable date" };
  // Anything but published or scheduled (draft, pending, private, a workflow plugin's status),
  // and every password-protected post, stays unpublished.
  const passworded = item.password !== "";
  const draft = (status !== "publish" && status !== "future") || passworded;
  const slug = slugOf(item);
  const label = entryLabel(item);
  const slugProblem =
    segmentProblem(slug) ?? (brokenEscape(slug) ? 'has a "%" that is not an escape such as %C3%A9' : undefined);
  if (slugProblem) {
    return {
      kind: "skip",
      reason: `${item.postType}s whose slug cannot be a URL (listed below)`,
      refused: { item: label, leftOut: `the whole ${item.postType}`, reason: `slug ${quoted(slug)} ${slugProblem}` },
    };
  }
  const refused: RefusedValue[] = [];
  const oldPath = pathOf(item.link);

  if (item.postType === "page") {
    // Pages are served at /<slug>/; a child page's old /parent/child/ address redirects there.
    let pageSlug = slugify(slug) || `page-${item.id}`;
    const renamed = takenFiles.has(`${PAGES_DIR}/${pageSlug}`);
    if (renamed) pageSlug = `${pageSlug}-${item.id}`;
    takenFiles.add(`${PAGES_DIR}/${pageSlug}`);
    const redirects: Redirect[] = [];
    if (status === "publish" && oldPath && !oldPath.includes("?") && decodeURI(oldPath) !== `/${pageSlug}/`) {
      redirects.push({ from: oldPath, to: `/${pageSlug}/` });
    }
    const safeRedirects = keepSafeRedirects(redirects, label, refused);
    return {
      kind: "page",
      // A scheduled page has no publication date to wait for: it stays a draft.
      draft: draft || status === "future",
      passworded,
      base: `${PAGES_DIR}/${pageSlug}`,
      renamed,
      redirects: safeRedirects,
      livePath: status === "publish" ? `/${pageSlug}/` : undefined,
      refused,
    };
  }

  const authorCredit = creditAuthor(item.creator, index.authors);
  const login = authorCredit.login;
  // A WordPress subcategory files the post under its top-level ancestor and becomes a tag,
  // so nothing is lost and listings stay few.
  const categories = item.terms.filter((t) => t.domain === "category");
  const chosen = categories.find((t) => t.slug !== "uncategorized") ?? categories[0];
  const category = chosen
    ? rootCategory(index.terms, chosen.slug, chosen.name)
    : { slug: "uncategorized", name: "Uncategorized" };
  const tags = [
    ...item.terms.filter((t) => t.domain === "post_tag").map((t) => t.name),
    ...categories.filter((t) => t.slug !== category.slug).map((t) => t.name),
  ];
  const postId = /^[1-9]\d{0,15}$/.test(item.id) ? Number(item.id) : undefined;
  if (postId === undefined && needsPostId(addresses.structure)) {
    return {
      kind: "skip",
      reason: `posts without a numeric id (the permalink structure ${addresses.structure.text} needs it)`,
    };
  }
  const fields = { slug, pubDate: date, category: categorySlug(category.slug), postId };
  const computed = articlePath(addresses.structure, fields, timeZone);
  // Published and scheduled posts are served where their <link> says, when it can be served as it is.
  const linked =
    status === "publish" || status === "future" ? importedAddress(item.link, computed, addresses.host) : undefined;
  if (linked?.problem) {
    refused.push({ item: label, leftOut: `its old address (it is served at ${computed})`, reason: linked.problem });
  }
  const permalink = linked?.kept ?? computed;
  const redirects: Redirect[] = [];
  let permalinkMismatch: string | undefined;
  if (status === "publish" && oldPath && !samePath(oldPath, permalink)) {
    permalinkMismatch = `${oldPath} → ${permalink}`;
    redirects.push({ from: oldPath, to: permalink });
  }
  const oldSlugs = (item.meta._wp_old_slug ?? []).filter((old) => {
    const problem = segmentProblem(old.toLowerCase());
    if (problem)
      refused.push({ item: label, leftOut: "an old address", reason: `_wp_old_slug ${quoted(old)} ${problem}` });
    return !problem;
  });
  // Front matter keeps them as /YYYY/MM/old-slug/: the first keys the comment thread, whatever the structure.
  const redirectFrom = oldSlugs.map((old) => permalinkFor(old.toLowerCase(), date, timeZone));
  // Only published posts get redirects: a redirect to a draft would reveal its address.
  if (status === "publish") {
    for (const old of oldSlugs) {
      redirects.push({
        from: articlePath(addresses.structure, { ...fields, slug: old.toLowerCase() }, timeZone),
        to: permalink,
      });
    }
    redirects.push({ from: `/?p=${item.id}`, to: permalink });
  }
  const year = zonedParts(date, timeZone).year;
  let base = `${POSTS_DIR}/${year}/${slugify(slug) || `post-${item.id}`}`;
  const renamed = takenFiles.has(base);
  if (renamed) base = `${base}-${item.id}`;
  takenFiles.add(base);
  const thumbnailId = item.meta._thumbnail_id?.[0];
  return {
    kind: "post",
    draft,
    passworded,
    base,
    renamed,
    redirects: keepSafeRedirects(redirects, label, refused),
    livePath: status === "publish" ? decodeURI(permalink) : undefined,
    refused,
    slug,
    date,
    scheduled: !draft && status === "future",
    permalink,
    keptPermalink: linked?.kept,
    permalinkMismatch,
    authorLogin: login,
    authorSlug: slugify(login) || "wordpress",
    authorCredit,
    category,
    tags: [...new Set(tags)],
    redirectFrom,
    heroFolder: slugify(slug) || `post-${item.id}`,
    thumbnail: thumbnailId ? index.attachments.get(thumbnailId) : undefined,
  };
}

export interface ArchivedComment {
  id: string;
  parent?: string;
  author: string;
  authorUrl?: string;
  date: string;
  html: string;
  votes: number;
}

/**
 * The comments readers saw: approved ones only, threaded. Pingbacks,
 * trackbacks and unapproved comments are counted in `skipped`.
 */
export function mapComments(item: WxrItem, timeZone: string, skipped: Record<string, number>): ArchivedComment[] {
  const kept: ArchivedComment[] = [];
  // A reply to a comment that is not kept hangs from that comment's nearest kept ancestor instead.
  const parentOf = new Map(item.comments.map((c) => [c.id, c.parent]));
  const approved = new Set(
    item.comments.filter((c) => c.approved === "1" && !["pingback", "trackback"].includes(c.type)).map((c) => c.id),
  );
  const keptParent = (id: string) => {
    const seen = new Set<string>();
    let parent = parentOf.get(id);
    while (parent && parent !== "0" && !approved.has(parent) && !seen.has(parent)) {
      seen.add(parent);
      parent = parentOf.get(parent);
    }
    return parent && parent !== "0" && approved.has(parent) ? parent : undefined;
  };
  for (const comment of item.comments) {
    const type = comment.type || "comment";
    if (type === "pingback" || type === "trackback") {
      count(skipped, `${type}s (not shown as comments)`);
      continue;
    }
    if (comment.approved !== "1") {
      const why = comment.approved === "spam" ? "spam" : comment.approved === "trash" ? "trash" : "pending";
      count(skipped, `${why} comments`);
      continue;
    }
    const date = wordpressDate(comment.dateGmt, comment.date, timeZone);
    if (!date) {
      count(skipped, "comments without a usable date");
      continue;
    }
    const votes = VOTE_KEYS.map((key) => Number(comment.meta[key])).find((n) => Number.isFinite(n)) ?? 0;
    const parent = keptParent(comment.id);
    kept.push({
      id: comment.id,
      ...(parent ? { parent } : {}),
      author: comment.author.trim() || "Anonymous",
      ...(isWebAddress(comment.authorUrl) ? { authorUrl: comment.authorUrl.trim() } : {}),
      date: date.toISOString(),
      html: autoParagraphs(comment.content),
      votes: Math.round(votes),
    });
  }
  return kept;
}

/** WordPress's feeds, archives and attachment pages → their Paddock equivalents. */
export function archiveRedirects(
  index: Pick<ExportIndex, "terms" | "attachmentPages">,
  usedAuthors: Iterable<string>,
  published: ReadonlyMap<string, string>,
  refused: RefusedValue[] = [],
): Redirect[] {
  const list: Redirect[] = [
    { from: "/feed/", to: "/rss.xml" },
    { from: "/feed/atom/", to: "/rss.xml" },
    { from: "/?feed=rss2", to: "/rss.xml" },
  ];
  const add = (item: string, ...redirects: Redirect[]) => list.push(...keepSafeRedirects(redirects, item, refused));
  for (const term of index.terms.values()) {
    const item = `${term.kind} ${quoted(term.name)}`;
    if (term.kind === "category") {
      const root = rootCategory(index.terms, term.slug, term.name);
      const target = root.slug === term.slug ? `/category/${categorySlug(term.slug)}/` : `/tag/${slugify(term.name)}/`;
      const path = categoryPath(index.terms, term);
      // Each nicename on the path is one segment: "reviews/long-term" is two, never "../x".
      const problem = path
        .split("/")
        .map(segmentProblem)
        .find((p) => p);
      if (problem) {
        refused.push({ item, leftOut: "its archive redirects", reason: `nicename ${quoted(term.slug)} ${problem}` });
        continue;
      }
      add(
        item,
        { from: `/category/${path}/`, to: target },
        { from: `/category/${path}/feed/`, to: `${target}rss.xml` },
      );
    } else {
      const problem = segmentProblem(term.slug);
      if (problem) {
        refused.push({ item, leftOut: "its archive redirects", reason: `slug ${quoted(term.slug)} ${problem}` });
        continue;
      }
      const target = `/tag/${slugify(term.name)}/`;
      add(
        item,
        { from: `/tag/${term.slug}/`, to: target },
        { from: `/tag/${term.slug}/feed/`, to: `${target}rss.xml` },
      );
    }
  }
  for (const login of usedAuthors) {
    const item = `author ${quoted(login)}`;
    const problem = segmentProblem(login);
    if (problem) {
      refused.push({ item, leftOut: "their archive redirects", reason: `login ${quoted(login)} ${problem}` });
      continue;
    }
    const target = `/author/${slugify(login) || "wordpress"}/`;
    // WordPress serves author archives at their nicename; the login's address is kept for links made by hand.
    const paths = new Set([`/author/${wordpressNicename(login)}/`, `/author/${encodeURIComponent(login)}/`]);
    for (const path of paths) {
      if (path === "/author//") continue;
      add(item, { from: path, to: target }, { from: `${path}feed/`, to: `${target}rss.xml` });
    }
  }
  for (const page of index.attachmentPages) {
    const to = published.get(page.parent);
    if (to) add(`attachment page ${quoted(page.from)}`, { from: page.from, to });
  }
  return list;
}

/**
 * The redirects file after an import: entries already there (added by hand,
 * or by an earlier import of other split files) are kept unless the import
 * redirects the same address. A redirect never points at itself (encoded or
 * not) and never hides a page the site still has.
 */
export function mergeRedirects(
  existing: readonly Redirect[],
  imported: readonly Redirect[],
  livePaths: ReadonlySet<string>,
): Redirect[] {
  const merged = new Map(existing.map((r) => [r.from, r]));
  // Imported redirects were checked where they came in; this keeps the file servable whatever the caller passed.
  for (const redirect of imported) if (!redirectProblem(redirect)) merged.set(redirect.from, redirect);
  return [...merged.values()].filter((r) => decodeURI(r.from) !== decodeURI(r.to) && !livePaths.has(decodeURI(r.from)));
}

/**
 * wordpress-categories.json after an import: what earlier imports wrote, plus
 * the categories posts use now, with WordPress's descriptions. A category the
 * site already has (same slug) is written exactly as the site has it, so a
 * config that still lists both (as older guides said) repeats nothing that differs.
 */
export function mergeCategories(
  existing: readonly CategoryEntry[],
  used: ReadonlyMap<string, Omit<CategoryEntry, "slug">>,
  site: readonly CategoryEntry[] = [],
): CategoryEntry[] {
  const categories = new Map<string, CategoryEntry>(existing.map((c) => [c.slug, { ...c }]));
  for (const [slug, { title, description }] of used) {
    categories.set(slug, { slug, title, ...(description ? { description } : {}) });
  }
  for (const own of site) {
    if (!categories.has(own.slug)) continue;
    categories.set(own.slug, {
      slug: own.slug,
      title: own.title,
      ...(own.description !== undefined ? { description: own.description } : {}),
    });
  }
  return [...categories.values()];
}

// ─── Stage 3: convert ───────────────────────────────────────────────────────

export interface ConvertedEntry {
  body: string;
  /** The dek: WordPress's excerpt, else the <!--more--> teaser, else the first sentences, else the title. */
  description: string;
  unknownShortcodes: Map<string, number>;
  droppedEmbeds: number;
  unknownBlocks: Map<string, number>;
  unreadableBlocks: number;
}

/** An item's content as a Paddock body; `image` rewrites uploads URLs to the local copies. */
export function convertEntry(
  item: WxrItem,
  attachments: ReadonlyMap<string, Attachment>,
  image?: (url: string, kind: "img" | "link") => string,
): ConvertedEntry {
  const converted = convertContent(item.content, { attachments, ...(image ? { image } : {}), postId: item.id });
  const excerpt = plainText(item.excerpt);
  return {
    body: converted.body,
    description: excerpt || converted.teaser || firstSentences(converted.body) || item.title,
    unknownShortcodes: converted.unknownShortcodes,
    droppedEmbeds: converted.droppedEmbeds.length,
    unknownBlocks: converted.unknownBlocks,
    unreadableBlocks: converted.unreadableBlocks,
  };
}

/** A page's .md file, with the hash that tells a later import whether a person edited it. */
export function pageFile(item: WxrItem, plan: PagePlan, converted: ConvertedEntry): string {
  const page = { title: item.title, description: converted.description, ...(plan.draft ? { draft: true } : {}) };
  return withHash(frontmatterFile(page, converted.body), (hash) =>
    frontmatterFile({ ...page, importHash: hash }, converted.body),
  );
}

/** The hero image as the post's front matter names it: a file beside the post. */
export interface HeroImage {
  /** The file name inside the post's hero folder. */
  name: string;
  alt: string;
  credit: string;
}

/** A post's .md file, with the hash that tells a later import whether a person edited it. */
export function postFile(item: WxrItem, plan: PostPlan, converted: ConvertedEntry, hero?: HeroImage): string {
  const { slug } = plan;
  const data: Record<string, unknown> = {
    title: item.title || `Untitled (${item.id})`,
    description: converted.description,
    pubDate: plan.date.toISOString(),
    authors: [plan.authorSlug],
    category: categorySlug(plan.category.slug),
    tags: plan.tags,
    ...(plan.draft ? { draft: true } : {}),
    // The file name is only a name; the slug field keeps a WordPress slug (non-ASCII ones too) exact.
    ...(slug !== slugify(slug) ? { slug } : {}),
    ...(plan.redirectFrom.length ? { redirectFrom: plan.redirectFrom } : {}),
    // Only where the old URL is not the structure's path (a time zone, an edited date): served as it was.
    ...(plan.keptPermalink ? { permalink: plan.keptPermalink } : {}),
    legacy: { wordpressId: Number(item.id), guid: item.guid || undefined, urls: [`/?p=${item.id}`] },
  };
  // A renamed file no longer spells the slug.
  if (plan.renamed) data.slug = slug;
  if (hero) {
    data.heroImage = `./${plan.heroFolder}/${hero.name}`;
    data.heroAlt = hero.alt;
    if (hero.credit) data.heroCredit = hero.credit;
  }
  const body = converted.body || "<p></p>";
  (data.legacy as Record<string, unknown>).importHash = contentHash(frontmatterFile(data, body));
  return frontmatterFile(data, body);
}

/** A post's archived comment thread, with the hash that keeps a moderator's deletions. */
export function commentsFile(comments: readonly ArchivedComment[]): string {
  const json = (extra: object) => `${JSON.stringify({ ...extra, comments }, null, 2)}\n`;
  return withHash(json({}), (hash) => json({ importHash: hash }));
}

/** An author file made from the export's author (or only the login when the export lacks it). */
export function authorFile(login: string, author: WxrAuthor | undefined): { path: string; text: string } {
  return {
    path: `${AUTHORS_DIR}/${slugify(login) || "wordpress"}.yaml`,
    text: yaml.dump({ name: authorName(login, author), role: "contributor" }),
  };
}

/**
 * The file in `uploads` for an uploads URL: the original when WordPress's
 * resized copy ("name-640x427.jpg") is referenced, else the file itself;
 * `{ missing }` when neither is there; undefined for a URL outside uploads.
 */
export type UploadLookup =
  { relative: string; path: string } | { missing: string } | { refused: string; reason: string };

/**
 * Only a regular file of a type a news site serves (SERVED_UPLOADS), inside
 * `uploads` once symbolic links are resolved: an upload is a stranger's file.
 */
export function findUpload(url: string, uploads: string | undefined): UploadLookup | undefined {
  const relativePath = /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(url)?.[1];
  if (!relativePath || !uploads) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    decoded = relativePath; // "100%-electric.jpg" is a file name, not an escape
  }
  const extension = /\.([^./]+)$/.exec(decoded)?.[1]?.toLowerCase();
  if (!extension || !SERVED_UPLOADS.has(extension)) {
    return { refused: decoded, reason: "not an image, PDF, audio or video file" };
  }
  const original = decoded.replace(/-\d+x\d+(\.\w+)$/, "$1");
  const folder = resolve(uploads);
  for (const candidate of [original, decoded]) {
    const path = resolve(folder, candidate);
    // Never outside --uploads: "../" in a URL must not publish other files.
    if (!path.startsWith(`${folder}${sep}`)) break;
    if (!existsSync(path) && !isLink(path)) continue;
    const name = relative(folder, path).split(sep).join("/");
    if (isLink(path)) return { refused: name, reason: "a symbolic link" };
    // A linked folder on the way ("2019 → /etc") resolves elsewhere.
    if (!realpathSync(path).startsWith(`${realpathSync(folder)}${sep}`)) {
      return { refused: name, reason: "outside the uploads folder once links are resolved" };
    }
    if (!lstatSync(path).isFile()) return { refused: name, reason: "not a file" };
    const problem = name.split("/").map(segmentProblem).find(Boolean);
    if (problem) return { refused: name, reason: `its name ${problem}` };
    return { relative: name, path };
  }
  return { missing: decoded };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

// ─── Stage 4: write ─────────────────────────────────────────────────────────

/** Files made by an import, held in a staging folder until every one is made. */
export interface Staging {
  root: string;
  folder: string;
  dryRun: boolean;
  /** Overwrite files edited by hand since their import. */
  force: boolean;
  /** Project paths staged so far (only paths, so memory stays flat). */
  staged: Set<string>;
  /** Uploads copied so far, by project path: each is looked at once. */
  copied: Set<string>;
}

/**
 * The staging and final locations of a project path, after checking that
 * both resolve inside the folder the path names (a post inside
 * src/content/posts, an upload inside public/wp-content/uploads…), one of the
 * only folders an import writes into. Checked where each file is written, so
 * no value that slipped past the import's checks can put a file elsewhere.
 */
function writeLocations(staging: Staging, path: string): { staged: string; target: string } {
  const target = resolve(staging.root, path);
  const staged = resolve(staging.folder, path);
  const folder = WRITABLE.find((name) => path.startsWith(`${name}/`));
  const inside = (file: string, base: string) => folder && file.startsWith(`${resolve(base, folder)}${sep}`);
  if (!folder || !inside(target, staging.root) || !inside(staged, staging.folder)) {
    throw new Error(
      `The import stopped before writing ${quoted(path)}: ${
        folder ? `it resolves outside ${folder}` : `an import only writes inside ${WRITABLE.join(", ")}`
      }`,
    );
  }
  return { staged, target };
}

/** An empty staging folder under the project root. */
export function openStaging(root: string, { dryRun = false, force = false } = {}): Staging {
  const folder = join(root, STAGING);
  rmSync(folder, { recursive: true, force: true });
  return { root, folder, dryRun, force, staged: new Set(), copied: new Set() };
}

export type StageResult = "staged" | "unchanged" | "kept";

/**
 * Stages a file at a project path unless it is already there as it would be
 * written. A `guarded` file (post, page, comment thread) edited by hand since
 * its import is "kept" unless the staging forces.
 */
export function stageFile(staging: Staging, path: string, text: string, guarded = false): StageResult {
  const { staged, target } = writeLocations(staging, path);
  if (existsSync(target)) {
    const current = readFileSync(target, "utf8");
    if (current === text) return "unchanged";
    if (guarded && !staging.force) {
      const stored = HASH_LINE.exec(current)?.[1];
      if (!stored || stored !== contentHash(current)) return "kept";
    }
  }
  staging.staged.add(path);
  if (staging.dryRun) return "staged";
  mkdirSync(dirname(staged), { recursive: true });
  writeFileSync(staged, text);
  return "staged";
}

/** Stages a copy of an upload at a project path, once; true when a new or changed copy was staged. */
export function stageCopy(staging: Staging, from: string, path: string): boolean {
  if (staging.copied.has(path)) return false;
  staging.copied.add(path);
  const { staged, target } = writeLocations(staging, path);
  if (existsSync(target) && readFileSync(target).equals(readFileSync(from))) return false;
  staging.staged.add(path);
  if (staging.dryRun) return true;
  mkdirSync(dirname(staged), { recursive: true });
  copyFileSync(from, staged);
  return true;
}

/** Moves every staged file into place and removes the staging folder (a dry run moves nothing). */
export function commitStaging(staging: Staging): void {
  if (staging.dryRun) return;
  for (const path of staging.staged) {
    const { staged, target } = writeLocations(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staged, target);
  }
  rmSync(staging.folder, { recursive: true, force: true });
}

// ─── Stage 5: report ────────────────────────────────────────────────────────

export function newReport(): ImportReport {
  return {
    posts: 0,
    pages: 0,
    drafts: 0,
    scheduled: 0,
    authors: 0,
    categories: 0,
    tags: 0,
    comments: 0,
    redirects: 0,
    written: 0,
    unchanged: 0,
    keptHandEdits: [],
    skipped: {},
    unknownShortcodes: {},
    droppedEmbeds: 0,
    permalinkMismatches: [],
    permalinks: { detected: undefined, used: defaultStructure.text, kept: 0 },
    images: 0,
    missingImages: [],
    heroesSkipped: 0,
    protectedPosts: [],
    renamedFiles: [],
    timeZoneMismatches: 0,
    refused: [],
    refusedUploads: [],
    mergedCategories: [],
    addedCategories: [],
    authorMismatches: [],
    unknownBlocks: {},
    remoteImages: [],
    imageOrigins: [],
  };
}

// ─── All stages ─────────────────────────────────────────────────────────────

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const report = newReport();
  const index = await readExports(options.files, options.timeZone);
  report.timeZoneMismatches = index.timeZoneMismatches;
  const survey = index.links ?? newLinkSurvey();
  const detected = detectStructure(survey);
  const structure = options.permalink ? parseStructure(options.permalink) : (detected?.structure ?? defaultStructure);
  const addresses: SiteAddresses = { structure, host: siteHost(survey) };
  report.permalinks = { detected, used: structure.text, kept: 0 };

  const staging = openStaging(options.root, { dryRun: options.dryRun ?? false, force: options.force ?? false });
  const write = (path: string, text: string, guarded = false) => {
    const result = stageFile(staging, path, text, guarded);
    if (result === "unchanged") report.unchanged++;
    else if (result === "kept") report.keptHandEdits.push(path);
  };
  const missing = new Set<string>();
  const refusedUploads = new Map<string, string>();
  const upload = (url: string) => {
    const found = findUpload(url, options.uploads);
    if (found && "missing" in found) missing.add(found.missing);
    if (found && "refused" in found) refusedUploads.set(found.refused, found.reason);
    return found && "path" in found ? found : undefined;
  };
  const copyUpload = (from: string, path: string) => {
    if (stageCopy(staging, from, path)) report.images++;
  };
  const remoteImages = new Set<string>();
  const imageOrigins = new Set(readImageOrigins(options.root));
  /**
   * Body images move to public/wp-content/uploads/, so their old addresses keep working too. One that
   * is not brought across keeps its absolute address on the old site (a root-relative one would point
   * at a file this site does not have), and its host is allowed in the CSP's img-src.
   */
  const bodyImage = (raw: string, kind: "img" | "link") => {
    const url = raw.startsWith("/wp-content/uploads/") && index.siteUrl ? `${index.siteUrl}${raw}` : raw;
    const file = upload(url);
    if (!file) {
      const origin = kind === "img" ? imageOrigin(url) : undefined;
      if (origin) imageOrigins.add(origin);
      if (kind === "img" && !options.uploads && /\/wp-content\/uploads\//.test(url)) remoteImages.add(url);
      return url;
    }
    copyUpload(file.path, `public/wp-content/uploads/${file.relative}`);
    return `/wp-content/uploads/${file.relative}`;
  };

  const takenFiles = new Set<string>();
  const mergedCategories = new Set<string>();
  const livePaths = new Set<string>(); // decoded URLs of published posts and pages
  const redirects: Redirect[] = [];
  const usedAuthors = new Set<string>();
  const usedCategories = new Map<string, { title: string; description?: string | undefined }>();
  const published = new Map<string, string>(); // post id → permalink, for attachment pages

  function importEntry(item: WxrItem) {
    const plan = mapEntry(item, index, takenFiles, options.timeZone, addresses);
    if (plan.kind === "skip") {
      count(report.skipped, plan.reason);
      if (plan.refused) report.refused.push(plan.refused);
      return;
    }
    report.refused.push(...plan.refused);
    if (plan.passworded) report.protectedPosts.push(item.title || item.link);
    let converted: ConvertedEntry;
    try {
      converted = convertEntry(item, index.attachments, bodyImage);
    } catch (error) {
      // Tens of thousands of nested tags exhaust the stack: that one post is left out, not the export.
      if (!(error instanceof RangeError)) throw error;
      count(report.skipped, `${item.postType}s whose content could not be converted (listed below)`);
      report.refused.push({
        item: entryLabel(item),
        leftOut: `the whole ${item.postType}`,
        reason: "its HTML is nested too deeply to convert",
      });
      return;
    }
    for (const [name, n] of converted.unknownShortcodes) count(report.unknownShortcodes, name, n);
    report.droppedEmbeds += converted.droppedEmbeds;
    for (const [name, n] of converted.unknownBlocks) count(report.unknownBlocks, name, n);
    if (converted.unreadableBlocks)
      count(report.skipped, "block attributes that are not JSON (the blocks' HTML kept)", converted.unreadableBlocks);
    redirects.push(...plan.redirects);
    if (plan.livePath) livePaths.add(plan.livePath);
    if (plan.renamed) report.renamedFiles.push(`${plan.base}.md`);

    if (plan.kind === "page") {
      report.pages++;
      write(`${plan.base}.md`, pageFile(item, plan, converted), true);
      // Archived beside the page, as for posts; the page shows them under its text.
      const pageComments = mapComments(item, options.timeZone, report.skipped);
      report.comments += pageComments.length;
      if (pageComments.length) write(`${plan.base}.comments.json`, commentsFile(pageComments), true);
      return;
    }

    report.posts++;
    if (plan.draft) report.drafts++;
    else if (plan.scheduled) report.scheduled++;
    if (plan.permalinkMismatch) report.permalinkMismatches.push(plan.permalinkMismatch);
    if (plan.keptPermalink) report.permalinks.kept++;
    if (plan.livePath) published.set(item.id, plan.permalink);
    usedAuthors.add(plan.authorLogin);
    const categoryKey = categorySlug(plan.category.slug);
    const sameSlug = usedCategories.get(categoryKey)?.title;
    // Two WordPress categories can make one Paddock slug ("News" and "news"): their posts share it.
    if (sameSlug !== undefined && sameSlug !== plan.category.name) {
      mergedCategories.add(
        `${quoted(plan.category.name)} and ${quoted(sameSlug)} share the slug "${categoryKey}": merged as ${quoted(sameSlug)}`,
      );
    } else {
      const { description } = categoryTerm(index.terms, plan.category.slug) ?? {};
      usedCategories.set(categoryKey, { title: plan.category.name, description });
    }
    const credit = plan.authorCredit;
    if (credit.match === "login-only") {
      count(report.skipped, "authors missing from the export (a file was made from the login)");
    } else if (credit.match !== "exact") {
      const author = authorName(credit.login, index.authors.get(credit.login));
      report.authorMismatches.push(
        credit.match === "trimmed"
          ? `${entryLabel(item)}: creator ${quoted(credit.creator)} credited to ${quoted(author)} (${credit.login}), stray characters left out`
          : `${entryLabel(item)}: creator ${quoted(credit.creator)} is none of the export's authors; credited to ${quoted(author)} (${credit.login}) — correct "authors:" in ${plan.base}.md if that is wrong`,
      );
    }
    // The featured image becomes the hero, beside the post, so the build can optimise it.
    const heroFile = plan.thumbnail && upload(plan.thumbnail.url);
    let hero: HeroImage | undefined;
    if (plan.thumbnail && heroFile) {
      const name = heroFile.relative.split("/").pop()!;
      copyUpload(heroFile.path, `${dirname(plan.base)}/${plan.heroFolder}/${name}`);
      hero = { name, alt: plan.thumbnail.alt || item.title, credit: plan.thumbnail.caption };
    } else if (plan.thumbnail) report.heroesSkipped++;
    write(`${plan.base}.md`, postFile(item, plan, converted, hero), true);

    const comments = mapComments(item, options.timeZone, report.skipped);
    report.comments += comments.length;
    // A moderator may delete an archived comment by hand; the next import must not bring it back.
    if (comments.length) write(`${plan.base}.comments.json`, commentsFile(comments), true);
  }

  let done = 0;
  await readEntries(options.files, report.skipped, (item) => {
    done++;
    try {
      importEntry(item);
    } finally {
      options.progress?.(done, index.total);
    }
  });

  // Authors: only those with posts, and never over a hand-made author file.
  for (const login of usedAuthors) {
    const { path, text } = authorFile(login, index.authors.get(login));
    if (existsSync(join(options.root, path))) continue;
    report.authors++;
    write(path, text);
  }
  report.categories = usedCategories.size;
  report.tags = [...index.terms.values()].filter((t) => t.kind === "tag").length;
  // Categories and redirects add to what earlier imports (of other split files, say) and editors wrote.
  const categoriesFile = join(options.root, CATEGORIES_FILE);
  const existingCategories = existsSync(categoriesFile)
    ? parseImportedCategories(readFileSync(categoriesFile, "utf8"), CATEGORIES_FILE)
    : [];
  const siteCategories = options.siteCategories ?? [];
  const earlierImports = new Set(existingCategories.map((c) => c.slug));
  for (const [slug, { title }] of usedCategories) {
    const own = siteCategories.find((c) => c.slug === slug);
    // Only categories written by hand: those of earlier imports are in paddock.config.ts through the JSON file.
    if (own && !earlierImports.has(slug)) {
      mergedCategories.add(
        `${quoted(title)} is already in paddock.config.ts as "${slug}": its posts are filed there and wordpress-categories.json repeats it as ${quoted(own.title)}`,
      );
    }
  }
  const categories = mergeCategories(existingCategories, usedCategories, siteCategories);
  // What the build gains from this import: new to the file and not the site's own.
  report.addedCategories = categories
    .filter((c) => !earlierImports.has(c.slug) && !siteCategories.some((own) => own.slug === c.slug))
    .map((c) => `${quoted(c.title)} (/category/${c.slug}/)`);
  write(CATEGORIES_FILE, `${JSON.stringify(categories, null, 2)}\n`);
  // The structure the build serves posts at when paddock.config.ts sets none (src/lib/config.ts).
  write(
    IMPORTED_SITE_FILE,
    `${JSON.stringify({ permalink: detected?.structure.text ?? defaultStructure.text }, null, 2)}\n`,
  );
  redirects.push(...archiveRedirects(index, usedAuthors, published, report.refused));
  const finalRedirects = mergeRedirects(readRedirects(join(options.root, REDIRECTS_FILE)), redirects, livePaths);
  report.redirects = finalRedirects.length;
  write(REDIRECTS_FILE, `${JSON.stringify(finalRedirects, null, 2)}\n`);

  if (imageOrigins.size) write(IMAGE_ORIGINS_FILE, `${JSON.stringify([...imageOrigins].sort(), null, 2)}\n`);
  report.imageOrigins = [...imageOrigins].sort();
  report.remoteImages = [...remoteImages];
  report.missingImages = [...missing].sort();
  report.refusedUploads = [...refusedUploads].sort().map(([path, reason]) => ({ path, reason }));
  report.mergedCategories = [...mergedCategories];
  report.written = staging.staged.size;
  commitStaging(staging);
  return report;
}

export function formatReport(report: ImportReport, root: string, files: string[]): string {
  const lines = [
    `Imported from ${files.map((f) => relative(root, f) || f).join(", ")}:`,
    `  ${report.posts} posts (${report.drafts} drafts, ${report.scheduled} scheduled), ${report.pages} pages, ${report.comments} comments`,
    `  ${report.authors} new authors, ${report.categories} categories used, ${report.tags} tags, ${report.redirects} redirects`,
    `  ${report.written} files written, ${report.unchanged} unchanged`,
  ];
  if (report.keptHandEdits.length) {
    lines.push(
      `  kept ${report.keptHandEdits.length} posts edited by hand since their import (use --force to overwrite):`,
    );
    for (const path of report.keptHandEdits) lines.push(`    ${path}`);
  }
  const skipped = Object.entries(report.skipped);
  if (skipped.length) lines.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${why}`).join("; ")}`);
  const shortcodes = Object.entries(report.unknownShortcodes).sort(([, a], [, b]) => b - a);
  if (shortcodes.length) {
    lines.push(`  shortcodes kept as text: ${shortcodes.map(([name, n]) => `[${name}] ×${n}`).join(", ")}`);
  }
  const blocks = Object.entries(report.unknownBlocks).sort(([, a], [, b]) => b - a);
  if (blocks.length) {
    lines.push(
      `  blocks kept as their HTML (no Paddock equivalent): ${blocks.map(([name, n]) => `${name} ×${n}`).join(", ")}`,
    );
  }
  if (report.protectedPosts.length) {
    lines.push(
      `  ${report.protectedPosts.length} password-protected posts imported as drafts: ${report.protectedPosts.join("; ")}`,
    );
  }
  if (report.renamedFiles.length) {
    lines.push(
      `  ${report.renamedFiles.length} posts saved under another file name (their URL is unchanged): ${report.renamedFiles.join(", ")}`,
    );
  }
  if (report.timeZoneMismatches) {
    lines.push(
      `  ${report.timeZoneMismatches} posts were written in a time zone other than paddock.config.ts's timeZone; set it to WordPress's zone so their URLs keep their month`,
    );
  }
  if (report.images) lines.push(`  ${report.images} images copied from --uploads`);
  if (report.remoteImages.length) {
    lines.push(
      `  ${report.remoteImages.length} images stay at their original address (no --uploads given; copy wp-content/uploads and import again with --uploads to bring them across):`,
    );
    for (const url of report.remoteImages.slice(0, 5)) lines.push(`    ${url}`);
    if (report.remoteImages.length > 5) lines.push(`    … and ${report.remoteImages.length - 5} more`);
  }
  if (report.imageOrigins.length) {
    lines.push(
      `  images load from ${report.imageOrigins.join(", ")}; allowed in the Content-Security-Policy through ${IMAGE_ORIGINS_FILE}`,
    );
  }
  if (report.heroesSkipped) {
    lines.push(
      `  ${report.heroesSkipped} featured images not imported (give --uploads with the files to bring them across)`,
    );
  }
  if (report.missingImages.length) {
    lines.push(`  ${report.missingImages.length} images not found in --uploads (the posts keep their old addresses):`);
    for (const path of report.missingImages.slice(0, 20)) lines.push(`    ${path}`);
    if (report.missingImages.length > 20) lines.push(`    … and ${report.missingImages.length - 20} more`);
  }
  if (report.refusedUploads.length) {
    lines.push(`  ${report.refusedUploads.length} files in --uploads not copied (the posts keep their old addresses):`);
    for (const { path, reason } of report.refusedUploads) lines.push(`    ${path}: ${reason}`);
  }
  if (report.refused.length) {
    lines.push(
      `  ${report.refused.length} values cannot be a safe URL path, file name or redirect; what they would have made was left out:`,
    );
    for (const { item, leftOut, reason } of report.refused) lines.push(`    ${item}: ${leftOut} left out, ${reason}`);
  }
  if (report.addedCategories.length) {
    lines.push(
      `  ${report.addedCategories.length} categories added to ${CATEGORIES_FILE} (the build reads it; edit titles and descriptions there, or list a category in paddock.config.ts to override it):`,
    );
    for (const line of report.addedCategories) lines.push(`    ${line}`);
  }
  if (report.mergedCategories.length) {
    lines.push(`  categories merged:`);
    for (const line of report.mergedCategories) lines.push(`    ${line}`);
  }
  if (report.authorMismatches.length) {
    lines.push(`  ${report.authorMismatches.length} posts whose creator is not exactly one of the export's authors:`);
    for (const line of report.authorMismatches) lines.push(`    ${line}`);
  }
  if (report.droppedEmbeds)
    lines.push(
      `  ${report.droppedEmbeds} embeds without a usable http(s) address (or iframes that are not YouTube or Vimeo) were left out`,
    );
  lines.push(...permalinkLines(report));
  if (report.permalinkMismatches.length) {
    lines.push(
      `  ${report.permalinkMismatches.length} posts could not keep their URL (see above); their old address redirects to their new permalink`,
    );
  }
  return lines.join("\n");
}

/** What the report says about URLs: the structure found, the one used, and the posts that keep their own. */
function permalinkLines({ permalinks }: ImportReport): string[] {
  const { detected, used, kept } = permalinks;
  const lines = detected
    ? [
        `  permalinks: ${detected.fits} of ${detected.posts} published posts' links fit ${detected.structure.text}` +
          (detected.fits < detected.posts ? `; ${detected.posts - detected.fits} do not` : ""),
      ]
    : [`  permalinks: no post's link fits a WordPress structure Paddock knows; posts are served at ${used}`];
  if (detected && detected.structure.text !== used) {
    lines.push(`  paddock.config.ts sets permalink ${used}, so posts are served there and their old URLs redirect`);
  } else if (detected) {
    lines.push(
      `  posts are served at ${used} (written to ${IMPORTED_SITE_FILE}; a "permalink" in paddock.config.ts wins)`,
    );
  }
  if (kept) lines.push(`  ${kept} posts keep their old URL, which differs from what their date or category gives`);
  return lines;
}
