/**
 * One descriptor per listing (home, category, tag, author, year, month, day): its
 * title, description, feed, posts and cache keys. The listing route and its
 * rss.xml route both read it, so a page and its feed never describe the
 * same listing in two ways.
 */
import { formatDay, formatMonth } from "@/lib/content/dates";
import { authorUrl, categoryUrl, dayUrl, feedUrl, monthUrl, tagUrl, yearUrl } from "@/lib/content/urls";
import { paginatedRoutes, type Page } from "@/lib/listings/pagination";
import { loadSite, type Site, type SiteAuthor, type SitePost } from "./load-site";
import { feedCacheKey } from "./render-feed";
import { config } from "./site-config";

export type ListingKind = "home" | "category" | "tag" | "author" | "year" | "month" | "day";

export interface Listing {
  kind: ListingKind;
  /** Route parameters that name this listing, e.g. { category: "news" }. */
  params: Record<string, string>;
  /** Site-relative URL of its first page. */
  url: string;
  /** Small label above the heading, e.g. "Category". */
  kicker: string | undefined;
  title: string;
  /** The heading of pages after the first, when it is not the title. */
  laterTitle?: string;
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

/** A listing with a feed, whose feed is described as the page is unless said otherwise. */
function withFeed(listing: Omit<Listing, "feed">, feedDescription = listing.description): Listing {
  const title = listing.kind === "home" ? config.name : `${config.name} – ${listing.title}`;
  return { ...listing, feed: { title, description: feedDescription, href: feedUrl(listing.url) } };
}

const homeListing = (site: Site): Listing =>
  withFeed({
    kind: "home",
    params: {},
    url: "/",
    kicker: undefined,
    title: "Latest stories",
    laterTitle: "More stories",
    description: config.description,
    posts: site.posts,
    lead: site.lead,
  });

const categoryListings = (site: Site): Listing[] =>
  config.categories.map((category) =>
    withFeed({
      kind: "category",
      params: { category: category.slug },
      url: categoryUrl(category.slug),
      kicker: "Category",
      title: category.title,
      description: category.description ?? `${category.title} from ${config.name}.`,
      posts: site.byCategory.get(category.slug) ?? [],
    }),
  );

const tagListings = (site: Site): Listing[] =>
  [...site.byTag.values()].map((tag) =>
    withFeed({
      kind: "tag",
      params: { tag: tag.slug },
      url: tagUrl(tag.slug),
      kicker: tag.isMake ? "Make" : "Topic",
      title: tag.name,
      description: `Every ${config.name} story about ${tag.name}.`,
      posts: tag.posts,
    }),
  );

const authorListings = (site: Site): Listing[] =>
  site.authors.map((author) => {
    const stories = `Stories by ${author.name} for ${config.name}.`;
    const posts = site.byAuthor.get(author.id) ?? [];
    const page = { kind: "author", params: { author: author.id }, url: authorUrl(author.id) } as const;
    // The page shows the author's bio; the feed says what it carries.
    return withFeed(
      { ...page, kicker: "Author", title: author.name, description: author.bio ?? stories, posts, author },
      stories,
    );
  });

/** Date archives have no feed of their own: the site feed is the newest of them. */
const archiveListing = (
  kind: "year" | "month" | "day",
  params: Record<string, string>,
  url: string,
  title: string,
  posts: SitePost[],
): Listing => ({
  kind,
  params,
  url,
  kicker: "Archive",
  title,
  description: `Stories published in ${title}.`,
  feed: undefined,
  posts,
});

const yearListings = (site: Site): Listing[] =>
  [...site.byYear].map(([year, posts]) =>
    archiveListing("year", { year: String(year) }, yearUrl(year), String(year), posts),
  );

const monthListings = (site: Site): Listing[] =>
  [...site.byMonth].map(([key, posts]) => {
    const [year, month] = key.split("/") as [string, string];
    const title = formatMonth(Number(year), Number(month), config.locale);
    return archiveListing("month", { year, month }, monthUrl(Number(year), Number(month)), title, posts);
  });

/**
 * Day archives, as WordPress serves them at /YYYY/MM/DD/, for sites whose permalinks have the day
 * in them (an imported site's readers and search engines have those addresses); elsewhere a few
 * thousand pages nobody links to.
 */
const dayListings = (site: Site): Listing[] =>
  !config.permalink.includes("%day%")
    ? []
    : [...site.byDay].map(([key, posts]) => {
        const [year, month, day] = key.split("/") as [string, string, string];
        const [y, m, d] = [Number(year), Number(month), Number(day)];
        return archiveListing("day", { year, month, day }, dayUrl(y, m, d), formatDay(y, m, d, config.locale), posts);
      });

const builders: Record<ListingKind, (site: Site) => Listing[]> = {
  home: (site) => [homeListing(site)],
  category: categoryListings,
  tag: tagListings,
  author: authorListings,
  year: yearListings,
  month: monthListings,
  day: dayListings,
};

export function listings(site: Site, kind: ListingKind): Listing[] {
  return builders[kind](site);
}

/** getStaticPaths of a listing's `[...page]` route: one entry per page, keyed by what it shows. */
export async function listingRoutes(kind: ListingKind) {
  const site = await loadSite();
  return listings(site, kind).flatMap((listing) => {
    const { posts, lead, ...shown } = listing;
    // The lead story heads page 1, so the pages list the others.
    return paginatedRoutes(lead ? posts.filter((post) => post !== lead) : posts, {
      perPage: config.postsPerPage,
      base: listing.url,
      params: listing.params,
      props: { listing, site },
      cacheKey: (page: Page<SitePost>) => site.listingKey(page, [shown, page.number === 1 && lead]),
    });
  });
}

/** getStaticPaths of a listing's rss.xml route. */
export async function feedRoutes(kind: ListingKind) {
  const site = await loadSite();
  return listings(site, kind).map((listing) => ({
    params: listing.params,
    props: { listing, site },
    cacheKey: feedCacheKey(listing, site),
  }));
}

/** What a listing's rss.xml route is given. */
export interface FeedProps {
  listing: Listing;
  site: Site;
}
