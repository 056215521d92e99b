// npm run bench:import -- [--posts 20000] [--comments 200000]
// Generates a WordPress export of that size (streamed to a temporary file), imports it into a
// temporary site folder and reports time, peak memory and sizes. Never touches the real content.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { importWordPress } from "../src/lib/tools/wordpress/import";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const posts = arg("posts", 20_000);
const comments = arg("comments", 200_000);

const dir = mkdtempSync(join(tmpdir(), "paddock-bench-import-"));
const file = join(dir, "export.xml");

// A seeded generator, so every run imports the same export.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const words = "engine plant recall battery hybrid coupe estate dealer range charging torque brake factory tariff".split(
  " ",
);
const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");

async function writeExport() {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title>
<wp:author><wp:author_login>writer</wp:author_login><wp:author_display_name>Bench Writer</wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>news</wp:category_nicename><wp:cat_name>News</wp:cat_name></wp:category>
`);
  let commentId = 1;
  for (let p = 1; p <= posts; p++) {
    const date = new Date(Date.UTC(2010, 0, 1) + p * 3_600_000 * 7);
    const gmt = date.toISOString().slice(0, 19).replace("T", " ");
    const slug = `story-${p}`;
    const path = `/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${slug}/`;
    const body = Array.from({ length: 12 }, () => `${sentence(50)}.`).join("\n\n");
    let thread = "";
    const count = Math.floor(comments / posts) + (p <= comments % posts ? 1 : 0);
    for (let c = 0; c < count; c++, commentId++) {
      const parent = c > 0 && random() < 0.5 ? commentId - 1 : 0;
      thread += `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>Reader ${commentId % 500}</wp:comment_author><wp:comment_author_email>r${commentId}@mail.example</wp:comment_author_email><wp:comment_author_IP>192.0.2.${commentId % 250}</wp:comment_author_IP><wp:comment_date_gmt>${gmt}</wp:comment_date_gmt><wp:comment_content><![CDATA[${sentence(30)}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
    }
    await write(
      `<item><title>Story ${p}: ${sentence(6)}</title><link>https://bench.example${path}</link><dc:creator>writer</dc:creator><guid>https://bench.example/?p=${p}</guid><content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${p}</wp:post_id><wp:post_date_gmt>${gmt}</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="news">News</category>${thread}</item>\n`,
    );
  }
  await write("</channel></rss>\n");
  out.end();
  await once(out, "finish");
}

const generated = performance.now();
await writeExport();
const exportSeconds = (performance.now() - generated) / 1000;
const started = performance.now();
const report = await importWordPress({ files: [file], root: join(dir, "site"), timeZone: "UTC" });
const seconds = (performance.now() - started) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify(
    {
      posts: report.posts,
      comments: report.comments,
      exportMb: Math.round(statSync(file).size / 1024 / 1024),
      generateSeconds: Number(exportSeconds.toFixed(1)),
      importSeconds: Number(seconds.toFixed(1)),
      postsPerSecond: Math.round(report.posts / seconds),
      peakRssMb: Math.round(peakMb),
      filesWritten: report.written,
    },
    null,
    2,
  ),
);
rmSync(dir, { recursive: true, force: true });
