import type { APIRoute } from "astro";
import { authorUrl } from "@/lib/content/urls";
import { loadSite } from "@/site/load-site";
import { cacheKey } from "@/lib/build/cache-keys";
import { feedCacheKey, renderFeed } from "@/site/render-feed";
import { config } from "@/site/site-config";

export async function getStaticPaths() {
  const site = await loadSite();
  return site.authors.map((author) => ({
    params: { author: author.id },
    props: { id: author.id },
    cacheKey: feedCacheKey(site.byAuthor.get(author.id) ?? [], site) + cacheKey(author),
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const site = await loadSite();
  const author = site.getAuthor((props as { id: string }).id)!;
  return renderFeed({
    title: `${config.name} – ${author.name}`,
    description: `Stories by ${author.name} for ${config.name}.`,
    pageUrl: authorUrl(author.id),
    posts: site.byAuthor.get(author.id) ?? [],
    site,
  });
};
