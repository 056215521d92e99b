/**
 * The post model every page, feed and check works with, built from a content
 * entry's data plus what is derived from it once: slug, permalink, comments
 * key, reading time.
 */
import { zonedParts } from "./dates";
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
  /** Words of prose in the body, for reading time. */
  words: number;
}

export interface Post extends PostData {
  slug: string;
  /** Site-relative URL: /YYYY/MM/slug/ */
  permalink: string;
  year: number;
  month: number;
  /** The giscus thread key; stable across slug changes. */
  commentsKey: string;
  readingMinutes: number;
  tagSlugs: string[];
}

export interface PostOptions {
  timeZone: string;
  readingSpeed: number;
}

/** WordPress's /YYYY/MM/slug/, with year and month in the site's time zone. */
export function permalinkFor(slug: string, pubDate: Date, timeZone: string): string {
  const { year, month } = zonedParts(pubDate, timeZone);
  return `/${year}/${String(month).padStart(2, "0")}/${slug}/`;
}

export function toPost<D extends PostData>(data: D, options: PostOptions): D & Post {
  const slug = data.slug ?? slugFromFilePath(data.filePath);
  const { year, month } = zonedParts(data.pubDate, options.timeZone);
  const permalink = permalinkFor(slug, data.pubDate, options.timeZone);
  return {
    ...data,
    slug,
    permalink,
    year,
    month,
    // The first permalink a post ever had keys its thread, so renaming never orphans comments.
    commentsKey: data.commentsKey ?? data.redirectFrom[0] ?? permalink,
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
