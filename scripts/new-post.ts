// npm run new -- "Headline" [--author slug] [--category slug] [--mdx]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { lintInput } from "../src/lib/tools/content-lint";
import { newPost, nextPostId } from "../src/lib/tools/new-post-file";
import { buildTime } from "../src/site/build-time";

const USAGE = 'Usage: npm run new -- "Headline" [--author slug] [--category slug] [--mdx]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: { author: { type: "string" }, category: { type: "string" }, mdx: { type: "boolean" } },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1 || !positionals[0]!.trim()) {
  fail(positionals.length > 1 ? "Put the headline in quotes: it is one argument." : "Give the headline in quotes.");
}
const title = positionals[0]!.trim();

// PADDOCK_NOW, as in the build, stands in for the current time.
let now: Date;
try {
  now = buildTime();
} catch (error) {
  fail((error as Error).message);
}

const config = resolveConfig(userConfig);
const authors = readdirSync("src/content/authors")
  .filter((file) => /\.(ya?ml|json)$/.test(file))
  .map((file) => file.replace(/\.[^.]+$/, ""));
const categories = config.categories.map((category) => category.slug);

/** On a terminal, asks; anywhere else (CI, scripts) a missing choice is an error. */
async function choose(what: string, given: string | undefined, options: string[]): Promise<string> {
  if (given) {
    if (!options.includes(given)) fail(`There is no ${what} "${given}"; expected one of: ${options.join(", ")}.`);
    return given;
  }
  if (!process.stdin.isTTY) fail(`Say which ${what} with --${what}; one of: ${options.join(", ")}.`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const answer = (
        await prompt.question(`${what[0]!.toUpperCase()}${what.slice(1)} (${options.join(", ")}): `)
      ).trim();
      if (options.includes(answer)) return answer;
      console.log(`"${answer}" is not one of them.`);
    }
  } finally {
    prompt.close();
  }
}

const author = await choose("author", values.author, authors);
const category = await choose("category", values.category, categories);
// Another post already at this address (whatever its file is called) would fail the build.
const { knownPaths, unpublished, files } = lintInput(process.cwd(), config, now);
const post = newPost({
  title,
  author,
  category,
  mdx: values.mdx ?? false,
  now,
  timeZone: config.timeZone,
  permalink: config.permalink,
  postId: nextPostId(files),
});
if (existsSync(post.path) || knownPaths.has(post.permalink) || unpublished.has(post.permalink)) {
  fail(`A post already has the address ${post.permalink}; choose another headline or edit that post.`);
}
mkdirSync(dirname(post.path), { recursive: true });
writeFileSync(post.path, post.text);
console.log(`Created ${post.path} (a draft).`);
console.log(`Preview it with npm run dev at http://localhost:4321${post.permalink}`);
console.log("When it is ready: set pubDate to the publication time, remove draft: true, and open a pull request.");
