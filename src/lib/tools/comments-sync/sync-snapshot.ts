/**
 * Refreshes the committed comments snapshot from GitHub. The new snapshot is
 * written to a temporary file and renamed over the old one only when the whole
 * sync succeeded, so a failed or interrupted sync never damages it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { CommentsConfig } from "../../config";
import { fetchCommentsSnapshot, type SyncOptions } from "./github-sync";
import { parseSnapshot } from "../../comments/snapshot";

export const GITHUB_GRAPHQL = "https://api.github.com/graphql";

export type SyncOutcome =
  { kind: "synced"; discussions: number; comments: number } | { kind: "skipped"; reason: string };

export async function syncSnapshot(
  settings: CommentsConfig,
  file: string,
  env: Record<string, string | undefined>,
  overrides: Partial<SyncOptions> = {},
): Promise<SyncOutcome> {
  const previous = existsSync(file) ? parseSnapshot(readFileSync(file, "utf8"), file) : undefined;
  const since = previous?.syncedAt ? ` (last synced ${previous.syncedAt})` : "";
  if (!env.GITHUB_TOKEN)
    return { kind: "skipped", reason: `no GITHUB_TOKEN; using the last comments snapshot${since}` };
  if (!settings.repo || !settings.categoryId) {
    return { kind: "skipped", reason: "comments.repo and comments.categoryId are not set in paddock.config.ts" };
  }
  const snapshot = await fetchCommentsSnapshot({
    endpoint: env.GITHUB_GRAPHQL_URL ?? GITHUB_GRAPHQL,
    token: env.GITHUB_TOKEN,
    repo: settings.repo,
    categoryId: settings.categoryId,
    ...overrides,
  });
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
  renameSync(temporary, file);
  return {
    kind: "synced",
    discussions: Object.keys(snapshot.totals).length,
    comments: Object.values(snapshot.totals).reduce((sum, n) => sum + n, 0),
  };
}
