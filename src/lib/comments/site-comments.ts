/**
 * Comments across the site, computed once per build: each post's count
 * (archived comments plus the live count from the snapshot), the pages of
 * its archived thread, and the Recent Comments list, which merges both by date.
 */
import type { Post } from "../content/posts";
import { firstWords, htmlToText, type Thread, type ThreadNode } from "./archive";
import { commentPageOf, commentPagePath, commentPages, type CommentPage } from "./comment-pages";
import { giscusHash, type CommentsSnapshot } from "./snapshot";

export interface RecentComment {
  author: string;
  excerpt: string;
  date: Date;
  postTitle: string;
  /** Site-relative link to the comment on its post. */
  href: string;
}

/**
 * Most bytes of comments' HTML on one page of a thread: with the rest of the page (about 35 KB),
 * a comment page stays within the 200 KB a page may be. 1,500 imported comments made a 1.9 MB page.
 */
export const COMMENT_PAGE_BYTES = 150 * 1024;

export interface CommentsIndex {
  archived(post: Post): Thread | undefined;
  /** The archived thread in pages (src/lib/comments/comment-pages.ts); empty without one. */
  pages(post: Post): CommentPage[];
  /** Archived plus live comments known at build time. */
  count(post: Post): number;
  recent: RecentComment[];
}

function* walk(nodes: ThreadNode[]): Generator<ThreadNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.replies);
  }
}

export function buildCommentsIndex(
  posts: readonly Post[],
  archives: ReadonlyMap<string, Thread>,
  snapshot: CommentsSnapshot,
  { perPage, recentCount = 5 }: { perPage: number; recentCount?: number },
): CommentsIndex {
  type Paged = { pages: CommentPage[]; pageOf: Map<string, number> };
  // Most posts have no archived thread: they share one empty answer.
  const none: Paged = { pages: [], pageOf: new Map() };
  const paged = new Map<string, Paged>();
  const pagesOf = (post: Post): Paged => {
    const thread = archives.get(post.id);
    if (!thread) return none;
    let known = paged.get(post.id);
    if (!known) {
      const pages = commentPages(thread, perPage, COMMENT_PAGE_BYTES);
      known = { pages, pageOf: commentPageOf(pages) };
      paged.set(post.id, known);
    }
    return known;
  };
  const byHash = new Map(posts.map((post) => [giscusHash(post.commentsKey), post]));
  const liveCount = new Map([...byHash].map(([hash, post]) => [post.id, snapshot.totals[hash] ?? 0]));
  const recent: (Omit<RecentComment, "excerpt" | "href"> & { excerpt: () => string; href: () => string })[] = [];
  for (const live of snapshot.recent) {
    const post = byHash.get(live.hash);
    // A discussion for a post that is gone, a draft or scheduled: nothing to link to.
    if (!post) continue;
    recent.push({
      author: live.author,
      excerpt: () => live.excerpt,
      date: new Date(live.createdAt),
      postTitle: post.title,
      href: () => `${post.permalink}#comments`,
    });
  }
  for (const post of posts) {
    const thread = archives.get(post.id);
    if (!thread) continue;
    for (const { comment } of walk(thread.nodes)) {
      recent.push({
        author: comment.author,
        // Only the few comments shown get their text extracted: an archive has hundreds of thousands.
        excerpt: () => firstWords(htmlToText(comment.html)),
        date: comment.date,
        postTitle: post.title,
        // On the comment page that shows it: worked out for the few comments shown.
        href: () =>
          `${commentPagePath(post.permalink, pagesOf(post).pageOf.get(comment.id) ?? 1)}#comment-${comment.id}`,
      });
    }
  }
  recent.sort((a, b) => b.date.getTime() - a.date.getTime());
  return {
    archived: (post) => archives.get(post.id),
    pages: (post) => pagesOf(post).pages,
    count: (post) => (archives.get(post.id)?.count ?? 0) + (liveCount.get(post.id) ?? 0),
    recent: recent
      .slice(0, recentCount)
      .map((comment) => ({ ...comment, excerpt: comment.excerpt(), href: comment.href() })),
  };
}
