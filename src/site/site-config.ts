// The resolved configuration, computed once; everything in src/ imports it from here.
import userConfig from "../../paddock.config";
import { resolveConfig } from "../lib/config";
import { IMPORTED_CATEGORIES_FILE, parseImportedCategories } from "../lib/imported-categories";
import { IMPORTED_SITE_FILE, parseImportedSite } from "../lib/imported-site";

// Through Vite rather than fs, so `astro dev` reloads when an import rewrites the files; no file, nothing imported.
const raw = import.meta.glob<string>(["../data/wordpress-categories.json", "../data/wordpress-site.json"], {
  eager: true,
  query: "?raw",
  import: "default",
});
const text = (name: string) => Object.entries(raw).find(([path]) => path.endsWith(name))?.[1];
const categories = text("wordpress-categories.json");
const site = text("wordpress-site.json");

export const config = resolveConfig(userConfig, {
  categories: categories === undefined ? [] : parseImportedCategories(categories, IMPORTED_CATEGORIES_FILE),
  ...(site === undefined ? {} : parseImportedSite(site, IMPORTED_SITE_FILE)),
});
