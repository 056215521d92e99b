/**
 * The part of an article page that Pagefind indexes: the element marked
 * data-pagefind-body, whole (its filters, metadata and text). A search index
 * part is cached by these regions only, so a change elsewhere on a page (the
 * sidebar, related stories, previous/next) never re-indexes its part.
 */
export function indexedRegion(html: string): string {
  const marker = html.indexOf("data-pagefind-body");
  if (marker < 0) return "";
  const start = html.lastIndexOf("<", marker);
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1]?.toLowerCase();
  if (!name) return "";
  // The matching close tag: count same-named elements opened and closed after it.
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, "gi");
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf(">", match.index) + 1);
  }
  return html.slice(start);
}

/**
 * What Pagefind is given of an article page: its indexed region alone, in a document of the page's
 * language. Pagefind reads nothing outside data-pagefind-body but the language, so it builds the same
 * index from this as from the whole page, a fifth faster (it parses a third of the HTML).
 */
export function indexedDocument(html: string): string {
  const lang = /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1];
  const open = lang === undefined ? "<html>" : `<html lang="${lang}">`;
  return `<!doctype html>${open}<body>${indexedRegion(html)}</body></html>`;
}

/**
 * When an indexed region's article was published, as its date sort key gives it
 * (`data-pagefind-sort="date:2026-05-04T13:00:00.000Z"`, UTC); "" for a region without one.
 */
export function regionDate(region: string): string {
  return /\sdata-pagefind-sort="date:([^"]*)"/.exec(region)?.[1] ?? "";
}

/** The month of a date as regionDate gives it ("2026-05"); "0000-00" for a region without a date. */
export function monthOf(date: string): string {
  return /^\d{4}-\d{2}/.exec(date)?.[0] ?? "0000-00";
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The filter values an indexed region gives its page, as Pagefind reads them from
 * `data-pagefind-filter="name:value"` attributes (the only form our pages use; in a tag, never in
 * text that quotes one), each once:
 * the whole archive's filter counts are these added up, without opening any index.
 */
export function regionFilters(region: string): string[] {
  const filters = new Set<string>();
  for (const match of region.matchAll(/<[a-z][^<>]*?\sdata-pagefind-filter="([^"]*)"/gi)) {
    const filter = decodeAttribute(match[1]!);
    if (filter.indexOf(":") > 0) filters.add(filter);
  }
  return [...filters];
}
