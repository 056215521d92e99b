/**
 * Builds an RSS response for any list of posts: full article HTML (MDX
 * components rendered through Astro's container API), made feed-safe.
 */
import rss from "@astrojs/rss";
import { getContainerRenderer as mdxRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render } from "astro:content";
import { mdxComponents } from "../components/mdx";
import { getImage } from "astro:assets";
import { cacheKey } from "../lib/build/cache-keys";
import { formatDateTime } from "../lib/content/dates";
import { feedArticleHtml, feedSafeHtml, type FeedArticleParts } from "../lib/feeds/feed-html";
import { heroShareSize } from "../lib/share/share-image";
import { feedItem } from "../lib/feeds/feed-item";
import { absoluteUrl, feedUrl } from "../lib/content/urls";
import type { Site, SitePost } from "./load-site";
import { config } from "./site-config";

let container: Promise<AstroContainer> | undefined;
// A post appears in several feeds (site, category, author, tags): render it once per build.
// `astro dev` serves edits as they happen, so there nothing is kept.
const rendered = new Map<string, Promise<string>>();

async function articleHtml(post: SitePost): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(post.entry);
  const body = await (await container).renderToString(Content, { props: { components: mdxComponents } });
  const { heroImage, heroAlt, heroCredit, updates } = post.entry.data;
  let hero: FeedArticleParts["hero"];
  if (heroImage) {
    const size = heroShareSize(heroImage);
    const image = await getImage({ src: heroImage, width: size.width, format: "jpg" });
    hero = { src: image.src, ...size, alt: heroAlt ?? "", credit: heroCredit };
  }
  const notices = [...updates]
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((notice) => ({
      label: notice.type === "correction" ? "Correction" : "Update",
      date: formatDateTime(notice.date, config.locale, config.timeZone),
      text: notice.text,
    }));
  return feedSafeHtml(feedArticleHtml({ hero, notices, body }), absoluteUrl(post.permalink, config.url));
}

function articleHtmlOnce(post: SitePost): Promise<string> {
  if (import.meta.env.DEV) return articleHtml(post);
  let html = rendered.get(post.id);
  if (!html) rendered.set(post.id, (html = articleHtml(post)));
  return html;
}

/** Incremental-build key of a feed: the posts it carries, as rendered into it. */
export function feedCacheKey(posts: readonly SitePost[], site: Site): string {
  return cacheKey(posts.slice(0, config.feeds.items).map((post) => [post, site.authorNames(post)]));
}

export interface FeedOptions {
  title: string;
  description: string;
  /** Site-relative URL of the page this feed mirrors. */
  pageUrl: string;
  posts: SitePost[];
  site: Site;
}

export async function renderFeed({ title, description, pageUrl, posts, site }: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    posts.slice(0, config.feeds.items).map(async (post) => {
      const html = articleHtmlOnce(post);
      const item = { ...post, legacyGuid: post.entry.data.legacy?.guid };
      return feedItem(item, await html, site.authorNames(post), site.categoryOf(post).title, config);
    }),
  );
  return rss({
    title,
    description,
    site: absoluteUrl(pageUrl, config.url),
    items,
    stylesheet: "/rss.xsl",
    xmlns: { dc: "http://purl.org/dc/elements/1.1/", atom: "http://www.w3.org/2005/Atom" },
    customData: [
      `<language>${config.locale}</language>`,
      `<atom:link href="${absoluteUrl(feedUrl(pageUrl), config.url)}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    trailingSlash: true,
  });
}
