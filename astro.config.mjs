// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import paddock from "./paddock.config.ts";
import { resolveConfig } from "./src/lib/config.ts";

export default defineConfig({
  site: resolveConfig(paddock).url,
  trailingSlash: "always",
  integrations: [mdx()],
});
