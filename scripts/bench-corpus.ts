// A deterministic car-news archive for `npm run bench`: authors, posts of ~700 words with
// headings, quotes, lists and links, a share of MDX posts with components, of posts with
// hero images (made here with sharp) and of posts with archived comment threads.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { DEFAULT_MAKES } from "../src/lib/content/makes";

export interface CorpusSettings {
  posts: number;
  mdxShare: number;
  imagesShare: number;
  commentsShare: number;
}

const CATEGORIES = ["news", "industry", "reviews", "electric", "motorsport"];
const TOPICS = [
  "Recalls",
  "Tariffs",
  "Batteries",
  "Charging",
  "Manufacturing",
  "SUVs",
  "Hybrids",
  "Le Mans",
  "Pickups",
  "Safety",
];
const WORDS = (
  "the plant will build a new hybrid model next year while the company weighs tariffs on imported parts and " +
  "engineers test batteries in cold weather dealers expect demand to rise as prices fall charging networks " +
  "grow and rivals answer with cheaper trims the recall covers cars built between march and june owners " +
  "will get a letter and a free repair at the dealer the coupe handles well but rides firmly on city streets"
).split(" ");

export async function generateCorpus(site: string, settings: CorpusSettings) {
  // mulberry32: 32-bit integer arithmetic throughout (a plain LCG in doubles loses precision and
  // falls into a short cycle, which repeated headlines and bodies).
  let seed = 20261121;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // News text has a few very common words and thousands of rare ones (names, places, models);
  // the rare ones are what make a search index big.
  const SYLLABLES = ["ka", "ro", "ven", "tal", "mi", "sor", "dex", "lu", "bra", "ni", "gor", "sel", "ta", "qui"];
  const rareWords = Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(""),
  );
  const word = () => (random() < 0.75 ? pick(WORDS) : pick(rareWords));
  const sentence = (n: number) => {
    const text = Array.from({ length: n }, word).join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(9 + Math.floor(random() * 8))).join(" ");

  const authorsDir = join(site, "src/content/authors");
  mkdirSync(authorsDir, { recursive: true });
  const authors = Array.from({ length: 24 }, (_, i) => `writer-${i + 1}`);
  authors.forEach((id, i) =>
    writeFileSync(
      join(authorsDir, `${id}.yaml`),
      `name: Writer ${i + 1}\nrole: ${i % 8 === 0 ? "staff" : "contributor"}\ncountry: Country ${i % 6}\nbio: Writes about cars.\n`,
    ),
  );

  const counts = { mdx: 0, images: 0, threads: 0 };
  const images: Promise<unknown>[] = [];
  const permalinks: string[] = [];
  let editablePost = "";
  const start = Date.UTC(2016, 0, 1);
  const step = (Date.UTC(2026, 9, 31) - start) / settings.posts;

  for (let i = 0; i < settings.posts; i++) {
    const date = new Date(start + i * step);
    const year = date.getUTCFullYear();
    const slug = `story-${i + 1}-${pick(WORDS)}-${pick(WORDS)}`;
    const mdx = random() < settings.mdxShare;
    const hero = random() < settings.imagesShare;
    const comments = random() < settings.commentsShare;
    const make = pick(DEFAULT_MAKES);
    const dir = join(site, "src/content/posts", String(year));
    mkdirSync(dir, { recursive: true });

    const front = [
      `title: "${make} ${sentence(7).slice(0, -1)}"`,
      `description: "${sentence(18)}"`,
      `pubDate: ${date.toISOString()}`,
      `authors: [${pick(authors)}]`,
      `category: ${pick(CATEGORIES)}`,
      `tags: ["${make}", "${make} Model ${1 + Math.floor(random() * 9)}", "${pick(TOPICS)}"]`,
      `sources:\n  - name: Trade Weekly\n    url: https://www.example.com/${slug}\n    paywalled: ${random() < 0.3}`,
    ];
    if (hero) {
      front.push(`heroImage: ./${slug}.jpg`, `heroAlt: "A ${make} on a road"`, `heroCredit: "Illustration"`);
      const hue = Math.floor(random() * 360);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="hsl(${hue},45%,60%)"/><rect y="420" width="1200" height="255" fill="hsl(${(hue + 180) % 360},20%,30%)"/><rect x="${300 + (i % 400)}" y="330" width="420" height="110" rx="40" fill="#222"/></svg>`;
      images.push(
        sharp(Buffer.from(svg))
          .jpeg({ quality: 70 })
          .toFile(join(dir, `${slug}.jpg`)),
      );
      counts.images++;
    }
    const internal = permalinks.length ? `See also [an earlier story](${pick(permalinks)}).` : "";
    const sections = Array.from({ length: 6 }, (_, s) =>
      [
        `## ${sentence(4).slice(0, -1)}`,
        paragraph(),
        s === 2 ? `> ${sentence(14)}` : "",
        s === 3 ? `- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}` : "",
        s === 4 ? `Read [the filing](https://www.example.com/${slug}/${s}) and ${internal}` : "",
        paragraph(),
      ]
        .filter(Boolean)
        .join("\n\n"),
    );
    if (mdx) {
      sections.splice(
        2,
        0,
        `<PullQuote cite="An engineer">${sentence(12)}</PullQuote>`,
        `<SpecSheet make="${make}" model="Model ${i}" year={${year}} power="${150 + (i % 300)} hp" basePrice={${30000 + (i % 40) * 1000}} />`,
      );
      sections.push(
        `<Verdict score={${1 + (i % 10)}} pros={["${sentence(3)}"]} cons={["${sentence(3)}"]}>${sentence(12)}</Verdict>`,
      );
      counts.mdx++;
    }
    const file = join(dir, `${slug}.${mdx ? "mdx" : "md"}`);
    writeFileSync(file, `---\n${front.join("\n")}\n---\n\n${sections.join("\n\n")}\n`);
    if (!editablePost && i > settings.posts / 2 && !mdx) editablePost = file;
    if (comments) {
      const thread = Array.from({ length: 5 + Math.floor(random() * 10) }, (_, c) => ({
        id: `${i}-${c}`,
        ...(c > 0 && random() < 0.5 ? { parent: `${i}-${c - 1}` } : {}),
        author: `Reader ${Math.floor(random() * 500)}`,
        date: new Date(date.getTime() + (c + 1) * 3_600_000).toISOString(),
        html: `<p>${sentence(20)}</p>`,
        votes: Math.floor(random() * 20),
      }));
      writeFileSync(join(dir, `${slug}.comments.json`), JSON.stringify({ comments: thread }));
      counts.threads++;
    }
    permalinks.push(`/${year}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${slug}/`);
  }
  await Promise.all(images);
  // Comments keys are first permalinks; the newest stories are the ones readers comment on.
  return { ...counts, editablePost, categories: CATEGORIES, topics: TOPICS, newestCommentsKeys: permalinks.slice(-3) };
}
