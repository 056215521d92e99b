/** Site-relative URLs for listings. A route parameter is not an href: pages build hrefs only here. */
export const categoryUrl = (slug: string) => `/category/${slug}/`;
export const tagUrl = (slug: string) => `/tag/${slug}/`;
export const yearUrl = (year: number) => `/${year}/`;
export const monthUrl = (year: number, month: number) => `/${year}/${String(month).padStart(2, "0")}/`;
export const dayUrl = (year: number, month: number, day: number) =>
  `${monthUrl(year, month)}${String(day).padStart(2, "0")}/`;
export const authorUrl = (id: string) => `/author/${id}/`;

/** Absolute URL on the configured site, for canonical links and share links. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** A listing's RSS feed lives beside it: /category/news/ → /category/news/rss.xml */
export const feedUrl = (listingUrl: string) => `${listingUrl}rss.xml`;
