// npm run import:wordpress -- <export.xml> [more.xml …] [--dry-run] [--force]
import { resolve } from "node:path";
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { formatReport, importWordPress } from "../src/lib/wordpress/import";

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const files = args.filter((arg) => !arg.startsWith("--")).map((file) => resolve(file));
const unknown = [...flags].filter((flag) => !["--dry-run", "--force"].includes(flag));
if (files.length === 0 || unknown.length > 0) {
  console.error(
    `${unknown.length ? `Unknown option ${unknown.join(", ")}. ` : ""}Usage: npm run import:wordpress -- <export.xml> [more.xml …] [--dry-run] [--force]`,
  );
  process.exit(2);
}

const config = resolveConfig(userConfig);
const interactive = process.stdout.isTTY;
let lastLine = 0;
try {
  const report = await importWordPress({
    files,
    root: process.cwd(),
    timeZone: config.timeZone,
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
