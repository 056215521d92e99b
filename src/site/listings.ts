/**
 * One descriptor per listing (home, category, tag, author, year, month): its
 * title, description, feed, posts and cache keys. The listing route and its
 * rss.xml route both read it, so a page and its feed never describe the
 * same listing in two ways.
 */
import { formatMonth } from "@/lib/content/dates";
import { authorUrl, categoryUrl, feedUrl, monthUrl, tagUrl, yearUrl } from "@/lib/content/urls";
import { paginatedRoutes, type Page } from "@/lib/listings/pagination";
import type { Site, SiteAuthor, SitePost } from "./load-site";
import { feedCacheKey } from "./render-feed";
import { config } from "./site-config";

export type ListingKind = "home" | "category" | "tag" | "author" | "year" | "month";

export interface Listing {
  kind: ListingKind;
  /** Route parameters that name this listing, e.g. { category: "news" }. */
  params: Record<string, string>;
  /** Site-relative URL of its first page. */
  url: string;
  /** Small label above the heading, e.g. "Category". */
  kicker: string | undefined;
  title: string;
  description: string;
  /** Its RSS feed; year and month archives have none. */
  feed: { title: string; description: string; href: string } | undefined;
  /** Newest first, all of them (the feed carries the first few). */
  posts: SitePost[];
  /** The home page's lead story, shown above page 1. */
  lead?: SitePost | undefined;
  /** The author page's profile. */
  author?: SiteAuthor | undefined;
}

function feedOf(url: string, title: string, description: string): Listing["feed"] {
  return { title: title === config.name ? title : `${config.name} – ${title}`, description, href: feedUrl(url) };
}

function homeListing(site: Site): Listing {
  return {
    kind: "home",
    params: {},
    url: "/",
    kicker: undefined,
    title: "Latest stories",
    description: config.description,
    feed: feedOf("/", config.name, config.description),
    posts: site.posts,
    lead: site.lead,
  };
}

function categoryListings(site: Site): Listing[] {
  return config.categories.map((category) => {
    const url = categoryUrl(category.slug);
    const description = category.description ?? `${category.title} from ${config.name}.`;
    return {
      kind: "category",
      params: { category: category.slug },
      url,
      kicker: "Category",
      title: category.title,
      description,
      feed: feedOf(url, category.title, description),
      posts: site.byCategory.get(category.slug) ?? [],
    };
  });
}

function tagListings(site: Site): Listing[] {
  return [...site.byTag.values()].map((tag) => {
    const url = tagUrl(tag.slug);
    const description = `Every ${config.name} story about ${tag.name}.`;
    return {
      kind: "tag",
      params: { tag: tag.slug },
      url,
      kicker: tag.isMake ? "Make" : "Topic",
      title: tag.name,
      description,
      feed: feedOf(url, tag.name, description),
      posts: tag.posts,
    };
  });
}

function authorListings(site: Site): Listing[] {
  return site.authors.map((author) => {
    const url = authorUrl(author.id);
    const stories = `Stories by ${author.name} for ${config.name}.`;
    return {
      kind: "author",
      params: { author: author.id },
      url,
      kicker: "Author",
      title: author.name,
      description: author.bio ?? stories,
      feed: feedOf(url, author.name, stories),
      posts: site.byAuthor.get(author.id) ?? [],
      author,
    };
  });
}

function yearListings(site: Site): Listing[] {
  return [...site.byYear].map(([year, posts]) => ({
    kind: "year",
    params: { year: String(year) },
    url: yearUrl(year),
    kicker: "Archive",
    title: String(year),
    description: `Stories published in ${year}.`,
    feed: undefined,
    posts,
  }));
}

function monthListings(site: Site): Listing[] {
  return [...site.byMonth].map(([key, posts]) => {
    const [year, month] = key.split("/").map(Number) as [number, number];
    const title = formatMonth(year, month, config.locale);
    return {
      kind: "month",
      params: { year: key.split("/")[0]!, month: key.split("/")[1]! },
      url: monthUrl(year, month),
      kicker: "Archive",
      title,
      description: `Stories published in ${title}.`,
      feed: undefined,
      posts,
    };
  });
}

const builders: Record<ListingKind, (site: Site) => Listing[]> = {
  home: (site) => [homeListing(site)],
  category: categoryListings,
  tag: tagListings,
  author: authorListings,
  year: yearListings,
  month: monthListings,
};

export function listings(site: Site, kind: ListingKind): Listing[] {
  return builders[kind](site);
}

/** getStaticPaths of a listing's `[...page]` route: one entry per page, keyed by what it shows. */
export function listingRoutes(site: Site, kind: ListingKind) {
  return listings(site, kind).flatMap((listing) => {
    const { posts, lead, ...shown } = listing;
    // The lead story heads page 1, so the pages list the others.
    return paginatedRoutes(lead ? posts.filter((post) => post !== lead) : posts, {
      perPage: config.postsPerPage,
      base: listing.url,
      params: listing.params,
      props: { listing },
      cacheKey: (page: Page<SitePost>) => site.listingKey(page, [shown, page.number === 1 && lead]),
    });
  });
}

/** getStaticPaths of a listing's rss.xml route. */
export function feedRoutes(site: Site, kind: ListingKind) {
  return listings(site, kind).map((listing) => ({
    params: listing.params,
    props: { listing },
    cacheKey: feedCacheKey(listing, site),
  }));
}

/** What a listing's rss.xml route is given. */
export interface FeedProps {
  listing: Listing;
}
