/**
 * Categories a WordPress import wrote to src/data/wordpress-categories.json.
 * The build reads the file itself, so a site builds straight after an import
 * with nothing edited by hand; a category paddock.config.ts lists with the
 * same slug wins over the imported one (see resolveConfig).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CategoryConfig } from "./config";

export const IMPORTED_CATEGORIES_FILE = "src/data/wordpress-categories.json";

/** The categories in the file's text, or an error naming the file, the entry and the field. */
export function parseImportedCategories(text: string, file = IMPORTED_CATEGORIES_FILE): CategoryConfig[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file} must be a list of categories ([{ "slug": …, "title": … }])`);
  return data.map((entry: unknown, i) => {
    const where = `${file}: entry ${i + 1}`;
    const record = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof record.slug !== "string") throw new Error(`${where}: "slug" must be text such as "news"`);
    if (typeof record.title !== "string" || !record.title.trim()) {
      throw new Error(`${where}: "title" must be the category's name as readers see it`);
    }
    if (record.description !== undefined && typeof record.description !== "string") {
      throw new Error(`${where}: "description" must be text when it is given`);
    }
    return {
      slug: record.slug,
      title: record.title,
      ...(typeof record.description === "string" && record.description.trim()
        ? { description: record.description }
        : {}),
    };
  });
}

/** The imported categories of the project at `root`; none when nothing was imported. */
export function readImportedCategories(root = "."): CategoryConfig[] {
  const file = join(root, IMPORTED_CATEGORIES_FILE);
  return existsSync(file) ? parseImportedCategories(readFileSync(file, "utf8")) : [];
}
