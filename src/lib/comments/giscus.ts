/**
 * giscus settings for one post. Threads are found by the post's stable
 * comments key in strict mode (giscus matches the key's SHA-1, never a
 * fuzzy title search), so renaming a slug never loses a thread.
 */
import type { CommentsConfig } from "../config";

export const GISCUS_ORIGIN = "https://giscus.app";

const REQUIRED = ["repo", "repoId", "category", "categoryId"] as const;

/** The settings giscus cannot work without that paddock.config.ts leaves out. */
export function missingGiscusSettings(config: CommentsConfig): string[] {
  return REQUIRED.filter((name) => !config[name]).map((name) => `comments.${name}`);
}

/** Attributes for <giscus-widget> (lowercase, as the web component reads them). */
export function giscusAttributes(config: CommentsConfig, term: string, locale: string): Record<string, string> {
  return {
    repo: config.repo!,
    repoid: config.repoId!,
    category: config.category!,
    categoryid: config.categoryId!,
    mapping: "specific",
    term,
    strict: "1",
    reactionsenabled: config.reactions === false ? "0" : "1",
    emitmetadata: "1",
    inputposition: config.inputPosition ?? "bottom",
    lang: config.lang ?? locale.split("-")[0]!,
    loading: "lazy",
  };
}

/** "1,500 Comments on “Headline”", "1 Comment on “Headline”", "No comments yet". */
export function commentsHeading(count: number, title: string): string {
  if (count === 0) return "No comments yet";
  return `${count.toLocaleString("en-US")} ${count === 1 ? "Comment" : "Comments"} on “${title}”`;
}
