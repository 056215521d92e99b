// Every page's sidebar is one file, /sidebar/, built once per build: a new story or comment shows in
// "Latest stories" and "Recent comments" on every page at once, and 60,000 pages do not each carry
// (and re-render for) the same 7 KB. Without JavaScript, or if the fetch fails, the page keeps the
// links its placeholder holds.

const slot = document.querySelector<HTMLElement>("[data-sidebar]");

async function fill(slot: HTMLElement) {
  // Only ever a file of this site.
  const source = new URL(slot.dataset.sidebar!, location.href);
  if (source.origin !== location.origin) return;
  const response = await fetch(source);
  if (!response.ok) return;
  const fragment = new DOMParser().parseFromString(await response.text(), "text/html");
  const sidebar = fragment.querySelector("aside.sidebar");
  if (sidebar) slot.replaceWith(document.importNode(sidebar, true));
}

if (slot) fill(slot).catch(() => {});
