import type { APIRoute } from "astro";
import { loadSite } from "@/load-site";
import { renderFeed } from "@/render-feed";
import { config } from "@/site-config";

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return renderFeed({ title: config.name, description: config.description, pageUrl: "/", posts: site.posts, site });
};
