/**
 * /rss.xml, the site's feed. A route with a parameter (of one value) only so
 * that it can give a cacheKey: incremental builds then reuse it while its
 * posts are unchanged, instead of rendering fifty articles on every build.
 */
import type { APIRoute } from "astro";
import { loadSite } from "@/site/load-site";
import { feedCacheKey, renderFeed } from "@/site/render-feed";
import { config } from "@/site/site-config";

export async function getStaticPaths() {
  const site = await loadSite();
  return [{ params: { feed: "rss" }, cacheKey: feedCacheKey(site.posts, site) }];
}

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return renderFeed({ title: config.name, description: config.description, pageUrl: "/", posts: site.posts, site });
};
