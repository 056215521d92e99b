/**
 * Where an article's social card lives. The one place that maps a permalink
 * (/YYYY/MM/slug/) to its card: the route parameter for the endpoint and the
 * site-relative path for <head>.
 */
const PERMALINK = /^\/(\d{4})\/(\d{2})\/([^/]+)\/$/;

/**
 * The `slug` parameter of src/pages/social/[...slug].png.ts, e.g.
 * "2026/09/hyundai-georgia-hybrid-line.1a2b3c4d". The card's cache key is in
 * the name, so an edited headline gets a new URL: social networks cache
 * shared images by URL and would otherwise keep the old card.
 */
export function socialCardParam(permalink: string, key: string): string {
  const match = PERMALINK.exec(permalink);
  if (!match) {
    throw new Error(`A social card needs a permalink such as /2026/09/my-story/ (got "${permalink}")`);
  }
  const [, year, month, slug] = match;
  return `${year}/${month}/${slug}.${key.slice(0, 8)}`;
}

/**
 * Whether a post gets a generated card: not when cards are off, nor when its
 * hero image is shared instead. The card route and the page head both ask here.
 */
export function needsSocialCard(
  post: { hasHeroImage: boolean },
  settings: { enabled: boolean; preferHero: boolean },
): boolean {
  return settings.enabled && !(settings.preferHero && post.hasHeroImage);
}

/** Site-relative path of the card, e.g. "/social/2026/09/hyundai-georgia-hybrid-line.1a2b3c4d.png". */
export function socialCardPath(permalink: string, key: string): string {
  return `/social/${socialCardParam(permalink, key)}.png`;
}
