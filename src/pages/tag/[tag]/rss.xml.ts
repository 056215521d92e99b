import type { APIRoute } from "astro";
import { tagUrl } from "@/lib/content/urls";
import { loadSite } from "@/site/load-site";
import { feedCacheKey, renderFeed } from "@/site/render-feed";
import { config } from "@/site/site-config";

export async function getStaticPaths() {
  const site = await loadSite();
  return [...site.byTag.values()].map((tag) => ({
    params: { tag: tag.slug },
    props: { slug: tag.slug },
    cacheKey: feedCacheKey(tag.posts, site) + tag.name,
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const site = await loadSite();
  const tag = site.byTag.get((props as { slug: string }).slug)!;
  return renderFeed({
    title: `${config.name} – ${tag.name}`,
    description: `Every ${config.name} story about ${tag.name}.`,
    pageUrl: tagUrl(tag.slug),
    posts: tag.posts,
    site,
  });
};
