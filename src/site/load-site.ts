/**
 * The one place that reads Astro's content collections. It maps entries to
 * the plain models in src/lib, runs the content checks and builds the site
 * index once per build; pages only query the result.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import { cacheKey } from "../lib/build/cache-keys";
import { buildThread, sanitizeCommentHtml, type Thread } from "../lib/comments/archive";
import { ARCHIVE_SUFFIX, parseArchiveFile } from "../lib/comments/archive-file";
import { buildCommentsIndex, type CommentsIndex } from "../lib/comments/site-comments";
import { EMPTY_SNAPSHOT, parseSnapshot, SNAPSHOT_FILE, type CommentsSnapshot } from "../lib/comments/snapshot";
import type { CategoryConfig } from "../lib/config";
import type { Page } from "../lib/listings/pagination";
import type { InlineNotice } from "../lib/content/inline-notices";
import { permalinkFor, toPost, type Post } from "../lib/content/posts";
import { SITEMAP_DATES_FILE, writeSitemapDates } from "../lib/seo/sitemap-lastmod";
import { socialCardKey } from "../lib/share/social-card";
import type { PlannedCard } from "../lib/share/social-card-pool";
import { needsSocialCard, socialCardPath } from "../lib/share/social-image-url";
import { buildSiteIndex, type SiteIndex } from "../lib/listings/site-index";
import { buildTime } from "./build-time";
import { config } from "./site-config";

/** A notice shown in the article's updates block: the same shape, from front matter or the text. */
export type PostNotice = InlineNotice;

export type SitePost = Post & {
  entry: CollectionEntry<"posts">;
  /** Front-matter `updates` and in-text <Update>/<Correction>, oldest first. */
  notices: PostNotice[];
};
export type SiteAuthor = CollectionEntry<"authors">["data"] & {
  id: string;
  filePath: string;
  entry: CollectionEntry<"authors">;
};
export type Site = SiteIndex<SitePost, SiteAuthor> & {
  /** Standalone pages (src/content/pages/), drafts only in `astro dev`. */
  pages: CollectionEntry<"pages">[];
  /** A page's archived comments (<page>.comments.json beside it, as the WordPress importer writes them). */
  pageComments(page: CollectionEntry<"pages">): Thread | undefined;
  comments: CommentsIndex;
  categoryOf(post: Post): CategoryConfig;
  /**
   * What every page's key holds besides its own content: the authors (bylines) and the footer's
   * year. The sidebar is not in it: pages fetch it from /sidebar/, built anew by every build.
   */
  everyPageKey: string;
  /** Hash of the post's archived comments file, if it has one. */
  archivedThreadHash(post: SitePost): string | undefined;
  /** Hash of a post's own data, computed once a build: its article and every listing page that shows it use it. */
  postKey(post: SitePost): string;
  /** Incremental-build key of a listing page: its own data, its posts and their comment counts. */
  listingKey(page: Page<SitePost>, extra: unknown): string;
  /** The post's generated social card, unless cards are off or its hero image is shared instead. */
  socialCard(post: Post): PlannedCard | undefined;
};

let site: Promise<Site> | undefined;

async function build(): Promise<Site> {
  const [postEntries, authorEntries, pages] = await Promise.all([
    getCollection("posts"),
    getCollection("authors"),
    getCollection("pages", (page) => import.meta.env.DEV || !page.data.draft),
  ]);
  const posts = postEntries.map((entry) => {
    const notices = [...entry.data.updates, ...entry.data.fromBody.notices].sort(
      (a, b) => a.date.getTime() - b.date.getTime(),
    );
    return toPost(
      {
        ...entry.data,
        entry,
        notices,
        id: entry.id,
        filePath: entry.filePath ?? `src/content/posts/${entry.id}`,
        authors: entry.data.authors.map((ref) => ref.id),
        hasHeroImage: entry.data.heroImage !== undefined,
        noticeDates: notices.map((notice) => notice.date),
        words: entry.data.fromBody.words,
        postId: entry.data.postId ?? entry.data.legacy?.wordpressId,
        keptPermalink: entry.data.permalink,
      },
      config,
    );
  });
  const authors = authorEntries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/authors/${entry.id}`,
    entry,
  }));
  const index = buildSiteIndex(posts, authors, {
    categories: config.categories.map((c) => c.slug),
    makes: config.makes,
    // Drafts and scheduled posts are previewed in `astro dev`, never built for production.
    visibility: { now: buildTime(), preview: import.meta.env.DEV },
  });
  // For the sitemap, written after the pages (src/lib/seo/sitemap-lastmod.ts).
  if (import.meta.env.PROD) writeSitemapDates(SITEMAP_DATES_FILE, index.posts);
  const archives = archivedThreads(index.posts);
  const pageThreads = new Map(
    pages.flatMap((page) => {
      const read = page.filePath ? readArchivedThread(page.filePath) : undefined;
      return read ? [[page.id, read.thread] as const] : [];
    }),
  );
  const comments = buildCommentsIndex(index.posts, archives.threads, readSnapshot(), {
    perPage: config.comments.archivedPerPage,
  });
  const categories = new Map(config.categories.map((category) => [category.slug, category]));
  const categoryOf = (post: Post) => categories.get(post.category)!;
  const authorNames = (post: Post) => post.authors.map((id) => index.getAuthor(id)!.name);
  // The year as SiteFooter.astro prints it.
  const everyPageKey = cacheKey({ year: new Date().getFullYear(), authors });
  const count = (posts: readonly SitePost[]) => posts.map((post) => comments.count(post));
  const postKeys = new WeakMap<SitePost, string>();
  const postKey = (post: SitePost) => {
    let key = postKeys.get(post);
    if (key === undefined) postKeys.set(post, (key = cacheKey(post)));
    return key;
  };
  return {
    ...index,
    pages,
    pageComments: (page) => pageThreads.get(page.id),
    comments,
    categoryOf,
    everyPageKey,
    archivedThreadHash: (post) => archives.files.get(post.id),
    postKey,
    // Each post appears on about seven listings: hashed once, not once per page it is on.
    listingKey: (page, extra) =>
      cacheKey([everyPageKey, extra, { ...page, items: page.items.map(postKey) }, count(page.items)]),
    socialCard(post) {
      if (!needsSocialCard(post, config.socialImages)) return undefined;
      const input = {
        siteName: config.name,
        category: categoryOf(post).title,
        title: post.title,
        authors: authorNames(post),
      };
      const key = socialCardKey(input);
      // Named by /YYYY/MM/slug/ whatever the permalink setting: a new setting redraws no card.
      return { input, key, path: socialCardPath(permalinkFor(post.slug, post.pubDate, config.timeZone), key) };
    },
  };
}

/**
 * Post id → its archived thread (<post>.comments.json beside the post file), and a hash of that
 * file (what an article's cache key needs of it; the text itself would stay in memory all build). A comment's HTML is sanitised when first read,
 * which is when its article is rendered: an incremental build renders few of them.
 */
function archivedThreads(posts: readonly SitePost[]): { threads: Map<string, Thread>; files: Map<string, string> } {
  const threads = new Map<string, Thread>();
  const files = new Map<string, string>();
  for (const post of posts) {
    const read = readArchivedThread(post.filePath);
    if (!read) continue;
    threads.set(post.id, read.thread);
    files.set(post.id, read.hash);
  }
  return { threads, files };
}

/** The archived thread beside a post or page file, if it has one, and a hash of its file. */
function readArchivedThread(entryFile: string): { thread: Thread; hash: string } | undefined {
  const file = entryFile.replace(/\.mdx?$/, ARCHIVE_SUFFIX);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const comments = parseArchiveFile(text, file, config.timeZone).map((comment) => {
    let html: string | undefined;
    // Not enumerable: a cache key made of the thread must not sanitise it (it uses the file).
    return Object.defineProperty({ ...comment }, "html", {
      get: () => (html ??= sanitizeCommentHtml(comment.html)),
      enumerable: false,
    });
  });
  const thread = buildThread(comments, file);
  // eslint-disable-next-line no-console -- a build warning for the editor; the build goes on
  for (const warning of thread.warnings) console.warn(`[paddock] ${warning}`);
  return { thread, hash: createHash("sha256").update(text).digest("base64url") };
}

/** The last comments snapshot from GitHub, if the repo has one. */
function readSnapshot(): CommentsSnapshot {
  if (!existsSync(SNAPSHOT_FILE)) return EMPTY_SNAPSHOT;
  return parseSnapshot(readFileSync(SNAPSHOT_FILE, "utf8"), SNAPSHOT_FILE);
}

export function loadSite(): Promise<Site> {
  // In development content changes while the server runs, so nothing is cached.
  if (import.meta.env.DEV) return build();
  site ??= build();
  return site;
}
