// The content half of `npm run check`: editorial checks with file:line messages (src/lib/content-lint.ts).
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { formatLint, lintInput, lintPosts } from "../src/lib/content-lint";

const config = resolveConfig(userConfig);
const { files, knownPaths } = lintInput(process.cwd(), config);
const messages = lintPosts(files, { knownPaths, siteUrl: config.url });
const errors = messages.filter((m) => m.severity === "error").length;
if (messages.length) console.log(formatLint(messages));
console.log(`Content check: ${files.length} posts, ${errors} errors, ${messages.length - errors} warnings.`);
if (errors) process.exitCode = 1;
