import { defineMiddleware } from "astro:middleware";
import { pageSinks } from "./lib/rendered-pages";

/** During `astro build`, every HTML page goes to the integrations that read pages (src/lib/rendered-pages.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sinks = pageSinks();
  if (sinks.length > 0 && response.headers.get("content-type")?.startsWith("text/html")) {
    const html = await response.clone().text();
    const url = decodeURI(context.url.pathname);
    for (const sink of sinks) sink(url, html);
  }
  return response;
});
