import { defineConfig } from "vitest/config";

// Four suites: unit (src/lib, no Astro), content (builds on broken copies of
// the content), site (checks over the built dist/) and e2e (a real Chromium).
// site and e2e share one build of the demo, made by tests/support/build-once.ts.
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        test: {
          name: "content",
          include: ["tests/content/**/*.test.ts"],
          testTimeout: 120_000,
          // Several suites build their scratch site once, before their tests.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          globalSetup: ["tests/support/build-once.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/build-once.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores and Chromium wants both.
          fileParallelism: false,
          // How long a poll waits for the page to get there (loading the search indexes, giscus…);
          // a state, not a speed: speed is for `npm run bench` and `npm run lighthouse`.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
