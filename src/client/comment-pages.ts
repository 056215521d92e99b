// A link to #comment-<id> whose comment is on another page of the archived thread (an old site's
// link, Recent Comments from before the thread was paged, a reader's bookmark) goes to that page.
import type { CommentPagesMap } from "../site/comment-pages";

const nav = document.querySelector<HTMLElement>("[data-comment-map]");

async function follow() {
  const id = /^#(comment-[^/]+)$/.exec(location.hash)?.[1];
  if (!nav || !id || document.getElementById(id)) return;
  const response = await fetch(nav.dataset.commentMap!);
  if (!response.ok) return;
  const map = (await response.json()) as CommentPagesMap;
  const wanted = id.slice("comment-".length);
  const page = map.pages.find((candidate) => candidate.comments.includes(wanted));
  if (!page) return;
  // Only ever a page of this site.
  const target = new URL(page.path, location.href);
  if (target.origin === location.origin && target.pathname !== location.pathname) {
    location.replace(`${target.pathname}${location.hash}`);
  }
}

void follow();
addEventListener("hashchange", () => void follow());
