import type { APIRoute } from "astro";
import { feedRoutes, type FeedProps } from "@/site/listings";
import { renderFeed } from "@/site/render-feed";

export const getStaticPaths = () => feedRoutes("author");

export const GET: APIRoute<FeedProps> = ({ props }) => renderFeed(props.listing, props.site);
