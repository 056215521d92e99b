/**
 * getStaticPaths of the article route, src/pages/[...permalink].astro: one route serves articles
 * under any permalink structure, so each post's path is its parameter. Before a path is handed
 * to Astro it is checked against every other address the site serves (standalone pages, the
 * routes in src/pages, listings, redirects): a clash stops the build naming both files instead
 * of one page silently replacing the other.
 */
import { readdirSync } from "node:fs";
import { readRedirects, REDIRECTS_FILE } from "@/lib/build/redirects";
import { articleCollisions, staticRouteClaims, type Claim } from "@/lib/content/route-collisions";
import { articleCacheKey, articleView } from "./article-view";
import { listings, type ListingKind } from "./listings";
import { loadSite, type Site } from "./load-site";

const LISTING_KINDS: ListingKind[] = ["home", "category", "tag", "author", "year", "month", "day"];

/** Every address the site serves besides its articles. */
function otherClaims(site: Site): { others: Claim[]; listings: Claim[] } {
  const routes = staticRouteClaims(readdirSync("src/pages", { recursive: true }) as string[]);
  const pages = site.pages.map((page) => ({
    path: `/${page.id}/`,
    owner: page.filePath ?? `src/content/pages/${page.id}`,
  }));
  const redirects = readRedirects(REDIRECTS_FILE)
    .filter((redirect) => !redirect.from.includes("?"))
    .map((redirect) => ({ path: redirect.from, owner: `the redirect to ${redirect.to} in ${REDIRECTS_FILE}` }));
  const listingClaims = LISTING_KINDS.flatMap((kind) =>
    listings(site, kind).map((listing) => ({ path: listing.url, owner: `the ${kind} listing` })),
  );
  return { others: [...routes, ...pages, ...redirects], listings: listingClaims };
}

export async function articleRoutes() {
  const site = await loadSite();
  const { others, listings: listingClaims } = otherClaims(site);
  const articles = site.posts.map((post) => ({ path: post.permalink, owner: post.filePath }));
  const problems = articleCollisions(articles, others, listingClaims);
  if (problems.length > 0) {
    throw new Error(
      `Paddock found ${problems.length} article address${problems.length === 1 ? "" : "es"} already taken:\n- ${problems.join("\n- ")}`,
    );
  }
  return site.posts.map((post) => {
    const view = articleView(post, site);
    // "/2019/03/04/slug/" → "2019/03/04/slug"
    const permalink = post.permalink.slice(1, -1);
    return { params: { permalink }, props: { view }, cacheKey: articleCacheKey(view, site) };
  });
}
