// The content half of `npm run check`: editorial checks with file:line messages (src/lib/tools/content-lint.ts).
import userConfig from "../paddock.config";
import { resolveConfig } from "../src/lib/config";
import { formatLint, lintInput, lintPosts } from "../src/lib/tools/content-lint";
import { buildTime } from "../src/site/build-time";

const config = resolveConfig(userConfig);
// PADDOCK_NOW, as in the build, decides which posts are scheduled rather than published.
const now = buildTime();
const { files, ...context } = lintInput(process.cwd(), config, now);
const messages = lintPosts(files, { ...context, siteUrl: config.url });
const errors = messages.filter((m) => m.severity === "error").length;
if (messages.length) console.log(formatLint(messages));
console.log(`Content check: ${files.length} posts, ${errors} errors, ${messages.length - errors} warnings.`);
if (errors) process.exitCode = 1;
