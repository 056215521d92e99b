import type { APIRoute } from "astro";
import { feedRoutes, type FeedProps } from "@/site/listings";
import { loadSite } from "@/site/load-site";
import { renderFeed } from "@/site/render-feed";

export const getStaticPaths = async () => feedRoutes(await loadSite(), "tag");

export const GET: APIRoute<FeedProps> = async ({ props }) => renderFeed(props.listing, await loadSite());
