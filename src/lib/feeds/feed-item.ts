/**
 * RSS items for any list of posts. A GUID never changes: the legacy
 * WordPress GUID when a post has one (so subscribers see no duplicates after
 * a migration), else the post's first permalink.
 */
import type { ResolvedPaddockConfig } from "../config";
import type { Post } from "../content/posts";
import { absoluteUrl } from "../content/urls";
import { escapeMarkup } from "./escape-markup";

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

export interface FeedPost extends Post {
  legacyGuid?: string | undefined;
}

export function feedGuid(post: FeedPost, siteUrl: string): { value: string; isPermaLink: boolean } {
  if (post.legacyGuid) return { value: post.legacyGuid, isPermaLink: false };
  // The first address, like the comments key, survives a later slug change and a new permalink setting.
  return { value: absoluteUrl(post.identityPath, siteUrl), isPermaLink: false };
}

export function feedItem(
  post: FeedPost,
  content: string,
  authorNames: string[],
  categoryTitle: string,
  config: Pick<ResolvedPaddockConfig, "url">,
): FeedItem {
  const guid = feedGuid(post, config.url);
  return {
    title: post.title,
    link: absoluteUrl(post.permalink, config.url),
    pubDate: post.pubDate,
    description: post.description,
    content,
    categories: [categoryTitle, ...post.tags],
    customData: [
      `<guid isPermaLink="${guid.isPermaLink}">${escapeMarkup(guid.value)}</guid>`,
      ...authorNames.map((name) => `<dc:creator>${escapeMarkup(name)}</dc:creator>`),
    ].join(""),
  };
}
