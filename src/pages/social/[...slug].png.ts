/**
 * /social/YYYY/MM/slug.<key>.png: the social card of every public post that
 * needs one, rendered at build time and cached across builds
 * (src/lib/social-card.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getOrRenderSocialCard, type SocialCardInput } from "@/lib/social-card";
import { pendingSocialCard } from "@/lib/social-card-pool";
import { loadSite } from "@/load-site";

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.posts.flatMap((post) => {
    const card = site.socialCard(post);
    // "/social/2026/09/slug.1a2b3c4d.png" → "2026/09/slug.1a2b3c4d"
    return card
      ? [
          {
            params: { slug: card.path.slice("/social/".length, -".png".length) },
            props: { card: card.input },
            // The path already carries the hash of everything drawn on the card.
            cacheKey: card.path,
          },
        ]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCardInput }> = async ({ props }) => {
  await pendingSocialCard(props.card);
  const png = await getOrRenderSocialCard(props.card);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
