// npm run import:wordpress -- <export.xml> [more.xml …] [--uploads <dir>] [--dry-run] [--force]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { readImportedCategories } from "../src/lib/imported-categories";
import { readImportedSite } from "../src/lib/imported-site";
import { formatReport, importWordPress } from "../src/lib/tools/wordpress/import";

const USAGE = "Usage: npm run import:wordpress -- <export.xml> [more.xml …] [--uploads <dir>] [--dry-run] [--force]";
const args = process.argv.slice(2);
const flags = new Set<string>();
const files: string[] = [];
let uploads: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--uploads") uploads = args[++i] && resolve(args[i]!);
  else if (arg.startsWith("--")) flags.add(arg);
  else files.push(resolve(arg));
}
const unknown = [...flags].filter((flag) => !["--dry-run", "--force"].includes(flag));
function usageProblem(): string | undefined {
  if (unknown.length > 0) return `Unknown option ${unknown.join(", ")}.`;
  if (files.length === 0) return "Name at least one export file.";
  const absent = files.find((file) => !existsSync(file));
  if (absent) return `${absent} does not exist.`;
  if (args.includes("--uploads") && !uploads)
    return "--uploads needs the folder that holds a copy of wp-content/uploads.";
  if (uploads && !existsSync(uploads)) return `--uploads ${uploads} does not exist.`;
  return undefined;
}
const problem = usageProblem();
if (problem) {
  console.error(`${problem} ${USAGE}`);
  process.exit(2);
}

// A category repeated in paddock.config.ts (your own list merged with an earlier import's, as older guides
// said) must not stop the import that rewrites wordpress-categories.json: the first entry of each slug is yours.
const firstOfEachSlug = userConfig.categories.filter(
  (category, i, all) => all.findIndex((other) => other.slug === category.slug) === i,
);
let config: ReturnType<typeof resolveConfig>;
try {
  // A new site may list no categories of its own: the import is what brings them, so it is not refused for that.
  const imported = readImportedCategories();
  const placeholder =
    firstOfEachSlug.length || imported.length ? [] : [{ slug: "uncategorized", title: "Uncategorized" }];
  config = resolveConfig(
    { ...userConfig, categories: firstOfEachSlug },
    { ...readImportedSite(), categories: [...imported, ...placeholder] },
  );
} catch (error) {
  console.error(`Import stopped, nothing was written: ${(error as Error).message}`);
  process.exit(1);
}
const interactive = process.stdout.isTTY;
let lastLine = 0;
try {
  const report = await importWordPress({
    files,
    root: process.cwd(),
    timeZone: config.timeZone,
    siteCategories: firstOfEachSlug,
    // Only a structure the publication chose itself; otherwise the export's links decide.
    permalink: userConfig.permalink,
    uploads,
    dryRun: flags.has("--dry-run"),
    force: flags.has("--force"),
    progress(done, total) {
      if (interactive) {
        const width = 30;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        process.stdout.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} posts`);
        if (done === total) process.stdout.write("\n");
      } else if (done === total || done - lastLine >= 1000) {
        lastLine = done;
        console.log(`${done}/${total} posts`);
      }
    },
  });
  console.log(formatReport(report, process.cwd(), files));
  if (flags.has("--dry-run")) console.log("Dry run: nothing was written.");
} catch (error) {
  console.error(`Import stopped, nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
}
