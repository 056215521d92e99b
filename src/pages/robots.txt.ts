import type { APIRoute } from "astro";
import { absoluteUrl } from "@/lib/content/urls";
import { config } from "@/site/site-config";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap-index.xml", config.url)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
