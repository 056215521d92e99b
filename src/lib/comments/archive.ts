/**
 * Archived comments: a read-only thread carried over from an old site (the
 * WordPress importer writes it) or written by hand, kept beside its post as
 * <post>.comments.json. Threads nest at most MAX_DEPTH levels; deeper replies
 * join the deepest level, in date order, under their level-2 ancestor.
 */
import { parse } from "node-html-parser";
import sanitizeHtml from "sanitize-html";

export const MAX_DEPTH = 3;

export interface ArchivedComment {
  id: string;
  /** The id of the comment this replies to, if any. */
  parent?: string | undefined;
  author: string;
  /** The commenter's website as the file states it: untrusted, shown only through `ThreadNode.authorLink`. */
  authorUrl?: string | undefined;
  date: Date;
  /** HTML as the old site stored it; sanitised before it is shown. */
  html: string;
  votes: number;
}

export interface ThreadNode {
  comment: ArchivedComment;
  /** The commenter's website as a link, if it is an http(s) URL. */
  authorLink?: string | undefined;
  /** 1 for top-level comments. */
  depth: number;
  replies: ThreadNode[];
  /** A copy shown again above the replies that continue it on a later comment page. */
  context?: boolean;
}

export interface Thread {
  nodes: ThreadNode[];
  count: number;
  /** Human-readable problems that do not stop the build. */
  warnings: string[];
}

/** Oldest first at every level, like the comments on the page they came from. */
const byDate = (a: ThreadNode, b: ThreadNode) =>
  a.comment.date.getTime() - b.comment.date.getTime() || a.comment.id.localeCompare(b.comment.id);

/**
 * A commenter's website as a link readers may follow: http(s) only. `javascript:`, `data:`,
 * `vbscript:` and the like would run when clicked on hosts that send no CSP (GitHub Pages).
 */
export function commenterLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === "http:" || protocol === "https:" ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** `"javascript:alert(document.cookie)…"`: enough of a value to find it in the file, never a whole payload. */
const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function buildThread(comments: readonly ArchivedComment[], file: string): Thread {
  const warnings: string[] = [];
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) {
    if (nodes.has(comment.id)) warnings.push(`${file}: comment "${comment.id}" appears twice; the later one is shown`);
    const authorLink = commenterLink(comment.authorUrl);
    if (comment.authorUrl !== undefined && !authorLink) {
      warnings.push(
        `${file}: comment "${comment.id}": authorUrl must be an http(s) URL (got ${quoted(comment.authorUrl)}); the name is shown without a link`,
      );
    }
    nodes.set(comment.id, { comment, authorLink, depth: 1, replies: [] });
  }
  const roots: ThreadNode[] = [];
  const parentOf = (node: ThreadNode) => (node.comment.parent ? nodes.get(node.comment.parent) : undefined);
  // A chain of replies that leads back to the comment itself cannot be drawn as a tree.
  const inCycle = (node: ThreadNode) => {
    const seen = new Set<ThreadNode>();
    for (let up = parentOf(node); up && !seen.has(up); up = parentOf(up)) {
      if (up === node) return true;
      seen.add(up);
    }
    return false;
  };
  for (const node of nodes.values()) {
    const { parent } = node.comment;
    if (!parent) {
      roots.push(node);
      continue;
    }
    const host = parentOf(node);
    if (!host) {
      warnings.push(
        `${file}: comment "${node.comment.id}" replies to "${parent}", which is not in the file; it is shown at the top level`,
      );
      roots.push(node);
      continue;
    }
    if (inCycle(node)) {
      warnings.push(`${file}: comment "${node.comment.id}" is part of a reply loop; it is shown at the top level`);
      roots.push(node);
      continue;
    }
    host.replies.push(node);
  }
  const descendants = (node: ThreadNode): ThreadNode[] =>
    node.replies.flatMap((reply) => [reply, ...descendants(reply)]);
  const place = (list: ThreadNode[], depth: number): ThreadNode[] => {
    list.sort(byDate);
    for (const node of list) {
      node.depth = depth;
      if (depth + 1 < MAX_DEPTH) {
        place(node.replies, depth + 1);
        continue;
      }
      // Replies would go deeper than MAX_DEPTH: show them all, oldest first, one level down, as WordPress does.
      node.replies = descendants(node).sort(byDate);
      for (const reply of node.replies) {
        reply.depth = MAX_DEPTH;
        reply.replies = [];
      }
    }
    return list;
  };
  return { nodes: place(roots, 1), count: nodes.size, warnings };
}

/**
 * Comment HTML as readers may see it: formatting and links only. No scripts,
 * event handlers, styles, iframes or javascript: URLs; links are marked as
 * user-generated and open nothing with access to this page.
 */
export function sanitizeCommentHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "a",
      "strong",
      "b",
      "em",
      "i",
      "u",
      "s",
      "blockquote",
      "q",
      "code",
      "pre",
      "ul",
      "ol",
      "li",
    ],
    // rel is set by the transform below, never taken from the comment.
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "nofollow ugc noopener" }),
    },
  });
}

/** The text a reader sees in comment HTML, entities decoded. */
export function htmlToText(html: string): string {
  return parse(html).structuredText;
}

/** "The plant will…": the first words of plain text, for Recent Comments. */
export function firstWords(text: string, words = 12): string {
  const all = text.replace(/\s+/g, " ").trim().split(" ");
  return all.length <= words ? all.join(" ") : `${all.slice(0, words).join(" ")}…`;
}

/** A stable colour for an initials avatar, from the name alone (no avatar service is asked). */
export function avatarHue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}
