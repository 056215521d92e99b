/**
 * The comments snapshot: what `npm run comments:sync` learned from GitHub
 * Discussions, committed to the repo so every build (even offline) shows
 * comment counts and Recent Comments. Discussions are keyed by the SHA-1 of
 * the post's comments key, the same hash giscus writes into a discussion in
 * strict mode, so the sync needs no knowledge of the posts.
 */
import { createHash } from "node:crypto";

export interface SnapshotComment {
  /** giscus hash of the post's comments key. */
  hash: string;
  author: string;
  avatarUrl: string;
  /** The first words, as plain text. */
  excerpt: string;
  createdAt: string;
  /** The comment on GitHub. */
  url: string;
}

export interface CommentsSnapshot {
  version: 1;
  syncedAt: string;
  repo: string;
  /** hash → comments plus replies in that discussion. */
  totals: Record<string, number>;
  /** Newest first. */
  recent: SnapshotComment[];
}

/** Where the snapshot lives, relative to the project root; it is committed with the content. */
export const SNAPSHOT_FILE = "src/data/comments-snapshot.json";

export const EMPTY_SNAPSHOT: CommentsSnapshot = { version: 1, syncedAt: "", repo: "", totals: {}, recent: [] };

/** The hash giscus puts in a discussion's body (`<!-- sha1: … -->`) for a strict-mode term. */
export function giscusHash(term: string): string {
  return createHash("sha1").update(term).digest("hex");
}

const isString = (value: unknown): value is string => typeof value === "string";

/** Reads a snapshot file's text; a damaged file is an error naming what is wrong, never silently empty. */
export function parseSnapshot(text: string, file: string): CommentsSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file} is not valid JSON (${(error as Error).message}); run npm run comments:sync or restore it from git`,
      { cause: error },
    );
  }
  const snapshot = data as Partial<CommentsSnapshot>;
  const problems: string[] = [];
  if (snapshot.version !== 1) problems.push(`"version" should be 1`);
  if (!snapshot.totals || typeof snapshot.totals !== "object") problems.push(`"totals" should be an object of counts`);
  else if (Object.values(snapshot.totals).some((n) => !Number.isInteger(n) || n < 0)) {
    problems.push(`"totals" should hold whole numbers`);
  }
  if (!Array.isArray(snapshot.recent)) problems.push(`"recent" should be a list`);
  else if (!snapshot.recent.every((c) => c && [c.hash, c.author, c.excerpt, c.createdAt, c.url].every(isString))) {
    problems.push(`every "recent" entry needs hash, author, excerpt, createdAt and url`);
  }
  if (problems.length > 0) throw new Error(`${file} is not a comments snapshot: ${problems.join("; ")}`);
  return snapshot as CommentsSnapshot;
}
