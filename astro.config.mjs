// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import paddock from "./paddock.config.ts";

export default defineConfig({
  site: paddock.url,
  trailingSlash: "always",
  integrations: [mdx()],
});
