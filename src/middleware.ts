import { defineMiddleware } from "astro:middleware";
import { isArticlePath, searchPageSink } from "./lib/search-pages";

/** During `astro build`, article pages go to the search indexer as they are rendered. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchPageSink();
  if (sink && isArticlePath(context.url.pathname)) sink(context.url.pathname, await response.clone().text());
  return response;
});
