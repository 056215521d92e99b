/**
 * What the WordPress importer learned about the old site that the build needs: its categories
 * (src/data/wordpress-categories.json, src/lib/imported-categories.ts) and, in
 * src/data/wordpress-site.json, the permalink structure its posts were served at.
 * paddock.config.ts is the publication's own file, so the importer never edits it; what is set
 * there wins.
 */
import { existsSync, readFileSync } from "node:fs";
import type { CategoryConfig } from "./config";
import { readImportedCategories } from "./imported-categories";

export const IMPORTED_SITE_FILE = "src/data/wordpress-site.json";

export interface ImportedSite {
  /** The categories the import added. */
  categories?: readonly CategoryConfig[];
  /** The structure detected from the export's links, e.g. "/%year%/%monthnum%/%day%/%postname%/". */
  permalink?: string;
}

/** Both files of the project in the working directory; nothing when nothing was imported. */
export function readImported(): ImportedSite {
  return { categories: readImportedCategories(), ...readImportedSite() };
}

/** wordpress-site.json's settings, or none when there is no file. A file that is not an object of strings stops, named. */
export function readImportedSite(file = IMPORTED_SITE_FILE): ImportedSite {
  if (!existsSync(file)) return {};
  return parseImportedSite(readFileSync(file, "utf8"), file);
}

/** The settings in the file's text. */
export function parseImportedSite(text: string, file = IMPORTED_SITE_FILE): ImportedSite {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error(`${file} should be an object such as { "permalink": "/%postname%/" }`);
  }
  const { permalink } = data as Record<string, unknown>;
  if (permalink !== undefined && typeof permalink !== "string") {
    throw new Error(
      `${file}: "permalink" should be a structure such as "/%postname%/" (got ${JSON.stringify(permalink)})`,
    );
  }
  return permalink === undefined ? {} : { permalink };
}
