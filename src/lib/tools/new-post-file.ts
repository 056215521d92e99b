/**
 * A new post's file: the path it belongs at and complete front matter,
 * dated now in the site's zone, as a draft, with its comments key written
 * down so a later slug change never detaches its comments.
 */
import yaml from "js-yaml";
import { toZonedIso } from "../content/dates";
import { DESCRIPTION_PLACEHOLDER } from "./content-lint";
import { permalinkFor } from "../content/posts";
import { slugify } from "../content/slugs";

export interface NewPostInput {
  title: string;
  author: string;
  category: string;
  mdx: boolean;
  now: Date;
  timeZone: string;
}

export function newPost({ title, author, category, mdx, now, timeZone }: NewPostInput) {
  const slug = slugify(title);
  if (!slug) throw new Error(`The headline "${title}" has no letters or digits to make a URL from`);
  const permalink = permalinkFor(slug, now, timeZone);
  const year = permalink.split("/")[1]!;
  const frontmatter = {
    title,
    description: `${DESCRIPTION_PLACEHOLDER}: one or two sentences that sum up the story.`,
    pubDate: toZonedIso(now, timeZone),
    authors: [author],
    category,
    tags: [],
    sources: [],
    draft: true,
    commentsKey: permalink,
  };
  const body = mdx
    ? `Start with the news.\n\n<PullQuote cite="Name, role">A line worth repeating.</PullQuote>\n`
    : "Start with the news.\n";
  return {
    path: `src/content/posts/${year}/${slug}.${mdx ? "mdx" : "md"}`,
    permalink,
    text: `---\n${yaml.dump(frontmatter, { lineWidth: -1, quotingType: '"', forceQuotes: false })}---\n\n${body}`,
  };
}
