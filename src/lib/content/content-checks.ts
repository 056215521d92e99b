/**
 * Checks across posts and authors that a per-file schema cannot make. Each
 * problem names the file, the field and what was expected, in words an editor
 * can act on; the build stops on any of them.
 */
import type { Post } from "./posts";

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const lines = problems.map((p) => `- ${p.file}: "${p.field}" ${p.message}`);
    super(
      `Paddock found ${problems.length} problem${problems.length === 1 ? "" : "s"} in the content:\n${lines.join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

export interface CheckContext {
  authorIds: ReadonlySet<string>;
  categorySlugs: ReadonlySet<string>;
}

export function checkPosts(posts: readonly Post[], context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPermalink = new Map<string, Post>();
  const byCommentsKey = new Map<string, Post>();
  const authorList = [...context.authorIds].sort().join(", ");
  const categoryList = [...context.categorySlugs].join(", ");

  for (const post of posts) {
    const file = post.filePath;
    post.authors.forEach((author, i) => {
      if (!context.authorIds.has(author)) {
        problems.push({
          file,
          field: `authors[${i}]`,
          message: `names "${author}", but there is no such author; expected one of: ${authorList} (files in src/content/authors/)`,
        });
      }
    });
    if (!context.categorySlugs.has(post.category)) {
      problems.push({
        file,
        field: "category",
        message: `is "${post.category}", which is not a category in paddock.config.ts; expected one of: ${categoryList}`,
      });
    }
    if (post.hasHeroImage && !post.heroAlt) {
      problems.push({
        file,
        field: "heroAlt",
        message:
          "is missing: a post with a heroImage needs heroAlt, a short description of the image for readers who cannot see it",
      });
    }
    if (post.updatedDate && post.updatedDate.getTime() < post.pubDate.getTime()) {
      problems.push({
        file,
        field: "updatedDate",
        message: `(${post.updatedDate.toISOString()}) is before pubDate (${post.pubDate.toISOString()}); expected the same time or later`,
      });
    }
    post.tags.forEach((tag, i) => {
      if (post.tagSlugs[i] === "") {
        problems.push({
          file,
          field: `tags[${i}]`,
          message: `is "${tag}", which has no letters or digits to make a tag page from; expected a word such as "Toyota"`,
        });
      }
    });
    const samePermalink = byPermalink.get(post.permalink);
    if (samePermalink) {
      problems.push({
        file,
        field: "slug",
        message: `gives the permalink ${post.permalink}, which ${samePermalink.filePath} already has; expected an address of its own (rename the file, or set "slug" or "permalink")`,
      });
    } else {
      byPermalink.set(post.permalink, post);
    }
    const sameThread = byCommentsKey.get(post.commentsKey);
    if (sameThread && !samePermalink) {
      problems.push({
        file,
        field: "commentsKey",
        message: `is "${post.commentsKey}", which ${sameThread.filePath} also uses; expected each post to have its own comment thread`,
      });
    } else {
      byCommentsKey.set(post.commentsKey, post);
    }
  }
  return problems;
}
