/**
 * Builds an RSS response for any list of posts: full article HTML (MDX
 * components rendered through Astro's container API), made feed-safe.
 */
import rss from "@astrojs/rss";
import { getContainerRenderer as mdxRenderer } from "@astrojs/mdx";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render } from "astro:content";
import { mdxComponents } from "./components/mdx";
import { feedSafeHtml } from "./lib/feed-html";
import { feedItem } from "./lib/feeds";
import { absoluteUrl } from "./lib/urls";
import type { Site, SitePost } from "./load-site";
import { config } from "./site-config";

let container: Promise<AstroContainer> | undefined;
// A post appears in several feeds (site, category, author, tags): render it once per build.
const rendered = new Map<string, Promise<string>>();

async function articleHtml(post: SitePost): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(post.entry);
  const html = await (await container).renderToString(Content, { props: { components: mdxComponents } });
  return feedSafeHtml(html, absoluteUrl(post.permalink, config.url));
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
      let html = rendered.get(post.id);
      if (!html) rendered.set(post.id, (html = articleHtml(post)));
      const authors = post.authors.map((id) => site.getAuthor(id)?.name ?? id);
      const category = config.categories.find((c) => c.slug === post.category)?.title ?? post.category;
      return feedItem({ ...post, legacyGuid: post.entry.data.legacy?.guid }, await html, authors, category, config);
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
      `<atom:link href="${absoluteUrl(`${pageUrl}rss.xml`, config.url)}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    trailingSlash: true,
  });
}
