import { toPost, type Post, type PostData, type PostOptions } from "../../src/lib/content/posts";

export const TZ = "America/New_York";

let counter = 0;

/** A valid post; override only what a test is about. */
export function makePost(overrides: Partial<PostData> = {}, options: Partial<PostOptions> = {}): Post {
  counter += 1;
  const data: PostData = {
    id: `2026/post-${counter}`,
    filePath: `src/content/posts/2026/post-${counter}.md`,
    title: `Post ${counter}`,
    description: "A dek.",
    pubDate: new Date(Date.UTC(2026, 0, 1, 12) + counter * 3_600_000),
    authors: ["ana"],
    category: "news",
    tags: [],
    hasHeroImage: false,
    featured: false,
    draft: false,
    redirectFrom: [],
    noticeDates: [],
    words: 3,
    ...overrides,
  };
  return toPost(data, { timeZone: TZ, readingSpeed: 200, ...options });
}
