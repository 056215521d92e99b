// npm run comments:sync — refresh src/data/comments-snapshot.json from GitHub Discussions.
// Needs GITHUB_TOKEN (read access to the repository's discussions).
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { SNAPSHOT_FILE } from "../src/lib/comments/snapshot";
import { syncSnapshot } from "../src/lib/tools/comments-sync/sync-snapshot";

const config = resolveConfig(userConfig);
try {
  const outcome = await syncSnapshot(config.comments, SNAPSHOT_FILE, process.env);
  if (outcome.kind === "skipped") {
    console.error(`comments:sync: nothing done: ${outcome.reason}`);
    process.exitCode = 1;
  } else {
    console.log(`comments:sync: ${outcome.comments} comments in ${outcome.discussions} discussions → ${SNAPSHOT_FILE}`);
  }
} catch (error) {
  console.error(`comments:sync failed, ${SNAPSHOT_FILE} is unchanged: ${(error as Error).message}`);
  process.exitCode = 1;
}
