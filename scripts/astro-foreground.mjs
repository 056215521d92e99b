// Runs `astro dev` or `astro preview` in the foreground. Astro 7 detaches its
// servers into the background when it thinks an AI agent started it; an
// editor or a CI job that runs `npm run dev` wants the server it can see and stop.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const astro = join(dirname(require.resolve("astro/package.json")), "bin/astro.mjs");
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ASTRO_DEV_BACKGROUND: "0", ASTRO_PREVIEW_BACKGROUND: "0", ...process.env },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
