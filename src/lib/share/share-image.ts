/** The image a page shows when it is shared on social networks. */
export interface ShareImage {
  /** Site-relative or absolute URL. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** Shared by pages that have no image of their own. */
export const SITE_LOGO = { src: "/logo.png", width: 512, height: 512 } as const;

/** Heroes are shared 1200 px wide, the size networks ask for, but never enlarged. */
export function heroShareSize(hero: { width: number; height: number }): { width: number; height: number } {
  const width = Math.min(1200, hero.width);
  return { width, height: Math.round((width * hero.height) / hero.width) };
}
