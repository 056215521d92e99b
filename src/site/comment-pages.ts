/**
 * The comment pages of long archived threads (src/lib/comments/comment-pages.ts): the routes of
 * src/pages/[...permalink]/comment-page-[page].astro, and of the map at
 * <article>/comment-pages.json that sends a link to #comment-<id> on the wrong page to the page
 * that shows the comment (a fragment never reaches the server, so only the page can).
 */
import { cacheKey } from "@/lib/build/cache-keys";
import { commentIds, commentPagePath, type CommentPage } from "@/lib/comments/comment-pages";
import { loadSite, type SitePost } from "./load-site";

/** `/2012/04/lexus/` → `2012/04/lexus`, the article route's parameter. */
const permalinkParam = (post: SitePost) => post.permalink.slice(1, -1);

export interface CommentPageProps {
  post: SitePost;
  page: CommentPage;
  /** Pages in the thread, the article being the first. */
  total: number;
  /** Every comment, archived and live. */
  count: number;
}

export async function commentPageRoutes() {
  const site = await loadSite();
  return site.posts.flatMap((post) => {
    const pages = site.comments.pages(post);
    const count = site.comments.count(post);
    return pages.slice(1).map((page) => ({
      params: { permalink: permalinkParam(post), page: String(page.number) },
      props: { post, page, total: pages.length, count } satisfies CommentPageProps,
      cacheKey: cacheKey([
        site.everyPageKey,
        post.permalink,
        post.title,
        site.archivedThreadHash(post),
        page.number,
        pages.length,
        count,
      ]),
    }));
  });
}

/** Each page's address and the ids of the comments it shows, for threads of more than one page. */
export interface CommentPagesMap {
  pages: { path: string; comments: string[] }[];
}

export async function commentMapRoutes() {
  const site = await loadSite();
  return site.posts.flatMap((post) => {
    const pages = site.comments.pages(post);
    if (pages.length < 2) return [];
    const map: CommentPagesMap = {
      pages: pages.map((page) => ({ path: commentPagePath(post.permalink, page.number), comments: commentIds(page) })),
    };
    return [{ params: { permalink: permalinkParam(post) }, props: { map }, cacheKey: cacheKey(map) }];
  });
}
