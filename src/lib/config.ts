/**
 * Site configuration: the shape a publication writes in paddock.config.ts
 * (`PaddockConfig`) and the shape the rest of the code reads after defaults
 * are applied once (`ResolvedPaddockConfig`).
 */
import { HOSTS, isHost, type Host } from "./build/host-limits";
import { DEFAULT_MAKES } from "./content/makes";
import { DEFAULT_PERMALINK, readStructure } from "./content/permalinks";
import { IMPORTED_SITE_FILE, readImported, type ImportedSite } from "./imported-site";

export interface CategoryConfig {
  /** URL segment: /category/<slug>/ */
  slug: string;
  title: string;
  description?: string;
}

export interface SponsorConfig {
  /** Short label shown above the slot, e.g. "Sponsored". */
  label?: string;
  title: string;
  text?: string;
  url: string;
  cta?: string;
}

export interface PaddockConfig {
  /** Publication name, shown in the header, titles and feeds. */
  name: string;
  /** Absolute production URL, e.g. https://www.example-cars.com */
  url: string;
  description: string;
  /** BCP 47 locale used for dates and the `lang` attribute. */
  locale?: string;
  /** IANA time zone that permalinks and displayed dates use, like WordPress's. */
  timeZone?: string;
  /**
   * Where articles are served, in WordPress's permalink tokens: %year%, %monthnum%, %day%,
   * %postname%, %post_id%, %category%, ending in %postname% or %post_id%. Defaults to the
   * structure a WordPress import detected (src/data/wordpress-site.json), else "/%year%/%monthnum%/%postname%/".
   */
  permalink?: string;
  postsPerPage?: number;
  categories: CategoryConfig[];
  /** Tags that name a car make (compared case-insensitively); they lead the tag list and drive the make filter. Defaults to a list of common makes. */
  makes?: string[];
  sponsor?: SponsorConfig;
  /** Related stories shown under an article. */
  relatedPosts?: number;
  /** Words per minute used for reading time. */
  readingSpeed?: number;
  /** GitHub Discussions comments through giscus. */
  comments?: CommentsConfig;
  /** Newsletter sign-up form; hidden while `action` is unset. */
  newsletter?: NewsletterConfig;
  /** RSS feeds. */
  feeds?: FeedsConfig;
  /** Images shown when a story is shared on social networks. */
  socialImages?: SocialImagesConfig;
  search?: SearchConfig;
  /**
   * Where dist/ is deployed: "github-pages" (the deploy workflow's default), "cloudflare-pages",
   * "cloudflare-pages-paid", "gitlab-pages" or "object-storage". The build warns when dist/ is
   * past that host's limits.
   */
  host?: Host;
}

export interface SearchConfig {
  /**
   * The search index is built as several indexes over runs of whole months: the
   * newest holds this many articles or up to half as many more or fewer, older ones
   * four times as many (src/lib/search/search-shards.ts).
   * Fewer, larger indexes mean fewer files for a search to open; smaller ones
   * mean less memory to build one and less to redo after an edit.
   */
  articlesPerIndex?: number;
}

export interface SocialImagesConfig {
  /** Generate a card (headline, category, author, site name) per article. */
  enabled?: boolean;
  /** Share the article's hero image instead of a card when it has one. */
  preferHero?: boolean;
}

export interface CommentsConfig {
  /** "owner/name" of the repository whose Discussions hold the comments. */
  repo?: string;
  repoId?: string;
  category?: string;
  categoryId?: string;
  lang?: string;
  reactions?: boolean;
  inputPosition?: "top" | "bottom";
  /**
   * Top-level archived comments on the article, each with its replies; the rest of a long thread
   * is on comment pages (<article>/comment-page-2/…), as WordPress's "break comments into pages".
   */
  archivedPerPage?: number;
}

export interface NewsletterConfig {
  /** The provider's form endpoint (the form POSTs here). Unset hides the sign-up form. */
  action?: string;
  title?: string;
  text?: string;
  /** The name the provider expects for the address field. */
  emailField?: string;
  /** Hidden fields the provider needs, e.g. a list id or the pages to return to. */
  hiddenFields?: Record<string, string>;
  /**
   * The provider's bot trap: a field people leave empty, whose name the provider
   * checks (Mailchimp's is "b_<user>_<list>"). Left out when unset.
   */
  honeypotField?: string;
}

export interface FeedsConfig {
  /** Items in the main feed (/rss.xml). */
  items?: number;
  /**
   * Items in each category, tag and author feed: a reader follows these for what is new, and an
   * archive has hundreds of them, each carrying whole articles (WordPress gives every feed 10).
   */
  sectionItems?: number;
}

export interface ResolvedPaddockConfig extends Required<
  Omit<PaddockConfig, "sponsor" | "comments" | "newsletter" | "feeds" | "socialImages">
> {
  socialImages: Required<SocialImagesConfig>;
  sponsor: SponsorConfig | undefined;
  comments: CommentsConfig & { archivedPerPage: number };
  newsletter: NewsletterConfig;
  feeds: Required<FeedsConfig>;
  search: Required<SearchConfig>;
}

/** No-op helper that gives paddock.config.ts autocompletion and type checks. */
export function defineConfig(config: PaddockConfig): PaddockConfig {
  return config;
}

const DEFAULTS = {
  locale: "en-US",
  timeZone: "UTC",
  postsPerPage: 10,
  relatedPosts: 4,
  readingSpeed: 230,
  feedItems: 50,
  sectionFeedItems: 10,
  articlesPerIndex: 1_000,
  // WordPress's own default.
  archivedCommentsPerPage: 50,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Applies defaults and rejects settings that would break the build later. `imported` is what a
 * WordPress import wrote for the build (src/lib/imported-site.ts), read from src/data/ when not
 * given: its categories follow the site's own, and one with a slug the site already lists gives way
 * to it; its permalink structure applies when paddock.config.ts sets none.
 */
export function resolveConfig(input: PaddockConfig, imported: ImportedSite = readImported()): ResolvedPaddockConfig {
  const importedCategories = imported.categories ?? [];
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(input.url);
  } catch {
    problems.push(`"url" must be an absolute URL such as https://www.example.com (got "${input.url}")`);
  }
  // Every link is root-relative, so the site must live at the root of its host.
  if (url && url.pathname !== "/") {
    problems.push(
      `"url" must be the root of a host such as https://cars.example.com, without a path (got "${input.url}")`,
    );
  }
  if (input.newsletter?.action) {
    try {
      if (new URL(input.newsletter.action).protocol !== "https:") throw new Error("not https");
    } catch {
      problems.push(
        `"newsletter.action" must be the provider's https:// form address (got "${input.newsletter.action}")`,
      );
    }
  }
  const locale = input.locale ?? DEFAULTS.locale;
  try {
    new Intl.DateTimeFormat(locale);
  } catch {
    problems.push(`"locale" must be a language tag such as en-US or de-DE (got "${locale}")`);
  }
  const timeZone = input.timeZone ?? DEFAULTS.timeZone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    problems.push(`"timeZone" must be an IANA time zone such as America/New_York (got "${timeZone}")`);
  }
  const counts = {
    postsPerPage: input.postsPerPage ?? DEFAULTS.postsPerPage,
    relatedPosts: input.relatedPosts ?? DEFAULTS.relatedPosts,
    readingSpeed: input.readingSpeed ?? DEFAULTS.readingSpeed,
    "feeds.items": input.feeds?.items ?? DEFAULTS.feedItems,
    "feeds.sectionItems": input.feeds?.sectionItems ?? DEFAULTS.sectionFeedItems,
    "search.articlesPerIndex": input.search?.articlesPerIndex ?? DEFAULTS.articlesPerIndex,
    "comments.archivedPerPage": input.comments?.archivedPerPage ?? DEFAULTS.archivedCommentsPerPage,
  };
  for (const [name, value] of Object.entries(counts)) {
    const least = name === "relatedPosts" ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      problems.push(`"${name}" must be a whole number of at least ${least} (got ${value})`);
    }
  }
  if (input.categories.length === 0 && importedCategories.length === 0) {
    problems.push(`"categories" must list at least one category (or import them: npm run import:wordpress)`);
  }
  const seen = new Map<string, CategoryConfig>();
  for (const [i, category] of input.categories.entries()) {
    if (!SLUG.test(category.slug)) {
      problems.push(`"categories[${i}].slug" must be lowercase letters, digits and hyphens (got "${category.slug}")`);
    }
    const first = seen.get(category.slug);
    // An exact repeat is the same category listed twice (your own list merged with an import's): kept once.
    const sameCategory = first?.title === category.title && first.description === category.description;
    if (first && !sameCategory) problems.push(`"categories[${i}].slug" repeats "${category.slug}"`);
    if (!first) seen.set(category.slug, category);
  }
  for (const [i, category] of importedCategories.entries()) {
    if (seen.has(category.slug)) continue;
    if (!SLUG.test(category.slug)) {
      problems.push(
        `src/data/wordpress-categories.json entry ${i + 1}: "slug" must be lowercase letters, digits and hyphens (got "${category.slug}")`,
      );
    } else seen.set(category.slug, category);
  }
  const permalinkSource = input.permalink !== undefined ? `"permalink"` : `${IMPORTED_SITE_FILE} "permalink"`;
  const permalinkText = input.permalink ?? imported.permalink ?? DEFAULT_PERMALINK;
  const permalink = readStructure(permalinkText);
  if ("problem" in permalink) problems.push(`${permalinkSource} ${JSON.stringify(permalinkText)} ${permalink.problem}`);
  const host = input.host ?? "github-pages";
  if (!isHost(host)) {
    problems.push(`"host" must be one of ${Object.keys(HOSTS).join(", ")} (got "${String(host)}")`);
  }
  if (problems.length > 0) {
    throw new Error(`paddock.config.ts is not valid:\n- ${problems.join("\n- ")}`);
  }
  return {
    ...input,
    categories: [...seen.values()],
    url: `${url!.origin}/`,
    locale,
    timeZone,
    permalink: "structure" in permalink ? permalink.structure.text : DEFAULT_PERMALINK,
    postsPerPage: counts.postsPerPage,
    makes: input.makes ?? DEFAULT_MAKES,
    sponsor: input.sponsor,
    relatedPosts: counts.relatedPosts,
    readingSpeed: counts.readingSpeed,
    comments: { ...input.comments, archivedPerPage: counts["comments.archivedPerPage"] },
    newsletter: input.newsletter ?? {},
    feeds: { items: counts["feeds.items"], sectionItems: counts["feeds.sectionItems"] },
    search: { articlesPerIndex: counts["search.articlesPerIndex"] },
    host,
    socialImages: { enabled: input.socialImages?.enabled ?? true, preferHero: input.socialImages?.preferHero ?? true },
  };
}
