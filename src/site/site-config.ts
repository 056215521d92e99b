// The resolved configuration, computed once; everything in src/ imports it from here.
import userConfig from "../../paddock.config";
import { resolveConfig } from "../lib/config";
import { IMPORTED_CATEGORIES_FILE, parseImportedCategories } from "../lib/imported-categories";

// Through Vite rather than fs, so `astro dev` reloads when an import rewrites the file; no file, no categories.
const importedFiles = import.meta.glob<string>("../data/wordpress-categories.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const imported = Object.values(importedFiles).flatMap((text) =>
  parseImportedCategories(text, IMPORTED_CATEGORIES_FILE),
);

export const config = resolveConfig(userConfig, imported);
