/**
 * The post model every page, feed and check works with, built from a content
 * entry's data plus what is derived from it once: slug, permalink, comments
 * key, reading time.
 */
import { zonedParts } from "./dates";
import { articlePath, defaultPath, needsPostId, parseStructure, type PermalinkStructure } from "./permalinks";
import { readingMinutes } from "./reading-time";
import { slugFromFilePath, slugify } from "./slugs";

/** What the content layer provides for one post (already schema-validated). */
export interface PostData {
  id: string;
  /** Path relative to the project root, used in error messages. */
  filePath: string;
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  /** Dates of the post's update and correction notices. */
  noticeDates: Date[];
  authors: string[];
  category: string;
  tags: string[];
  hasHeroImage: boolean;
  heroAlt?: string | undefined;
  featured: boolean;
  draft: boolean;
  slug?: string | undefined;
  redirectFrom: string[];
  commentsKey?: string | undefined;
  /** The WordPress post id (front matter `postId`, else `legacy.wordpressId`), for %post_id% structures. */
  postId?: number | undefined;
  /** Front matter `permalink`: the address the post keeps whatever the structure gives (an imported URL). */
  keptPermalink?: string | undefined;
  /** Words of prose in the body, for reading time. */
  words: number;
}

export interface Post extends PostData {
  slug: string;
  /** Site-relative URL under the site's permalink structure (/YYYY/MM/slug/ by default), or the kept one. */
  permalink: string;
  /**
   * /YYYY/MM/slug/ of the post's first slug, whatever the permalink setting: what its comment
   * thread and feed GUID are keyed by, and where its social card is named, so changing the
   * setting moves no thread, no subscriber's item and no card.
   */
  identityPath: string;
  year: number;
  month: number;
  /** Day of the month, in the site's time zone. */
  day: number;
  /** The giscus thread key; stable across slug changes. */
  commentsKey: string;
  readingMinutes: number;
  tagSlugs: string[];
}

export interface PostOptions {
  timeZone: string;
  readingSpeed: number;
  /** The permalink structure (paddock.config.ts `permalink`); WordPress's /%year%/%monthnum%/%postname%/ when unset. */
  permalink?: string;
}

/** WordPress's /YYYY/MM/slug/, with year and month in the site's time zone. */
export function permalinkFor(slug: string, pubDate: Date, timeZone: string): string {
  return defaultPath(slug, pubDate, timeZone);
}

const structures = new Map<string, PermalinkStructure>();
const structureOf = (text: string) => {
  let structure = structures.get(text);
  if (!structure) structures.set(text, (structure = parseStructure(text)));
  return structure;
};

/** What a post's permalink is made of, as front matter gives it. */
export type PermalinkFields = Pick<PostData, "filePath" | "pubDate" | "category" | "postId" | "keptPermalink"> & {
  slug: string;
};

/**
 * The one place a post's address is decided: its kept permalink, else the structure's path.
 * A structure with %post_id% needs the post's id: a post without one stops the build, named.
 */
export function postPermalink(post: PermalinkFields, options: Pick<PostOptions, "timeZone" | "permalink">): string {
  if (post.keptPermalink !== undefined) return post.keptPermalink;
  const structure = options.permalink === undefined ? undefined : structureOf(options.permalink);
  if (!structure) return defaultPath(post.slug, post.pubDate, options.timeZone);
  if (needsPostId(structure) && post.postId === undefined) {
    throw new Error(
      `${post.filePath}: "postId" is missing; the permalink setting ${structure.text} needs each post's id, a whole number such as 123 (imported posts have it as legacy.wordpressId), or a "permalink" such as "/archives/my-story/"`,
    );
  }
  return articlePath(structure, post, options.timeZone);
}

/**
 * A post's permalink from its front matter as written, for tools that read post files outside
 * the content layer (the sitemap, the content check); undefined where the build itself would
 * stop with a message (no usable postId for a %post_id% structure).
 */
export function frontmatterPermalink(
  data: Record<string, unknown>,
  filePath: string,
  pubDate: Date,
  options: Pick<PostOptions, "timeZone" | "permalink">,
): string | undefined {
  const legacy = data.legacy as { wordpressId?: unknown } | undefined;
  const id = data.postId ?? legacy?.wordpressId;
  try {
    return postPermalink(
      {
        filePath,
        pubDate,
        slug: typeof data.slug === "string" ? data.slug : slugFromFilePath(filePath),
        category: typeof data.category === "string" ? data.category : "",
        postId: typeof id === "number" ? id : undefined,
        keptPermalink: typeof data.permalink === "string" ? data.permalink : undefined,
      },
      options,
    );
  } catch {
    return undefined;
  }
}

export function toPost<D extends PostData>(data: D, options: PostOptions): D & Post {
  const slug = data.slug ?? slugFromFilePath(data.filePath);
  const { year, month, day } = zonedParts(data.pubDate, options.timeZone);
  const permalink = postPermalink({ ...data, slug }, options);
  const identityPath = data.redirectFrom[0] ?? defaultPath(slug, data.pubDate, options.timeZone);
  return {
    ...data,
    slug,
    permalink,
    identityPath,
    year,
    month,
    day,
    // The first address a post ever had keys its thread, so renaming never orphans comments.
    commentsKey: data.commentsKey ?? identityPath,
    readingMinutes: readingMinutes(data.words, options.readingSpeed),
    tagSlugs: data.tags.map(slugify),
  };
}

/** When a post last changed for readers: its update date or latest notice, else its publication. */
export function lastModified(post: Pick<PostData, "pubDate" | "updatedDate" | "noticeDates">): Date {
  const times = [post.pubDate, post.updatedDate, ...post.noticeDates].filter((d) => d !== undefined);
  return new Date(Math.max(...times.map((date) => date.getTime())));
}

export interface Visibility {
  now: Date;
  /** Development previews show drafts and scheduled posts; production never does. */
  preview: boolean;
}

export function isScheduled(post: Pick<PostData, "pubDate">, now: Date): boolean {
  return post.pubDate.getTime() > now.getTime();
}

export function isPublic(post: Pick<PostData, "pubDate" | "draft">, visibility: Visibility): boolean {
  if (visibility.preview) return true;
  return !post.draft && !isScheduled(post, visibility.now);
}

/** Newest first; equal times fall back to the permalink so the order never depends on file order. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.permalink.localeCompare(b.permalink);
}
