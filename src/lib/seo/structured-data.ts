/**
 * JSON-LD for search engines: NewsArticle and BreadcrumbList on articles.
 * Every URL here is absolute; dates are ISO strings with the site's offset.
 */
export interface NewsArticleInput {
  headline: string;
  description: string;
  url: string;
  datePublished: string;
  dateModified: string;
  authors: { name: string; url: string }[];
  images: string[];
  section: string;
  keywords: string[];
  publisher: { name: string; url: string; logo: string };
}

export function newsArticleJsonLd(article: NewsArticleInput) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.description,
    mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
    url: article.url,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: article.authors.map((author) => ({ "@type": "Person", name: author.name, url: author.url })),
    image: article.images,
    articleSection: article.section,
    keywords: article.keywords,
    publisher: {
      "@type": "Organization",
      name: article.publisher.name,
      url: article.publisher.url,
      logo: { "@type": "ImageObject", url: article.publisher.logo },
    },
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script> element: "<" is escaped so a headline can never close the script. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
