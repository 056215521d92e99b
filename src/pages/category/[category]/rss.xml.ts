import type { APIRoute, GetStaticPaths } from "astro";
import { categoryUrl } from "@/lib/content/urls";
import { loadSite } from "@/site/load-site";
import { feedCacheKey, renderFeed } from "@/site/render-feed";
import { config } from "@/site/site-config";

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return config.categories.map((category) => ({
    params: { category: category.slug },
    props: { category },
    cacheKey: feedCacheKey(site.byCategory.get(category.slug) ?? [], site),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { category } = props as { category: (typeof config.categories)[number] };
  const site = await loadSite();
  return renderFeed({
    title: `${config.name} – ${category.title}`,
    description: category.description ?? `${category.title} from ${config.name}.`,
    pageUrl: categoryUrl(category.slug),
    posts: site.byCategory.get(category.slug) ?? [],
    site,
  });
};
