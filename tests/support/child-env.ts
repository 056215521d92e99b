/**
 * The environment for Astro processes started by tests. Vitest's own
 * variables must not leak: with VITEST set, `astro dev` serves no routes, and
 * NODE_ENV=test makes `astro build` build in development mode.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST") env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...extra };
}
