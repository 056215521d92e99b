/**
 * The comments sync against GitHub's GraphQL API. GitHub is another host, so
 * it is stubbed: a local HTTP server answers in the response shapes of
 * api.github.com/graphql. The queries themselves are checked against GitHub's
 * published schema (@octokit/graphql-schema).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate } from "@octokit/graphql-schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DISCUSSIONS_QUERY, MORE_COMMENTS_QUERY } from "../../src/lib/tools/comments-sync/github-sync";
import { giscusHash } from "../../src/lib/comments/snapshot";
import { syncSnapshot } from "../../src/lib/tools/comments-sync/sync-snapshot";

const KEY_A = "/2026/09/hyundai-georgia-hybrid-line/";
const KEY_B = "/2012/04/lexus-to-build-cars-in-north-america-and-china/";

function comment(n: number, replies = 0) {
  return {
    url: `https://github.com/o/r/discussions/1#discussioncomment-${n}`,
    createdAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    bodyText: `Comment number ${n} has quite a few words in it to be cut short for the sidebar`,
    author: { login: `user${n}`, avatarUrl: `https://avatars.example/${n}` },
    replies: { totalCount: replies, nodes: [] },
  };
}

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

type Handler = (call: Call, res: ServerResponse) => void;

let server: Server;
let endpoint: string;
let calls: Call[];
let handle: Handler;

beforeEach(async () => {
  calls = [];
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const call = JSON.parse(body) as Call;
      calls.push(call);
      handle(call, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const json = (res: ServerResponse, data: unknown, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(data));
};
const rateLimit = { remaining: 4990, resetAt: "2026-11-21T13:00:00Z" };

/** Two pages of discussions; the first discussion has 130 comments, so its comments need a second page too. */
const github: Handler = (call, res) => {
  if (call.query.includes("PaddockMoreComments")) {
    const more = Array.from({ length: 30 }, (_, i) => comment(200 + i));
    json(res, {
      data: { rateLimit, node: { comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: more } } },
    });
    return;
  }
  const page = call.variables.after === "cursor-2" ? 2 : 1;
  const discussions =
    page === 1
      ? [
          {
            id: "D_1",
            body: `Comments for the Hyundai story\n\n<!-- sha1: ${giscusHash(KEY_A)} -->`,
            comments: {
              totalCount: 130,
              pageInfo: { hasNextPage: true, endCursor: "c-100" },
              nodes: Array.from({ length: 100 }, (_, i) => comment(i, i === 0 ? 3 : 0)),
            },
          },
          {
            id: "D_2",
            body: "An ordinary discussion, not made by giscus",
            comments: { totalCount: 5, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
          },
        ]
      : [
          {
            id: "D_3",
            body: `<!-- sha1: ${giscusHash(KEY_B)} -->`,
            comments: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [comment(999)] },
          },
        ];
  json(res, {
    data: {
      rateLimit,
      repository: {
        discussions: {
          pageInfo: { hasNextPage: page === 1, endCursor: page === 1 ? "cursor-2" : null },
          nodes: discussions,
        },
      },
    },
  });
};

const settings = { repo: "paddock-demo/comments", categoryId: "DIC_1" };
const noWait = async () => {};

function snapshotFile(content?: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "paddock-sync-")), "comments-snapshot.json");
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

describe("GraphQL queries", () => {
  it("are valid against GitHub's published schema", () => {
    expect(validate(DISCUSSIONS_QUERY)).toEqual([]);
    expect(validate(MORE_COMMENTS_QUERY)).toEqual([]);
  });
});

describe("comments sync", () => {
  it("reads every page of discussions and comments and writes per-post totals and recent comments", async () => {
    handle = github;
    const file = snapshotFile();
    const outcome = await syncSnapshot(
      settings,
      file,
      { GITHUB_TOKEN: "t", GITHUB_GRAPHQL_URL: endpoint },
      { sleep: noWait },
    );
    expect(outcome).toEqual({ kind: "synced", discussions: 2, comments: 134 });
    const snapshot = JSON.parse(readFileSync(file, "utf8"));
    // 130 comments + 3 replies on the first, 1 on the other; the non-giscus discussion is ignored.
    expect(snapshot.totals).toEqual({ [giscusHash(KEY_A)]: 133, [giscusHash(KEY_B)]: 1 });
    expect(snapshot.recent).toHaveLength(10);
    expect(snapshot.recent[0]).toMatchObject({ hash: giscusHash(KEY_B), author: "user999" });
    expect(snapshot.recent[1].excerpt).toBe("Comment number 229 has quite a few words in it to be…");
    expect(
      calls.map((c) => [c.query.includes("PaddockMoreComments") ? "more" : "page", c.variables.after ?? null]),
    ).toEqual([
      ["page", null],
      ["more", "c-100"],
      ["page", "cursor-2"],
    ]);
    expect(calls[0]!.variables).toMatchObject({ owner: "paddock-demo", name: "comments", categoryId: "DIC_1" });
  });

  it("waits out a rate-limit answer and carries on", async () => {
    let limited = true;
    handle = (call, res) => {
      if (limited) {
        limited = false;
        json(res, { message: "API rate limit exceeded" }, 403, { "x-ratelimit-remaining": "0", "retry-after": "7" });
        return;
      }
      github(call, res);
    };
    const waits: number[] = [];
    const file = snapshotFile();
    const outcome = await syncSnapshot(
      settings,
      file,
      { GITHUB_TOKEN: "t", GITHUB_GRAPHQL_URL: endpoint },
      {
        sleep: async (ms) => void waits.push(ms),
      },
    );
    expect(waits).toEqual([7000]);
    expect(outcome.kind).toBe("synced");
  });

  it("gives up with a clear error when the wait would exceed its budget, keeping the old snapshot", async () => {
    handle = (_call, res) => json(res, { message: "limited" }, 429, { "retry-after": "3600" });
    const old = '{"version":1,"syncedAt":"2026-11-01T00:00:00Z","repo":"o/r","totals":{},"recent":[]}\n';
    const file = snapshotFile(old);
    await expect(
      syncSnapshot(
        settings,
        file,
        { GITHUB_TOKEN: "t", GITHUB_GRAPHQL_URL: endpoint },
        { sleep: noWait, maxWaitMs: 60_000 },
      ),
    ).rejects.toThrow(/rate limit needs a 3600 s wait/);
    expect(readFileSync(file, "utf8")).toBe(old);
  });

  it.each([
    [
      "a list that is not a list",
      { data: { rateLimit, repository: { discussions: { nodes: "oops" } } } },
      /no discussions list/,
    ],
    ["an answer that is not JSON", "<html>502 Bad Gateway</html>", /not JSON/],
    [
      "GraphQL errors",
      { errors: [{ message: "Could not resolve to a Repository" }] },
      /GitHub reported: Could not resolve/,
    ],
    [
      "a comment missing fields",
      {
        data: {
          rateLimit,
          repository: {
            discussions: {
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [
                {
                  id: "D",
                  body: `<!-- sha1: ${giscusHash(KEY_A)} -->`,
                  comments: { pageInfo: { hasNextPage: false }, nodes: [{ url: 1 }] },
                },
              ],
            },
          },
        },
      },
      /comment without url/,
    ],
  ])("refuses %s with a clear error and leaves the old snapshot intact", async (_name, answer, message) => {
    handle = (_call, res) => {
      if (typeof answer === "string") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(answer);
      } else json(res, answer);
    };
    const old = '{"version":1,"syncedAt":"2026-11-01T00:00:00Z","repo":"o/r","totals":{"x":1},"recent":[]}\n';
    const file = snapshotFile(old);
    await expect(
      syncSnapshot(settings, file, { GITHUB_TOKEN: "t", GITHUB_GRAPHQL_URL: endpoint }, { sleep: noWait }),
    ).rejects.toThrow(message);
    expect(readFileSync(file, "utf8")).toBe(old);
  });

  it("without a token does nothing and says which snapshot the build will use", async () => {
    const file = snapshotFile('{"version":1,"syncedAt":"2026-11-01T00:00:00Z","repo":"o/r","totals":{},"recent":[]}');
    expect(await syncSnapshot(settings, file, {})).toEqual({
      kind: "skipped",
      reason: "no GITHUB_TOKEN; using the last comments snapshot (last synced 2026-11-01T00:00:00Z)",
    });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
