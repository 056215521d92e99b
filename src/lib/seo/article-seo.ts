/**
 * What an article tells search engines and social networks: Open Graph
 * article fields and JSON-LD (NewsArticle + BreadcrumbList).
 */
import type { ResolvedPaddockConfig } from "../config";
import { toZonedIso } from "../content/dates";
import { lastModified, type Post } from "../content/posts";
import { SITE_LOGO } from "../share/share-image";
import { breadcrumbJsonLd, newsArticleJsonLd } from "./structured-data";
import { absoluteUrl, authorUrl, categoryUrl } from "../content/urls";

export function articleSeo(
  post: Post,
  authors: { id: string; name: string }[],
  category: { slug: string; title: string },
  /** Site-relative or absolute URL of the image shared with the article. */
  imageSrc: string,
  config: Pick<ResolvedPaddockConfig, "url" | "name" | "timeZone">,
) {
  const url = (path: string) => absoluteUrl(path, config.url);
  const published = toZonedIso(post.pubDate, config.timeZone);
  const modified = toZonedIso(lastModified(post), config.timeZone);
  return {
    article: {
      published,
      modified,
      section: category.title,
      tags: post.tags,
      authors: authors.map((author) => authorUrl(author.id)),
    },
    jsonLd: [
      newsArticleJsonLd({
        headline: post.title,
        description: post.description,
        url: url(post.permalink),
        datePublished: published,
        dateModified: modified,
        authors: authors.map((author) => ({ name: author.name, url: url(authorUrl(author.id)) })),
        images: [url(imageSrc)],
        section: category.title,
        keywords: post.tags,
        publisher: { name: config.name, url: config.url, logo: url(SITE_LOGO.src) },
      }),
      breadcrumbJsonLd([
        { name: config.name, url: config.url },
        { name: category.title, url: url(categoryUrl(category.slug)) },
        { name: post.title, url: url(post.permalink) },
      ]),
    ],
  };
}
