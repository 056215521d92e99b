/**
 * Reads a GitHub Discussions category through the GraphQL API and turns it
 * into a comments snapshot: every page of discussions (100+ comments per
 * discussion included), waiting out rate limits within a budget, and
 * refusing responses that do not have GitHub's shape.
 */
import { firstWords } from "../../comments/archive";
import type { CommentsSnapshot, SnapshotComment } from "../../comments/snapshot";

/** What is read of each comment: enough for counts (replies.totalCount) and Recent Comments. */
const COMMENT_FRAGMENT = /* GraphQL */ `
  fragment PaddockComment on DiscussionComment {
    url
    createdAt
    bodyText
    author {
      login
      avatarUrl
    }
    replies(last: 20) {
      totalCount
      nodes {
        url
        createdAt
        bodyText
        author {
          login
          avatarUrl
        }
      }
    }
  }
`;

export const DISCUSSIONS_QUERY = /* GraphQL */ `
  query PaddockDiscussions($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
    rateLimit {
      remaining
      resetAt
    }
    repository(owner: $owner, name: $name) {
      discussions(first: 50, after: $after, categoryId: $categoryId) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          body
          comments(first: 100) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...PaddockComment
            }
          }
        }
      }
    }
  }
  ${COMMENT_FRAGMENT}
`;

export const MORE_COMMENTS_QUERY = /* GraphQL */ `
  query PaddockMoreComments($id: ID!, $after: String) {
    rateLimit {
      remaining
      resetAt
    }
    node(id: $id) {
      ... on Discussion {
        comments(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...PaddockComment
          }
        }
      }
    }
  }
  ${COMMENT_FRAGMENT}
`;

interface Author {
  login: string;
  avatarUrl: string;
}
interface Reply {
  url: string;
  createdAt: string;
  bodyText: string;
  author: Author | null;
}
interface Comment extends Reply {
  replies: { totalCount: number; nodes: Reply[] };
}
interface CommentPage {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Comment[];
}

export interface SyncOptions {
  endpoint: string;
  token: string;
  /** "owner/name" */
  repo: string;
  categoryId: string;
  /** How many recent comments to keep. */
  recent?: number;
  /** Longest total time to wait for rate limits before giving up. */
  maxWaitMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

export class SyncError extends Error {
  override name = "SyncError";
}

const HASH_IN_BODY = /<!--\s*sha1:\s*([0-9a-f]{40})\s*-->/;

export async function fetchCommentsSnapshot(options: SyncOptions): Promise<CommentsSnapshot> {
  const [owner, name] = options.repo.split("/");
  if (!owner || !name) throw new SyncError(`comments.repo must be "owner/name" (got "${options.repo}")`);
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  let waitBudget = options.maxWaitMs ?? 15 * 60_000;

  const wait = async (ms: number, why: string) => {
    if (ms > waitBudget)
      throw new SyncError(`GitHub's rate limit needs a ${Math.ceil(ms / 1000)} s wait (${why}); try again later`);
    waitBudget -= ms;
    await sleep(ms);
  };

  async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(options.endpoint, {
          method: "POST",
          headers: {
            authorization: `bearer ${options.token}`,
            "content-type": "application/json",
            "user-agent": "paddock-comments-sync",
          },
          body: JSON.stringify({ query: text, variables }),
        });
      } catch (error) {
        throw new SyncError(`could not reach ${options.endpoint}: ${(error as Error).message}`);
      }
      const limited =
        response.status === 429 || (response.status === 403 && response.headers.get("x-ratelimit-remaining") === "0");
      const secondary = response.status === 403 && response.headers.has("retry-after");
      if ((limited || secondary) && attempt <= 5) {
        const retryAfter = Number(response.headers.get("retry-after"));
        const reset = Number(response.headers.get("x-ratelimit-reset")) * 1000;
        const ms = retryAfter > 0 ? retryAfter * 1000 : reset > 0 ? Math.max(0, reset - Date.now()) : 60_000;
        await wait(ms, `HTTP ${response.status}`);
        continue;
      }
      if (response.status === 401) throw new SyncError("GitHub refused the token (HTTP 401); check GITHUB_TOKEN");
      if (!response.ok) throw new SyncError(`GitHub answered HTTP ${response.status} ${response.statusText}`);
      let payload: {
        data?: T & { rateLimit?: { remaining: number; resetAt: string } };
        errors?: { message: string }[];
      };
      try {
        payload = (await response.json()) as typeof payload;
      } catch {
        throw new SyncError("GitHub's answer was not JSON");
      }
      if (payload.errors?.length)
        throw new SyncError(`GitHub reported: ${payload.errors.map((e) => e.message).join("; ")}`);
      if (!payload.data) throw new SyncError("GitHub's answer had no data");
      const rateLimit = payload.data.rateLimit;
      // Pause before the next page rather than be cut off in the middle of one.
      if (rateLimit && rateLimit.remaining < 10) {
        await wait(Math.max(0, Date.parse(rateLimit.resetAt) - Date.now()), "points nearly used up");
      }
      return payload.data;
    }
  }

  const totals: Record<string, number> = {};
  const recent: SnapshotComment[] = [];
  const collect = (hash: string, comments: Comment[]) => {
    let count = 0;
    for (const comment of comments) {
      if (!isComment(comment)) throw new SyncError("GitHub's answer had a comment without url, createdAt or replies");
      count += 1 + comment.replies.totalCount;
      for (const item of [comment, ...comment.replies.nodes]) {
        recent.push({
          hash,
          author: item.author?.login ?? "ghost",
          avatarUrl: item.author?.avatarUrl ?? "",
          excerpt: firstWords(item.bodyText),
          createdAt: item.createdAt,
          url: item.url,
        });
      }
    }
    return count;
  };

  let after: string | null = null;
  do {
    type Page = {
      repository: {
        discussions: {
          pageInfo: CommentPage["pageInfo"];
          nodes: { id: string; body: string; comments: CommentPage }[];
        };
      } | null;
    };
    const data: Page = await query<Page>(DISCUSSIONS_QUERY, { owner, name, categoryId: options.categoryId, after });
    if (!data.repository) throw new SyncError(`GitHub has no repository ${options.repo} that this token can read`);
    const discussions = data.repository.discussions;
    if (!discussions || !Array.isArray(discussions.nodes) || !discussions.pageInfo) {
      throw new SyncError("GitHub's answer had no discussions list");
    }
    for (const discussion of discussions.nodes) {
      const hash = HASH_IN_BODY.exec(discussion.body ?? "")?.[1];
      // Not a giscus strict-mode discussion: nothing on the site points at it.
      if (!hash) continue;
      let page = discussion.comments;
      if (!page || !Array.isArray(page.nodes)) throw new SyncError("GitHub's answer had a discussion without comments");
      let count = collect(hash, page.nodes);
      while (page.pageInfo.hasNextPage) {
        type More = { node: { comments: CommentPage } | null };
        const more: More = await query<More>(MORE_COMMENTS_QUERY, {
          id: discussion.id,
          after: page.pageInfo.endCursor,
        });
        if (!more.node?.comments) throw new SyncError("GitHub's answer had no further comments");
        page = more.node.comments;
        count += collect(hash, page.nodes);
      }
      totals[hash] = (totals[hash] ?? 0) + count;
    }
    after = discussions.pageInfo.hasNextPage ? discussions.pageInfo.endCursor : null;
  } while (after);

  recent.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return {
    version: 1,
    syncedAt: (options.now?.() ?? new Date()).toISOString(),
    repo: options.repo,
    totals,
    recent: recent.slice(0, options.recent ?? 10),
  };
}

function isComment(value: Comment): boolean {
  return (
    typeof value?.url === "string" &&
    typeof value.createdAt === "string" &&
    typeof value.bodyText === "string" &&
    typeof value.replies?.totalCount === "number" &&
    Array.isArray(value.replies.nodes)
  );
}
