/**
 * Imports WordPress exports into a Paddock site. Two streaming passes over
 * the export files: the first collects authors, terms and attachments (and
 * proves the XML is well formed before anything is written), the second
 * converts posts one at a time. Everything is written into a staging folder
 * and moved into place at the end, so a failed import changes nothing.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import { parseFrontmatterDate } from "../../content/dates";
import { permalinkFor } from "../../content/posts";
import { slugify } from "../../content/slugs";
import { readRedirects, REDIRECTS_FILE, type Redirect } from "../../build/redirects";
import { autoParagraphs, convertContent, plainText, type Attachment } from "./content";
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
}

const POSTS_DIR = "src/content/posts";
const AUTHORS_DIR = "src/content/authors";
const PAGES_DIR = "src/content/pages";
const DATA_DIR = "src/data";
const STAGING = ".paddock-import";

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
  const segment = last && !last.includes(".") ? last : item.postName;
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

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
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
    images: 0,
    missingImages: [],
    heroesSkipped: 0,
    protectedPosts: [],
    renamedFiles: [],
    timeZoneMismatches: 0,
  };
  const copied = new Set<string>(); // staged copies, by project path
  const missing = new Set<string>();

  /**
   * The file in --uploads for an uploads URL: the original when WordPress's
   * resized copy ("name-640x427.jpg") is referenced, else the file itself.
   */
  function uploadFile(url: string): { relative: string; path: string } | undefined {
    const relativePath = /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(url)?.[1];
    if (!relativePath || !options.uploads) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(relativePath);
    } catch {
      decoded = relativePath; // "100%-electric.jpg" is a file name, not an escape
    }
    const original = decoded.replace(/-\d+x\d+(\.\w+)$/, "$1");
    const uploads = resolve(options.uploads);
    for (const candidate of [original, decoded]) {
      const path = resolve(uploads, candidate);
      // Never outside --uploads: "../" in a URL must not publish other files.
      if (!path.startsWith(`${uploads}${sep}`)) break;
      if (existsSync(path)) return { relative: relative(uploads, path).split(sep).join("/"), path };
    }
    missing.add(decoded);
    return undefined;
  }

  /** Stages a copy of an upload at a project path (once), unless it is already there. */
  function stageCopy(from: string, path: string) {
    if (copied.has(path)) return;
    copied.add(path);
    const target = join(options.root, path);
    if (existsSync(target) && readFileSync(target).equals(readFileSync(from))) return;
    report.images++;
    staged.add(path);
    if (options.dryRun) return;
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    copyFileSync(from, join(staging, path));
  }

  /** Body images move to public/wp-content/uploads/, so their old addresses keep working too. */
  const bodyImage = (url: string) => {
    const file = uploadFile(url);
    if (!file) return url;
    stageCopy(file.path, `public/wp-content/uploads/${file.relative}`);
    return `/wp-content/uploads/${file.relative}`;
  };

  // Pass 1: everything posts refer to. Also proves every file is well-formed XML before a byte is written.
  const authors = new Map<string, WxrAuthor>();
  const terms = new Map<string, WxrTerm>();
  const attachments = new Map<string, Attachment>();
  const attachmentPages: { from: string; parent: string }[] = [];
  const published = new Map<string, string>(); // post id → permalink, for attachment pages

  const categoryTerm = (slug: string) => terms.get(`category:${slug}`);
  const rootCategory = (slug: string, name: string) => {
    let term = categoryTerm(slug) ?? { kind: "category" as const, slug, name };
    const seen = new Set<string>();
    while (term.parent && !seen.has(term.parent) && categoryTerm(term.parent)) {
      seen.add(term.parent);
      term = categoryTerm(term.parent)!;
    }
    return { slug: term.slug, name: term.name };
  };
  /** WordPress's category URL path: parents first, "reviews/long-term". */
  const categoryPath = (term: WxrTerm): string => {
    const parent = term.parent ? categoryTerm(term.parent) : undefined;
    return parent && parent !== term ? `${categoryPath(parent)}/${term.slug}` : term.slug;
  };
  let total = 0;
  const counted = new Set<string>();
  /** WordPress wrote post_date in its own zone: a different offset here would move posts across month boundaries. */
  function checkOffset(local: string, gmt: string) {
    const instant = new Date(`${gmt.trim().replace(" ", "T")}Z`);
    const wordpressOffset = Date.parse(`${local.trim().replace(" ", "T")}Z`) - instant.getTime();
    const ours = parseFrontmatterDate(local.trim(), options.timeZone);
    if (ours && Number.isFinite(wordpressOffset) && ours.getTime() !== instant.getTime()) report.timeZoneMismatches++;
  }
  for (const file of options.files) {
    await readWxr(createReadStream(file), file, {
      author: (author) => authors.set(author.login, author),
      term: (term) => terms.set(`${term.kind}:${term.slug}`, term),
      item(item) {
        if (item.postType === "attachment") {
          attachments.set(item.id, {
            url: item.attachmentUrl || item.guid,
            alt: item.meta._wp_attachment_image_alt?.[0] ?? "",
            caption: item.excerpt.trim(),
            parent: item.parent,
            order: Number(item.menuOrder) || 0,
          });
          const page = pathOf(item.link);
          if (page && item.parent && item.parent !== "0") attachmentPages.push({ from: page, parent: item.parent });
        } else if (item.postType === "post" || item.postType === "page") {
          // Split exports repeat items at their edges; each counts once.
          if (!counted.has(item.id)) total++;
          counted.add(item.id);
          if (item.status === "publish" && item.postDate && item.postDateGmt && !item.postDateGmt.startsWith("0000")) {
            checkOffset(item.postDate, item.postDateGmt);
          }
        }
      },
    });
  }

  const staging = join(options.root, STAGING);
  rmSync(staging, { recursive: true, force: true });
  // Files go to the staging folder as they are made (memory stays flat); only their paths are kept.
  const staged = new Set<string>();
  const takenFiles = new Set<string>(); // post and page file names, without extension
  const livePaths = new Set<string>(); // decoded URLs of published posts and pages
  const redirects: Redirect[] = [];
  const usedAuthors = new Set<string>();
  const usedCategories = new Map<string, string>();
  const seen = new Set<string>(); // a post repeated across split files is imported once
  let done = 0;

  // Pass 2: posts and pages, one at a time.
  for (const file of options.files) {
    await readWxr(createReadStream(file), file, {
      item(item) {
        if (item.postType !== "post" && item.postType !== "page") {
          if (item.postType !== "attachment")
            count(report.skipped, `${item.postType || "unknown"} items (not posts or pages)`);
          return;
        }
        if (seen.has(item.id)) return;
        seen.add(item.id);
        done++;
        try {
          importItem(item);
        } finally {
          options.progress?.(done, total);
        }
      },
    });
  }

  function importItem(item: WxrItem) {
    const status = item.status;
    if (status === "trash" || status === "auto-draft" || status === "inherit") {
      count(report.skipped, `${status} posts`);
      return;
    }
    const date = wordpressDate(item.postDateGmt, item.postDate, options.timeZone);
    if (!date) {
      count(report.skipped, "posts without a usable date");
      return;
    }
    // Anything but published or scheduled (draft, pending, private, a workflow plugin's status),
    // and every password-protected post, stays unpublished.
    const passworded = item.password !== "";
    if (passworded) report.protectedPosts.push(item.title || item.link);
    const draft = (status !== "publish" && status !== "future") || passworded;
    const slug = slugOf(item);
    const converted = convertContent(item.content, { attachments, image: bodyImage, postId: item.id });
    for (const [name, n] of converted.unknownShortcodes) count(report.unknownShortcodes, name, n);
    report.droppedEmbeds += converted.droppedEmbeds.length;
    const excerpt = plainText(item.excerpt);
    const description = excerpt || converted.teaser || firstSentences(converted.body) || item.title;

    if (item.postType === "page") {
      report.pages++;
      // Pages are served at /<slug>/; a child page's old /parent/child/ address redirects there.
      let pageSlug = slugify(slug) || `page-${item.id}`;
      if (takenFiles.has(`${PAGES_DIR}/${pageSlug}`)) {
        pageSlug = `${pageSlug}-${item.id}`;
        report.renamedFiles.push(`${PAGES_DIR}/${pageSlug}.md`);
      }
      takenFiles.add(`${PAGES_DIR}/${pageSlug}`);
      if (status === "publish") livePaths.add(`/${pageSlug}/`);
      if (item.comments.length)
        count(report.skipped, "comments on pages (pages have no comments)", item.comments.length);
      const oldPath = pathOf(item.link);
      if (status === "publish" && oldPath && !oldPath.includes("?") && decodeURI(oldPath) !== `/${pageSlug}/`) {
        redirects.push({ from: oldPath, to: `/${pageSlug}/` });
      }
      const page = { title: item.title, description, ...(draft || status === "future" ? { draft: true } : {}) };
      const pageFile = frontmatterFile(page, converted.body);
      write(
        `${PAGES_DIR}/${pageSlug}.md`,
        withHash(pageFile, (hash) => frontmatterFile({ ...page, importHash: hash }, converted.body)),
        true,
      );
      return;
    }

    report.posts++;
    if (draft) report.drafts++;
    else if (status === "future") report.scheduled++;
    const permalink = permalinkFor(slug, date, options.timeZone);
    const oldPath = pathOf(item.link);
    if (status === "publish" && oldPath && decodeURI(oldPath) !== decodeURI(permalink)) {
      report.permalinkMismatches.push(`${oldPath} → ${permalink}`);
      redirects.push({ from: oldPath, to: permalink });
    }
    const author = authors.get(item.creator.trim());
    const login = item.creator.trim() || "wordpress";
    const authorSlug = slugify(login) || "wordpress";
    usedAuthors.add(login);
    // Paddock's categories are the site's sections: a WordPress subcategory files the post under its
    // top-level ancestor and becomes a tag, so nothing is lost and listings stay few.
    const categories = item.terms.filter((t) => t.domain === "category");
    const chosen = categories.find((t) => t.slug !== "uncategorized") ?? categories[0];
    const category = chosen ? rootCategory(chosen.slug, chosen.name) : { slug: "uncategorized", name: "Uncategorized" };
    usedCategories.set(categorySlug(category.slug), category.name);
    const tags = [
      ...item.terms.filter((t) => t.domain === "post_tag").map((t) => t.name),
      ...categories.filter((t) => t.slug !== category.slug).map((t) => t.name),
    ];
    const oldSlugs = item.meta._wp_old_slug ?? [];
    const redirectFrom = oldSlugs.map((old) => permalinkFor(old.toLowerCase(), date, options.timeZone));
    // Only published posts get redirects: a redirect to a draft would reveal its address.
    if (status === "publish") {
      for (const from of redirectFrom) redirects.push({ from, to: permalink });
      redirects.push({ from: `/?p=${item.id}`, to: permalink });
      published.set(item.id, permalink);
      livePaths.add(decodeURI(permalink));
    }

    const data: Record<string, unknown> = {
      title: item.title || `Untitled (${item.id})`,
      description,
      pubDate: date.toISOString(),
      authors: [authorSlug],
      category: categorySlug(category.slug),
      tags: [...new Set(tags)],
      ...(draft ? { draft: true } : {}),
      // The file name is only a name; the slug field keeps a WordPress slug (non-ASCII ones too) exact.
      ...(slug !== slugify(slug) ? { slug } : {}),
      ...(redirectFrom.length ? { redirectFrom } : {}),
      legacy: { wordpressId: Number(item.id), guid: item.guid || undefined, urls: [`/?p=${item.id}`] },
    };
    if (!author) count(report.skipped, "authors missing from the export (a file was made from the login)");
    const year = permalink.split("/")[1]!;
    let base = `${POSTS_DIR}/${year}/${slugify(slug) || `post-${item.id}`}`;
    // Two WordPress slugs can make one file name ("my_post" and "my-post"): the later one gets its id.
    if (takenFiles.has(base)) {
      base = `${base}-${item.id}`;
      data.slug = slug;
      report.renamedFiles.push(`${base}.md`);
    }
    takenFiles.add(base);
    // The featured image becomes the hero, beside the post, so the build can optimise it.
    const thumbnail = item.meta._thumbnail_id?.[0] ? attachments.get(item.meta._thumbnail_id[0]) : undefined;
    const heroFile = thumbnail && uploadFile(thumbnail.url);
    if (thumbnail && heroFile) {
      const name = heroFile.relative.split("/").pop()!;
      const folder = slugify(slug) || `post-${item.id}`;
      stageCopy(heroFile.path, `${POSTS_DIR}/${year}/${folder}/${name}`);
      data.heroImage = `./${folder}/${name}`;
      data.heroAlt = thumbnail.alt || item.title;
      if (thumbnail.caption) data.heroCredit = thumbnail.caption;
    } else if (thumbnail) report.heroesSkipped++;
    const body = converted.body || "<p></p>";
    const withoutHash = frontmatterFile(data, body);
    (data.legacy as Record<string, unknown>).importHash = contentHash(withoutHash);
    write(`${base}.md`, frontmatterFile(data, body), true);

    const comments = importComments(item);
    // A moderator may delete an archived comment by hand; the next import must not bring it back.
    if (comments.length) {
      const json = (extra: object) => `${JSON.stringify({ ...extra, comments }, null, 2)}\n`;
      write(
        `${base}.comments.json`,
        withHash(json({}), (hash) => json({ importHash: hash })),
        true,
      );
    }
  }

  function importComments(item: WxrItem) {
    const kept = [];
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
        count(report.skipped, `${type}s (not shown as comments)`);
        continue;
      }
      if (comment.approved !== "1") {
        const why = comment.approved === "spam" ? "spam" : comment.approved === "trash" ? "trash" : "pending";
        count(report.skipped, `${why} comments`);
        continue;
      }
      const date = wordpressDate(comment.dateGmt, comment.date, options.timeZone);
      if (!date) {
        count(report.skipped, "comments without a usable date");
        continue;
      }
      const votes = VOTE_KEYS.map((key) => Number(comment.meta[key])).find((n) => Number.isFinite(n)) ?? 0;
      kept.push({
        id: comment.id,
        ...(keptParent(comment.id) ? { parent: keptParent(comment.id) } : {}),
        author: comment.author.trim() || "Anonymous",
        ...(isWebAddress(comment.authorUrl) ? { authorUrl: comment.authorUrl.trim() } : {}),
        date: date.toISOString(),
        html: autoParagraphs(comment.content),
        votes: Math.round(votes),
      });
    }
    report.comments += kept.length;
    return kept;
  }

  /** WordPress's feeds, archives and attachment pages → their Paddock equivalents. */
  function archiveRedirects(): Redirect[] {
    const list: Redirect[] = [
      { from: "/feed/", to: "/rss.xml" },
      { from: "/feed/atom/", to: "/rss.xml" },
      { from: "/?feed=rss2", to: "/rss.xml" },
    ];
    for (const term of terms.values()) {
      if (term.kind === "category") {
        const root = rootCategory(term.slug, term.name);
        const target =
          root.slug === term.slug ? `/category/${categorySlug(term.slug)}/` : `/tag/${slugify(term.name)}/`;
        list.push({ from: `/category/${categoryPath(term)}/`, to: target });
        list.push({ from: `/category/${categoryPath(term)}/feed/`, to: `${target}rss.xml` });
      } else {
        const target = `/tag/${slugify(term.name)}/`;
        list.push(
          { from: `/tag/${term.slug}/`, to: target },
          { from: `/tag/${term.slug}/feed/`, to: `${target}rss.xml` },
        );
      }
    }
    for (const login of usedAuthors) {
      const target = `/author/${slugify(login) || "wordpress"}/`;
      const path = `/author/${encodeURIComponent(login)}/`;
      list.push({ from: path, to: target }, { from: `${path}feed/`, to: `${target}rss.xml` });
    }
    for (const page of attachmentPages) {
      const to = published.get(page.parent);
      if (to) list.push({ from: page.from, to });
    }
    return list;
  }

  /** Stages a changed file; `guarded` files are kept when they were edited by hand since the last import. */
  function write(path: string, text: string, guarded = false) {
    const target = join(options.root, path);
    if (existsSync(target)) {
      const current = readFileSync(target, "utf8");
      if (current === text) {
        report.unchanged++;
        return;
      }
      if (guarded && !options.force) {
        const stored = HASH_LINE.exec(current)?.[1];
        if (!stored || stored !== contentHash(current)) {
          report.keptHandEdits.push(path);
          return;
        }
      }
    }
    staged.add(path);
    if (options.dryRun) return;
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  // Authors: only those with posts, and never over a hand-made author file.
  for (const login of usedAuthors) {
    const author = authors.get(login);
    const path = `${AUTHORS_DIR}/${slugify(login) || "wordpress"}.yaml`;
    if (existsSync(join(options.root, path))) continue;
    report.authors++;
    write(path, yaml.dump({ name: author?.displayName ?? login, role: "contributor" }));
  }
  report.categories = usedCategories.size;
  report.tags = [...terms.values()].filter((t) => t.kind === "tag").length;
  // Categories and redirects add to what earlier imports (of other split files, say) and editors wrote.
  const categoriesFile = join(options.root, DATA_DIR, "wordpress-categories.json");
  const categories = new Map<string, string>(
    existsSync(categoriesFile)
      ? (JSON.parse(readFileSync(categoriesFile, "utf8")) as { slug: string; title: string }[]).map((c) => [
          c.slug,
          c.title,
        ])
      : [],
  );
  for (const [slug, title] of usedCategories) categories.set(slug, title);
  write(
    `${DATA_DIR}/wordpress-categories.json`,
    `${JSON.stringify(
      [...categories].map(([slug, title]) => ({ slug, title })),
      null,
      2,
    )}\n`,
  );
  redirects.push(...archiveRedirects());
  const merged = new Map(readRedirects(join(options.root, REDIRECTS_FILE)).map((r) => [r.from, r]));
  for (const redirect of redirects) merged.set(redirect.from, redirect);
  // A redirect must not point at itself (encoded or not) or hide a page the site still has.
  const finalRedirects = [...merged.values()].filter(
    (r) => decodeURI(r.from) !== decodeURI(r.to) && !livePaths.has(decodeURI(r.from)),
  );
  report.redirects = finalRedirects.length;
  write(REDIRECTS_FILE, `${JSON.stringify(finalRedirects, null, 2)}\n`);

  report.missingImages = [...missing].sort();
  report.written = staged.size;
  if (options.dryRun) return report;
  for (const path of staged) {
    const target = join(options.root, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(staging, path), target);
  }
  rmSync(staging, { recursive: true, force: true });
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
  if (report.droppedEmbeds) lines.push(`  ${report.droppedEmbeds} embeds that are not YouTube or Vimeo were left out`);
  if (report.permalinkMismatches.length) {
    lines.push(
      `  ${report.permalinkMismatches.length} posts had URLs that are not /YYYY/MM/slug/; they redirect to their new permalink`,
    );
  }
  return lines.join("\n");
}
