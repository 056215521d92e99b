/**
 * The moment a build (or a command-line tool) treats as now: the clock, or
 * PADDOCK_NOW (an ISO date) to build the site as it will look at another
 * time. Plain TypeScript, so the scripts read it the same way as the build.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const override = env.PADDOCK_NOW;
  if (!override) return new Date();
  const date = new Date(override);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`PADDOCK_NOW must be an ISO date such as 2026-12-01T08:00:00Z (got "${override}")`);
  }
  return date;
}
