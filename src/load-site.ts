/**
 * The one place that reads Astro's content collections. It maps entries to
 * the plain models in src/lib, runs the content checks and builds the site
 * index once per build; pages only query the result.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { toPost, type Post } from "./lib/posts";
import { buildSiteIndex, type SiteIndex } from "./lib/site-index";
import { config } from "./site-config";

export type SitePost = Post & { entry: CollectionEntry<"posts"> };
export type SiteAuthor = CollectionEntry<"authors">["data"] & {
  id: string;
  filePath: string;
  entry: CollectionEntry<"authors">;
};
export type Site = SiteIndex<SitePost, SiteAuthor>;

let site: Promise<Site> | undefined;

/** Now, or PADDOCK_NOW (an ISO date) to build the site as it will look at another time. */
function buildTime(): Date {
  const override = process.env.PADDOCK_NOW;
  if (!override) return new Date();
  const date = new Date(override);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`PADDOCK_NOW must be an ISO date such as 2026-12-01T08:00:00Z (got "${override}")`);
  }
  return date;
}

async function build(): Promise<Site> {
  const [postEntries, authorEntries] = await Promise.all([getCollection("posts"), getCollection("authors")]);
  const posts = postEntries.map((entry) =>
    toPost(
      {
        ...entry.data,
        entry,
        id: entry.id,
        filePath: entry.filePath ?? `src/content/posts/${entry.id}`,
        authors: entry.data.authors.map((ref) => ref.id),
        hasHeroImage: entry.data.heroImage !== undefined,
        body: entry.body ?? "",
      },
      config,
    ),
  );
  const authors = authorEntries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/authors/${entry.id}`,
    entry,
  }));
  return buildSiteIndex(posts, authors, {
    categories: config.categories.map((c) => c.slug),
    makes: config.makes,
    // Drafts and scheduled posts are previewed in `astro dev`, never built for production.
    visibility: { now: buildTime(), preview: import.meta.env.DEV },
  });
}

export function loadSite(): Promise<Site> {
  // In development content changes while the server runs, so nothing is cached.
  if (import.meta.env.DEV) return build();
  site ??= build();
  return site;
}
