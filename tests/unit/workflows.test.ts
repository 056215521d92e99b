/** The GitHub Actions workflows run what the README promises (they cannot run here: no network). */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
};
const read = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;

describe("workflows", () => {
  it("test every pull request with the README's test command", () => {
    const test = read("test.yml");
    expect(test.on).toHaveProperty("pull_request");
    expect(test.jobs.test!.steps.map((step) => step.run).filter(Boolean)).toEqual(["npm install", "npm test"]);
  });

  it("deploy on main, by hand and hourly, keeping the build caches between runs", () => {
    const deploy = read("deploy.yml");
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(deploy.on.schedule).toEqual([{ cron: "7 * * * *" }]);
    const steps = deploy.jobs.build!.steps;
    expect(steps.find((step) => step.uses?.startsWith("actions/cache"))?.with?.path).toBe("node_modules/.astro");
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(["npm install", "npm run build"]);
    expect(steps.at(-1)?.with?.path).toBe("dist");
  });
});
