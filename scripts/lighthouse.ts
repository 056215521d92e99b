// npm run lighthouse [-- --out reports/lighthouse]
//
// Lighthouse (mobile settings, its defaults) over the home, an article, a category and the search
// page of the built site in dist/, served the way a CDN serves it (dist/_headers, compression), in
// the same Chromium as the browser tests. Writes one HTML report per page and prints the scores.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import chromium from "@sparticuz/chromium";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { parse } from "node-html-parser";
import { serveDist } from "../tests/support/static-server";
import { DIST } from "../tests/support/paths";

const { values } = parseArgs({ options: { out: { type: "string", default: "reports/lighthouse" } } });
if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ has no built site: run `npm run build` first.");
  process.exit(1);
}

// The lead story on the home page is the article with the most on it: hero, byline, comments.
const home = parse(readFileSync(join(DIST, "index.html"), "utf8"));
const article = home.querySelector("main article h2 a")?.getAttribute("href");
const category = home.querySelector("main article a.kicker")?.getAttribute("href");
if (!article || !category) throw new Error("dist/index.html lists no article to audit");
const pages = { home: "/", article, category, search: "/search/?q=hybrid" };

const server = await serveDist(DIST, { compress: true });
const chrome = await launch({
  chromePath: process.env.PADDOCK_CHROMIUM ?? (await chromium.executablePath()),
  chromeFlags: [...chromium.args.filter((arg) => arg !== "--single-process"), "--headless=new"],
});
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const rows: string[] = [];
try {
  mkdirSync(values.out, { recursive: true });
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    writeFileSync(join(values.out, `${name}.html`), result.report as string);
    const scores = CATEGORIES.map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
    const below = Object.values(result.lhr.audits)
      .filter((audit) => audit.scoreDisplayMode !== "informative" && audit.score !== null && audit.score < 1)
      .filter((audit) => audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual")
      .map((audit) => audit.id);
    rows.push(
      `${name.padEnd(9)} ${scores.map((s) => String(s).padStart(15)).join("")}   ${path}` +
        (below.length ? `\n${"".padEnd(10)}below 100: ${below.join(", ")}` : ""),
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`${"page".padEnd(9)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
console.log(rows.join("\n"));
console.log(`\nReports: ${values.out}/`);
