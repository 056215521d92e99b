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
    visibility: { now: new Date(), preview: import.meta.env.DEV },
  });
}

export function loadSite(): Promise<Site> {
  // In development content changes while the server runs, so nothing is cached.
  if (import.meta.env.DEV) return build();
  site ??= build();
  return site;
}
