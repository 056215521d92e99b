// @ts-check
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import paddock from "./paddock.config.ts";
import { commentsSync } from "./src/integrations/comments-sync.ts";
import { securityHeaders } from "./src/integrations/headers.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { missingGiscusSettings } from "./src/lib/comments/giscus.ts";
import { resolveConfig } from "./src/lib/config.ts";
import { readRedirects, REDIRECTS_FILE, staticRedirects } from "./src/lib/redirects.ts";
import { lastModifiedByPermalink } from "./src/lib/sitemap-lastmod.ts";

const site = resolveConfig(paddock);
const redirects = readRedirects(REDIRECTS_FILE);
const postsDir = fileURLToPath(new URL("./src/content/posts/", import.meta.url));
/** @type {Map<string, Date> | undefined} read once, when the sitemap is written */
let lastModified;

export default defineConfig({
  site: site.url,
  trailingSlash: "always",
  redirects: staticRedirects(redirects),
  integrations: [
    commentsSync(site.comments),
    mdx(),
    sitemap({
      // Not for search engines: the 404 page and the authors' style guide.
      filter: (page) => !/\/(404|styleguide|newsletter\/thanks|newsletter\/error)\/$/.test(page),
      serialize(item) {
        lastModified ??= lastModifiedByPermalink(postsDir, site.timeZone);
        const lastmod = lastModified.get(decodeURI(new URL(item.url).pathname));
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    searchIndex(),
    securityHeaders({
      giscus: missingGiscusSettings(site.comments).length === 0,
      redirects,
      formAction: site.newsletter.action,
    }),
  ],
});
