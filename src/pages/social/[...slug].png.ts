/**
 * /social/YYYY/MM/slug.png: the social card of every public post, rendered at
 * build time and cached across builds (src/lib/social-card.ts). Posts whose
 * hero image is shared instead, and every post when cards are off, get none.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getOrRenderSocialCard, type SocialCardInput } from "@/lib/social-card";
import { needsSocialCard, socialCardParam } from "@/lib/social-image-url";
import { loadSite } from "@/load-site";
import { config } from "@/site-config";

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const categoryTitles = new Map(config.categories.map((category) => [category.slug, category.title]));
  return site.posts
    .filter((post) => needsSocialCard(post, config.socialImages))
    .map((post) => {
      const card: SocialCardInput = {
        siteName: config.name,
        category: categoryTitles.get(post.category) ?? post.category,
        title: post.title,
        authors: post.authors.map((id) => site.getAuthor(id)?.name ?? id),
      };
      return { params: { slug: socialCardParam(post.permalink) }, props: { card } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardInput }> = async ({ props }) => {
  const png = await getOrRenderSocialCard(props.card);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
