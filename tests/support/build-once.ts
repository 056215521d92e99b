/**
 * Vitest global setup for the site and e2e suites: builds the demo into dist/
 * exactly as `npm run build` does, once per test run (both suites share it).
 * PADDOCK_SKIP_BUILD=1 reuses an existing dist/ while iterating on tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { childEnv } from "./child-env";
import { BUILD_NOW } from "./content";
import { DIST, ROOT } from "./paths";

export default function setup() {
  if (process.env.PADDOCK_SKIP_BUILD === "1" && existsSync(DIST)) return;
  if (process.env.PADDOCK_DIST_BUILT === "1") return;
  const result = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: ROOT,
    env: childEnv({ NODE_ENV: "production", PADDOCK_NOW: BUILD_NOW }),
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.PADDOCK_DIST_BUILT = "1";
}
