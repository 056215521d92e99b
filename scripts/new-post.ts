// npm run new -- "Headline" [--author slug] [--category slug] [--mdx]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline/promises";
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { newPost } from "../src/lib/new-post";

const USAGE = 'Usage: npm run new -- "Headline" [--author slug] [--category slug] [--mdx]';
const config = resolveConfig(userConfig);
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const title = args.find((arg, i) => !arg.startsWith("--") && !["--author", "--category"].includes(args[i - 1] ?? ""));
const authors = readdirSync("src/content/authors")
  .filter((file) => /\.(ya?ml|json)$/.test(file))
  .map((file) => file.replace(/\.[^.]+$/, ""));
const categories = config.categories.map((category) => category.slug);

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

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

if (!title?.trim()) fail("Give the headline in quotes.");
const author = await choose("author", option("author"), authors);
const category = await choose("category", option("category"), categories);
const post = newPost({
  title: title.trim(),
  author,
  category,
  mdx: args.includes("--mdx"),
  // PADDOCK_NOW, as in the build, stands in for the current time.
  now: process.env.PADDOCK_NOW ? new Date(process.env.PADDOCK_NOW) : new Date(),
  timeZone: config.timeZone,
});
if (existsSync(post.path)) fail(`${post.path} already exists; choose another headline or edit that post.`);
mkdirSync(dirname(post.path), { recursive: true });
writeFileSync(post.path, post.text);
console.log(`Created ${post.path} (a draft).`);
console.log(`Preview it with npm run dev at http://localhost:4321${post.permalink}`);
