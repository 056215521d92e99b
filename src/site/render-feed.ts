/**
 * Builds an RSS response for a listing: full article HTML (MDX components
 * rendered through Astro's container API), made feed-safe. Each item is made
 * from the article's view, as its page is.
 */
import rss from "@astrojs/rss";
import { getContainerRenderer as mdxRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render } from "astro:content";
import { mdxComponents } from "@/components/mdx";
import { cacheKey } from "@/lib/build/cache-keys";
import { formatDateTime } from "@/lib/content/dates";
import { noticeLabel } from "@/lib/content/inline-notices";
import { absoluteUrl, feedUrl } from "@/lib/content/urls";
import { feedArticleHtml, feedSafeHtml } from "@/lib/feeds/feed-html";
import { feedItem } from "@/lib/feeds/feed-item";
import { articleView, heroShareImage, type ArticleView } from "./article-view";
import type { Listing } from "./listings";
import type { Site, SitePost } from "./load-site";
import { config } from "./site-config";

let container: Promise<AstroContainer> | undefined;
// A post appears in several feeds (site, category, author, tags): render it once per build.
// `astro dev` serves edits as they happen, so there nothing is kept.
const rendered = new Map<string, Promise<string>>();

async function articleHtml(view: ArticleView): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { post } = view;
  const { Content } = await render(post.entry);
  const body = await (await container).renderToString(Content, { props: { components: mdxComponents } });
  const image = await heroShareImage(view);
  const hero = image && { ...image, alt: post.entry.data.heroAlt ?? "", credit: post.entry.data.heroCredit };
  const notices = view.notices.map((notice) => ({
    label: noticeLabel(notice.type),
    date: formatDateTime(notice.date, config.locale, config.timeZone),
    text: notice.text,
  }));
  return feedSafeHtml(feedArticleHtml({ hero, notices, body }), absoluteUrl(post.permalink, config.url));
}

function articleHtmlOnce(view: ArticleView): Promise<string> {
  if (import.meta.env.DEV) return articleHtml(view);
  let html = rendered.get(view.post.id);
  if (!html) rendered.set(view.post.id, (html = articleHtml(view)));
  return html;
}

const feedPosts = (listing: Listing): SitePost[] =>
  listing.posts.slice(0, listing.kind === "home" ? config.feeds.items : config.feeds.sectionItems);

/** Incremental-build key of a feed: its title and the posts it carries, as rendered into it. */
export function feedCacheKey(listing: Listing, site: Site): string {
  const items = feedPosts(listing).map((post) => {
    const view = articleView(post, site);
    return [post, view.authors.map((author) => author.name), view.category.title, view.notices];
  });
  return cacheKey([listing.feed, items]);
}

export async function renderFeed(listing: Listing, site: Site): Promise<Response> {
  const feed = listing.feed;
  if (!feed) throw new Error(`The ${listing.kind} listing at ${listing.url} has no feed`);
  const items = await Promise.all(
    feedPosts(listing).map(async (post) => {
      const view = articleView(post, site);
      const html = await articleHtmlOnce(view);
      const item = { ...post, legacyGuid: post.entry.data.legacy?.guid };
      const names = view.authors.map((author) => author.name);
      return feedItem(item, html, names, view.category.title, config);
    }),
  );
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(listing.url, config.url),
    items,
    stylesheet: "/rss.xsl",
    xmlns: { dc: "http://purl.org/dc/elements/1.1/", atom: "http://www.w3.org/2005/Atom" },
    customData: [
      `<language>${config.locale}</language>`,
      `<atom:link href="${absoluteUrl(feedUrl(listing.url), config.url)}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    trailingSlash: true,
  });
}
