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
