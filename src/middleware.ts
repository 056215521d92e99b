import { defineMiddleware } from "astro:middleware";
import { pageSink } from "./lib/build/rendered-pages";

/** During `astro build`, every HTML page also goes to the integration that reads pages (src/lib/build/rendered-pages.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (sink && response.headers.get("content-type")?.startsWith("text/html")) {
    sink(decodeURI(context.url.pathname), await response.clone().text());
  }
  return response;
});
