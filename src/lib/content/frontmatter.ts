/**
 * Front matter as the author wrote it. Astro's YAML parser turns timestamps
 * into UTC instants, which loses the difference between "09:30" (site time)
 * and "09:30Z"; reading the block again with the core schema keeps every
 * date as the text in the file.
 */
import yaml from "js-yaml";

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function rawFrontmatter(fileText: string): Record<string, unknown> {
  const match = BLOCK.exec(fileText);
  if (!match) return {};
  const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

/** The Markdown/MDX after the front matter block. */
export function bodyOf(fileText: string): string {
  const match = BLOCK.exec(fileText);
  return match ? fileText.slice(match[0].length) : fileText;
}

/** Replaces the post's date fields in `data` with their text from the file. */
export function withDatesAsWritten(data: Record<string, unknown>, fileText: string): Record<string, unknown> {
  const raw = rawFrontmatter(fileText);
  const out = { ...data };
  for (const field of ["pubDate", "updatedDate"]) {
    if (typeof raw[field] === "string") out[field] = raw[field];
  }
  if (Array.isArray(out.updates) && Array.isArray(raw.updates)) {
    const rawUpdates = raw.updates as unknown[];
    out.updates = out.updates.map((update: unknown, i) => {
      const date = (rawUpdates[i] as { date?: unknown } | undefined)?.date;
      return update && typeof update === "object" && typeof date === "string" ? { ...update, date } : update;
    });
  }
  return out;
}
