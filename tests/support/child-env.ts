/**
 * The environment for Astro processes started by tests. Vitest's own
 * variables must not leak: with VITEST set, `astro dev` serves no routes;
 * NODE_ENV=test, or the DEV=1 a Vitest worker mirrors from import.meta.env,
 * makes `astro build` include drafts and scheduled posts.
 */
const VITEST_ONLY = new Set(["NODE_ENV", "TEST", "DEV", "PROD", "SSR", "MODE", "BASE_URL"]);

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && !VITEST_ONLY.has(key)) env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...extra };
}
