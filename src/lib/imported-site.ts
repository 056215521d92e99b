/**
 * src/data/wordpress-site.json: what the WordPress importer learned about the old site that the
 * build needs, today the permalink structure its posts were served at. paddock.config.ts is the
 * publication's own file, so the importer never edits it; a `permalink` set there wins.
 */
import { existsSync, readFileSync } from "node:fs";

export const IMPORTED_SITE_FILE = "src/data/wordpress-site.json";

export interface ImportedSite {
  /** The structure detected from the export's links, e.g. "/%year%/%monthnum%/%day%/%postname%/". */
  permalink?: string;
}

/** The file's settings, or none when there is no file. A file that is not an object of strings stops, named. */
export function readImportedSite(file = IMPORTED_SITE_FILE): ImportedSite {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
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
