// @ts-check
import { fileURLToPath } from "node:url";
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
import { lastModifiedByPermalink } from "./src/lib/seo/sitemap-lastmod.ts";

const site = resolveConfig(paddock);
const redirects = readRedirects(REDIRECTS_FILE);
const postsDir = fileURLToPath(new URL("./src/content/posts/", import.meta.url));
/** @type {Map<string, Date> | undefined} read once, when the sitemap is written */
let lastModified;

export default defineConfig({
  site: site.url,
  trailingSlash: "always",
  // A few pages at a time: one renders while another is written.
  build: { concurrency: 4 },
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
      // Not for search engines: the 404 page and the authors' style guide.
      filter: (page) => !/\/(404|styleguide|newsletter\/thanks|newsletter\/error)\/$/.test(page),
      serialize(item) {
        lastModified ??= lastModifiedByPermalink(postsDir, site.timeZone, site.permalink);
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
