/**
 * /rss.xml, the site's feed. A route with a parameter (of one value) only so
 * that it can give a cacheKey: incremental builds then reuse it while its
 * posts are unchanged, instead of rendering fifty articles on every build.
 */
import type { APIRoute } from "astro";
import { feedRoutes, type FeedProps } from "@/site/listings";
import { renderFeed } from "@/site/render-feed";

export const getStaticPaths = async () =>
  (await feedRoutes("home")).map((route) => ({ ...route, params: { feed: "rss" } }));

export const GET: APIRoute<FeedProps> = ({ props }) => renderFeed(props.listing, props.site);
