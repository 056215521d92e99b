/** The GitHub Actions workflows run what the README promises (they cannot run here: no network). */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      permissions?: Record<string, string>;
      steps: { run?: string; uses?: string; with?: Record<string, string> }[];
    }
  >;
};
const read = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;

describe("workflows", () => {
  it("test every pull request with the README's test command", () => {
    const test = read("test.yml");
    expect(test.on).toHaveProperty("pull_request");
    expect(test.jobs.test!.steps.map((step) => step.run).filter(Boolean)).toEqual(["npm ci", "npm test"]);
  });

  it("deploy on main, by hand and hourly, only after the tests pass, keeping the build caches", () => {
    const deploy = read("deploy.yml");
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(deploy.on.schedule).toEqual([{ cron: "7 * * * *" }]);
    expect(deploy.jobs.build!.needs).toBe("test");
    expect(deploy.jobs.deploy!.needs).toBe("build");
    const steps = deploy.jobs.build!.steps;
    const cache = steps.find((step) => step.uses?.startsWith("actions/cache"))!;
    expect(cache.with?.path).toBe("node_modules/.astro");
    expect(cache.with?.key).not.toContain("run_id");
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(["npm ci", "npm run build"]);
    expect(steps.at(-1)?.with?.path).toBe("dist");
  });

  it("give write access to Pages only to the job that deploys", () => {
    const deploy = read("deploy.yml");
    expect(deploy.permissions).toEqual({ contents: "read" });
    expect(deploy.jobs.build!.permissions).not.toHaveProperty("pages");
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
  });
});
