/**
 * Throw-away copies of the project with content of a test's choosing, for
 * builds that must fail. Each copy gets its own node_modules folder of links,
 * so Vite's and Astro's caches never collide with the real build's.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { childEnv } from "./child-env";
import { BUILD_NOW } from "./content";
import { ROOT } from "./paths";

export interface ScratchSite {
  dir: string;
  write(path: string, text: string): void;
  copy(from: string, to: string): void;
  build(): { status: number | null; output: string };
  /** Runs the copy's Astro CLI with these arguments, without waiting. */
  spawnAstro(args: string[], env?: Record<string, string>): ChildProcess;
}

/** A copy of the project without its posts and authors, or with the demo's when `withContent` is set. */
export function scratchSite(name: string, { withContent = false } = {}): ScratchSite {
  const dir = join(ROOT, "tests/.tmp", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  for (const item of [
    "src",
    "public",
    "scripts",
    "astro.config.mjs",
    "paddock.config.ts",
    "tsconfig.json",
    "package.json",
  ]) {
    cpSync(join(ROOT, item), join(dir, item), {
      recursive: true,
      // Without content: no posts or authors (the test writes its own); the standalone pages stay.
      filter: (source) =>
        withContent || !["posts", "authors"].some((dir) => source.startsWith(join(ROOT, "src/content", dir))),
    });
  }
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (entry === ".vite" || entry === ".astro") continue;
    symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
  }
  const node = join(dir, "node_modules/.bin/node");
  const astro = join(dir, "node_modules/astro/bin/astro.mjs");
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    copy(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      cpSync(join(ROOT, from), join(dir, to));
    },
    build() {
      const result = spawnSync(node, [astro, "build"], {
        cwd: dir,
        env: childEnv({ NODE_ENV: "production", PADDOCK_NOW: BUILD_NOW }),
        encoding: "utf8",
      });
      return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
    },
    spawnAstro(args, env = {}) {
      return spawn(node, [astro, ...args], {
        cwd: dir,
        env: childEnv(env),
        stdio: ["ignore", "pipe", "pipe"],
      });
    },
  };
}
