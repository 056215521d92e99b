/**
 * A long archived thread in pages, as WordPress pages one: the article carries the first
 * `perPage` top-level comments with their replies, and the rest follow at
 * <permalink>comment-page-2/, comment-page-3/… (WordPress's own addresses, so links into the old
 * site's comment pages keep working). A page also stops before its comments would pass `maxBytes`
 * of HTML, so that a page of long conversations stays within the page budget; a single top-level
 * conversation longer than that is itself split, each later part repeating the comments it
 * continues for context.
 */
import type { Thread, ThreadNode } from "./archive";

export interface CommentPage {
  /** 1 is the article itself. */
  number: number;
  nodes: ThreadNode[];
}

/** What a comment adds to a page besides its text: the markup of src/components/ArchivedCommentThread.astro. */
const MARKUP_BYTES = 700;

const weight = (node: ThreadNode) => node.comment.html.length + MARKUP_BYTES;

/** About the bytes of HTML this part of a thread makes, context copies included. */
function size(nodes: readonly ThreadNode[]): number {
  return nodes.reduce((sum, node) => sum + weight(node) + size(node.replies), 0);
}

/**
 * A top-level conversation of more than `max` bytes as parts of about `max` bytes or less (but at
 * least one comment each), in reading order; each later part starts with copies of the comments its
 * first reply answers (marked `context`, without their other replies).
 */
function splitThread(root: ThreadNode, max: number): ThreadNode[] {
  const order: { node: ThreadNode; path: ThreadNode[] }[] = [];
  const walk = (node: ThreadNode, path: ThreadNode[]) => {
    order.push({ node, path });
    for (const reply of node.replies) walk(reply, [...path, node]);
  };
  walk(root, []);
  const parts: ThreadNode[] = [];
  // Reading order puts a comment after the comments it answers: a parent is copied before its replies.
  let copies = new Map<ThreadNode, ThreadNode>();
  let bytes = 0;
  const copy = (node: ThreadNode, parent: ThreadNode | undefined, context: boolean) => {
    if (copies.has(node)) return;
    const part: ThreadNode = { ...node, replies: [], ...(context ? { context } : {}) };
    copies.set(node, part);
    bytes += weight(node);
    if (parent) copies.get(parent)!.replies.push(part);
  };
  for (const { node, path } of order) {
    if (copies.size > 0 && bytes + weight(node) > max) {
      parts.push(copies.get(root)!);
      copies = new Map();
      bytes = 0;
    }
    path.forEach((ancestor, depth) => copy(ancestor, path[depth - 1], true));
    copy(node, path.at(-1), false);
  }
  parts.push(copies.get(root)!);
  return parts;
}

/**
 * The thread's pages: at most `perPage` top-level comments each (WordPress's "comments per page"
 * counts only those) and about `maxBytes` of comments' HTML.
 */
export function commentPages(thread: Thread, perPage: number, maxBytes: number): CommentPage[] {
  const pages: ThreadNode[][] = [[]];
  let topLevel = 0;
  let bytes = 0;
  for (const node of thread.nodes) {
    const parts = size([node]) > maxBytes ? splitThread(node, maxBytes) : [node];
    for (const part of parts) {
      const partBytes = size([part]);
      if (pages.at(-1)!.length > 0 && (topLevel === perPage || bytes + partBytes > maxBytes)) {
        pages.push([]);
        topLevel = 0;
        bytes = 0;
      }
      pages.at(-1)!.push(part);
      topLevel += 1;
      bytes += partBytes;
    }
  }
  return pages.map((nodes, i) => ({ number: i + 1, nodes }));
}

/** Where page `number` of a post's comments lives: the article for page 1, then WordPress's addresses. */
export function commentPagePath(permalink: string, number: number): string {
  return number <= 1 ? permalink : `${permalink}comment-page-${number}/`;
}

/** Where the map of a post's comment pages is served (src/client/comment-pages.ts follows it). */
export const commentMapPath = (permalink: string) => `${permalink}comment-pages.json`;

/** The ids of the comments a page shows, in reading order, context copies left out. */
export function commentIds(page: CommentPage): string[] {
  const ids: string[] = [];
  const visit = (nodes: readonly ThreadNode[]) => {
    for (const node of nodes) {
      if (!node.context) ids.push(node.comment.id);
      visit(node.replies);
    }
  };
  visit(page.nodes);
  return ids;
}

/** Comment id → the page that shows it (not as context). */
export function commentPageOf(pages: readonly CommentPage[]): Map<string, number> {
  return new Map(pages.flatMap((page) => commentIds(page).map((id) => [id, page.number] as const)));
}
