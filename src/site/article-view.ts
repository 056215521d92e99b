/**
 * Everything an article shows, computed in one place: the article layout,
 * its incremental-build key and its feed item all read this view, so a page
 * and its feed item can never disagree about authors, notices or the image.
 */
import { getImage } from "astro:assets";
import { cacheKey } from "@/lib/build/cache-keys";
import type { CategoryConfig } from "@/lib/config";
import { isScheduled } from "@/lib/content/posts";
import type { TagInfo } from "@/lib/listings/site-index";
import { heroShareSize, type ShareImage } from "@/lib/share/share-image";
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from "@/lib/share/social-card";
import type { PlannedCard } from "@/lib/share/social-card-pool";
import type { PostNotice, Site, SiteAuthor, SitePost } from "./load-site";
import { config } from "./site-config";

export interface ArticleView {
  post: SitePost;
  authors: SiteAuthor[];
  category: CategoryConfig;
  /** Makes first: they are what car-news readers browse by. */
  tags: TagInfo<SitePost>[];
  related: SitePost[];
  newer: SitePost | undefined;
  older: SitePost | undefined;
  /** Front-matter updates and in-text <Update>/<Correction>, oldest first. */
  notices: PostNotice[];
  /** Set when `astro dev` previews a post dated in the future. */
  scheduledFor: Date | undefined;
  /** The generated social card, unless cards are off or the hero is shared instead. */
  card: PlannedCard | undefined;
}

const views = new WeakMap<SitePost, ArticleView>();

export function articleView(post: SitePost, site: Site): ArticleView {
  let view = views.get(post);
  if (view) return view;
  const tags = post.tagSlugs.map((slug) => site.byTag.get(slug)).filter((tag) => tag !== undefined);
  tags.sort((a, b) => Number(b.isMake) - Number(a.isMake));
  const { newer, older } = site.neighbours(post);
  view = {
    post,
    authors: post.authors.map((id) => site.getAuthor(id)!),
    category: site.categoryOf(post),
    tags,
    related: site.related(post, config.relatedPosts),
    newer,
    older,
    notices: post.notices,
    scheduledFor: isScheduled(post, site.now) ? post.pubDate : undefined,
    card: site.socialCard(post),
  };
  // `astro dev` re-reads content on every request, so a view is kept only in builds.
  if (import.meta.env.PROD) views.set(post, view);
  return view;
}

/**
 * Incremental-build key of an article page: the view as the page shows it.
 * Related stories and previous/next show a link, the headline and the date;
 * tags their names; the comments their count and the archived thread's file.
 */
export function articleCacheKey(view: ArticleView, site: Site): string {
  const link = (other: SitePost | undefined) => other && [other.permalink, other.title, other.pubDate];
  const { post } = view;
  return cacheKey([
    site.everyPageKey,
    site.postKey(post),
    view.authors,
    view.tags.map((tag) => [tag.slug, tag.name, tag.isMake]),
    [...view.related, view.newer, view.older].map(link),
    site.comments.count(post),
    site.archivedThreadHash(post),
    view.card?.key,
  ]);
}

/** The hero image at the size shared on social networks and shown in feeds. */
export async function heroShareImage(view: ArticleView): Promise<ShareImage | undefined> {
  const { heroImage, heroAlt } = view.post.entry.data;
  if (!heroImage) return undefined;
  const size = heroShareSize(heroImage);
  const hero = await getImage({ src: heroImage, width: size.width, format: "jpg" });
  return { src: hero.src, ...size, alt: heroAlt ?? view.post.title };
}

/** The shared image: the generated card, else the hero; undefined means the site logo. */
export async function articleShareImage(view: ArticleView): Promise<ShareImage | undefined> {
  if (view.card) {
    return { src: view.card.path, width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT, alt: view.post.title };
  }
  return heroShareImage(view);
}
