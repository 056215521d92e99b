/** The GitHub Actions workflows run what the README promises (they cannot run here: no network). */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

type Step = {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = {
  if?: string;
  needs?: string;
  uses?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps?: Step[];
};
type Workflow = {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

const FILES = ["test.yml", "deploy.yml"];
const text = (name: string) => readFileSync(`.github/workflows/${name}`, "utf8");
const read = (name: string) => yaml.load(text(name)) as Workflow;
const steps = (job: Job | undefined) => job?.steps ?? [];
const allSteps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap(steps);

describe("workflows", () => {
  it("test every pull request with the README's test command, and every push to main before it deploys", () => {
    const test = read("test.yml");
    expect(Object.keys(test.on).sort()).toEqual(["pull_request", "workflow_call"]);
    expect(
      steps(test.jobs.test)
        .map((step) => step.run)
        .filter(Boolean),
    ).toEqual(["npm ci", "npm test"]);
    const deploy = read("deploy.yml");
    expect(deploy.jobs.test).toEqual({ if: "github.event_name == 'push'", uses: "./.github/workflows/test.yml" });
  });

  it("deploy on main, by hand and hourly, keeping the build caches; the hourly run builds without the suite", () => {
    const deploy = read("deploy.yml");
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(deploy.on.schedule).toEqual([{ cron: "7 * * * *" }]);
    // The suite is one reusable job that runs for pushes only; building never runs tests itself.
    expect(deploy.jobs.build!.needs).toBe("test");
    expect(deploy.jobs.build!.if).toBe("${{ !failure() && !cancelled() }}");
    expect(deploy.jobs.deploy!.needs).toBe("build");
    expect(deploy.jobs.deploy!.if).toBe("${{ !failure() && !cancelled() }}");
    const build = steps(deploy.jobs.build);
    const cache = build.find((step) => step.uses?.startsWith("actions/cache@"))!;
    expect(cache.with?.path).toBe("node_modules/.astro");
    expect(cache.with?.key).not.toContain("run_id");
    expect(build.map((step) => step.run).filter(Boolean)).toEqual(["npm ci", "npm run comments:sync", "npm run build"]);
    expect(build.at(-1)?.with?.path).toBe("dist");
  });

  it("give write access to Pages only to the job that deploys", () => {
    const deploy = read("deploy.yml");
    expect(deploy.permissions).toEqual({ contents: "read" });
    expect(read("test.yml").permissions).toEqual({ contents: "read" });
    expect(deploy.jobs.build!.permissions).not.toHaveProperty("pages");
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it.each(FILES)("%s: pin every action to a full commit SHA, with its version in a comment", (name) => {
    const uses = allSteps(read(name)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    // The comment sits on the same line, e.g. "uses: actions/checkout@<sha> # v4.2.2".
    const lines = text(name)
      .split("\n")
      .filter((line) => /^\s*(- )?uses: [^.]/.test(line));
    expect(lines).toHaveLength(uses.length);
    for (const line of lines) expect(line, line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(FILES)("%s: leave no credentials in .git/config after checkout", (name) => {
    const checkouts = allSteps(read(name)).filter((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.["persist-credentials"]).toBe(false);
  });

  it.each(FILES)("%s: give a token only to the step that syncs comments", (name) => {
    const workflow = read(name);
    const mentionsToken = (values: Record<string, unknown> | undefined) =>
      Object.entries(values ?? {}).some(
        ([key, value]) => /TOKEN/i.test(key) || /secrets\.|github\.token/i.test(String(value)),
      );
    expect(mentionsToken(workflow.env)).toBe(false);
    for (const job of Object.values(workflow.jobs)) {
      expect(mentionsToken(job.env)).toBe(false);
      for (const step of steps(job)) {
        expect(mentionsToken(step.with), `${step.uses}: with`).toBe(false);
        if (step.run === "npm run comments:sync")
          expect(step.env).toEqual({ GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" });
        else expect(mentionsToken(step.env), `${step.run ?? step.uses}: env`).toBe(false);
      }
    }
    // Nowhere else in the file either (a token in a `run` line or a top-level env).
    const outside = text(name).replace("GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}", "");
    expect(outside).not.toMatch(/secrets\.|github\.token/);
  });
});
