/**
 * /social/YYYY/MM/slug.<key>.png: the social card of every public post that
 * needs one (src/lib/share/social-card.ts), drawn here on request in `astro dev`. A
 * build does not render them as pages: this route hands them to the card pool,
 * whose workers draw the missing ones while pages render, and the integration
 * links them all from the cache (src/integrations/social-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getOrRenderSocialCard, type SocialCardInput } from "@/lib/share/social-card";
import { requestSocialCards } from "@/lib/share/social-card-pool";
import { loadSite } from "@/site/load-site";

export const getStaticPaths = (async () => {
  const site = await loadSite();
  if (import.meta.env.PROD) {
    requestSocialCards(site.posts.flatMap((post) => site.socialCard(post) ?? []));
    return [];
  }
  return site.posts.flatMap((post) => {
    const card = site.socialCard(post);
    // "/social/2026/09/slug.1a2b3c4d.png" → "2026/09/slug.1a2b3c4d"
    return card
      ? [{ params: { slug: card.path.slice("/social/".length, -".png".length) }, props: { card: card.input } }]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardInput }> = async ({ props }) => {
  const png = await getOrRenderSocialCard(props.card);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
