/**
 * Before a build, refreshes the comments snapshot when GITHUB_TOKEN is set.
 * Without a token, or when GitHub cannot be reached, the build uses the last
 * snapshot and says so in one line; it never fails for that.
 */
import type { AstroIntegration } from "astro";
import { SNAPSHOT_FILE } from "../lib/comments/snapshot";
import { syncSnapshot } from "../lib/tools/comments-sync/sync-snapshot";
import type { CommentsConfig } from "../lib/config";

export function commentsSync(settings: CommentsConfig): AstroIntegration {
  return {
    name: "paddock:comments",
    hooks: {
      "astro:build:start": async ({ logger }) => {
        try {
          const outcome = await syncSnapshot(settings, SNAPSHOT_FILE, process.env, { maxWaitMs: 60_000 });
          if (outcome.kind === "skipped") logger.info(outcome.reason);
          else logger.info(`synced ${outcome.comments} comments in ${outcome.discussions} discussions`);
        } catch (error) {
          logger.warn(`could not sync comments (${(error as Error).message}); using the last snapshot`);
        }
      },
    },
  };
}
