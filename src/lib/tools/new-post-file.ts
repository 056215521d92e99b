/**
 * A new post's file: the path it belongs at and complete front matter,
 * dated now in the site's zone, as a draft, with its comments key written
 * down so a later slug change never detaches its comments.
 */
import yaml from "js-yaml";
import { toZonedIso } from "../content/dates";
import { DESCRIPTION_PLACEHOLDER } from "./content-lint";
import { rawFrontmatter } from "../content/frontmatter";
import { needsPostId, parseStructure } from "../content/permalinks";
import { permalinkFor, postPermalink } from "../content/posts";
import { slugify } from "../content/slugs";

export interface NewPostInput {
  title: string;
  author: string;
  category: string;
  mdx: boolean;
  now: Date;
  timeZone: string;
  /** The site's permalink structure; a structure with %post_id% gives the post `postId`. */
  permalink?: string;
  /** The id for a %post_id% structure (see nextPostId). */
  postId?: number;
}

/** One more than the highest post id in these post files (postId or legacy.wordpressId), so ids never repeat. */
export function nextPostId(files: readonly { text: string }[]): number {
  let highest = 0;
  for (const { text } of files) {
    const data = rawFrontmatter(text);
    const legacy = data.legacy as { wordpressId?: unknown } | undefined;
    for (const id of [data.postId, legacy?.wordpressId]) if (typeof id === "number" && id > highest) highest = id;
  }
  return highest + 1;
}

export function newPost({ title, author, category, mdx, now, timeZone, permalink: structure, postId }: NewPostInput) {
  const slug = slugify(title);
  if (!slug) throw new Error(`The headline "${title}" has no letters or digits to make a URL from`);
  // The thread key is /YYYY/MM/slug/ whatever the structure, as the build's default is (src/lib/content/posts.ts).
  const commentsKey = permalinkFor(slug, now, timeZone);
  const id = structure && needsPostId(parseStructure(structure)) ? postId : undefined;
  const filePath = `src/content/posts/${commentsKey.split("/")[1]!}/${slug}.${mdx ? "mdx" : "md"}`;
  const permalink = postPermalink(
    { filePath, slug, pubDate: now, category, postId: id },
    { timeZone, ...(structure ? { permalink: structure } : {}) },
  );
  const frontmatter = {
    title,
    description: `${DESCRIPTION_PLACEHOLDER}: one or two sentences that sum up the story.`,
    pubDate: toZonedIso(now, timeZone),
    authors: [author],
    category,
    tags: [],
    sources: [],
    draft: true,
    ...(id !== undefined ? { postId: id } : {}),
    commentsKey,
  };
  const body = mdx
    ? `Start with the news.\n\n<PullQuote cite="Name, role">A line worth repeating.</PullQuote>\n`
    : "Start with the news.\n";
  return {
    path: filePath,
    permalink,
    text: `---\n${yaml.dump(frontmatter, { lineWidth: -1, quotingType: '"', forceQuotes: false })}---\n\n${body}`,
  };
}
