// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import paddock from "./paddock.config.ts";
import { commentsSync } from "./src/integrations/comments-sync.ts";
import { securityHeaders } from "./src/integrations/headers.ts";
import { hostLimits } from "./src/integrations/host-limits.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { setAsideDist } from "./src/integrations/set-aside-dist.ts";
import { socialCards } from "./src/integrations/social-cards.ts";
import { missingGiscusSettings } from "./src/lib/comments/giscus.ts";
import { resolveConfig } from "./src/lib/config.ts";
import { readRedirects, REDIRECTS_FILE, staticRedirects } from "./src/lib/build/redirects.ts";
import { readImageOrigins } from "./src/lib/build/image-origins.ts";
import { readSitemapDates, SITEMAP_DATES_FILE } from "./src/lib/seo/sitemap-lastmod.ts";

const site = resolveConfig(paddock);
const redirects = readRedirects(REDIRECTS_FILE);
/** @type {Map<string, Date> | undefined} left by the pages (src/site/load-site.ts), read once when the sitemap is written */
let lastModified;

export default defineConfig({
  site: site.url,
  trailingSlash: "always",
  build: {
    // A few pages at a time: one renders while another is written.
    concurrency: 4,
    // Every page's CSS from files the browser keeps, fetched beside the one stylesheet every page
    // already links: inlined, the components' styles were 6–9 KB of each of 18,000 pages of a
    // 10,000-post archive (160 MB of dist/), for no fewer round trips.
    inlineStylesheets: "never",
  },
  // Scoped styles mark elements with a class rather than a data-astro-cid-… attribute: a tenth
  // fewer bytes in every page (about 200 marked elements each).
  scopedStyleStrategy: "class",
  experimental: {
    // In files of at most 20 MiB rather than one JSON string, which V8 cannot make longer than
    // 512 MB (about 50,000 posts); pages read them from disk (patches/, docs/performance.md).
    collectionStorage: "chunked",
    // Pages whose cacheKey (src/lib/build/cache-keys.ts) and code are unchanged are copied from the
    // last build (node_modules/.astro/dist/) instead of rendered. `npm run build -- --force` renders all.
    incrementalBuild: true,
  },
  redirects: staticRedirects(redirects),
  vite: {
    build: {
      // One stylesheet for the whole site, fetched once and kept: split by component, an article
      // linked six, each a render-blocking request of its own.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro's compiled MDX starts with a directive the bundler warns about once per post, with a
        // code frame each: over a thousand warnings, and seconds of a large build, that say nothing.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject")) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    setAsideDist(),
    commentsSync(site.comments),
    mdx(),
    sitemap({
      // Not for search engines: the 404 page, the authors' style guide and archived comment pages.
      filter: (page) =>
        !/\/(404|styleguide|newsletter\/thanks|newsletter\/error|comment-page-\d+|sidebar)\/$/.test(page),
      serialize(item) {
        lastModified ??= readSitemapDates(SITEMAP_DATES_FILE);
        const lastmod = lastModified.get(decodeURI(new URL(item.url).pathname));
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    socialCards(),
    searchIndex({ articlesPerIndex: site.search.articlesPerIndex }),
    securityHeaders({
      giscus: missingGiscusSettings(site.comments).length === 0,
      redirects,
      formAction: site.newsletter.action,
      imageOrigins: readImageOrigins(),
    }),
    hostLimits(site.host),
  ],
});
