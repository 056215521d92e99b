import type { ArchivedComment } from "../../src/lib/comments/archive";
import { toPost, type Post, type PostData, type PostOptions } from "../../src/lib/content/posts";
import type { WxrItem } from "../../src/lib/tools/wordpress/wxr";

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

/** A published WordPress post as the export parser gives it; override only what a test is about. */
export function wxrItem(fields: Partial<WxrItem> = {}): WxrItem {
  return {
    title: "A story",
    link: "https://old.example/2024/05/a-story/",
    creator: "ana",
    guid: "https://old.example/?p=7",
    content: "Text.",
    excerpt: "",
    id: "7",
    postDate: "2024-05-10 09:00:00",
    postDateGmt: "2024-05-10 13:00:00",
    postName: "a-story",
    status: "publish",
    postType: "post",
    parent: "0",
    attachmentUrl: "",
    password: "",
    menuOrder: "0",
    terms: [{ domain: "category", slug: "news", name: "News" }],
    meta: {},
    comments: [],
    ...fields,
  };
}

let minute = 0;

/** An archived comment, a minute after the one made before it. */
export const archivedComment = (id: string, parent?: string, html = `<p>Comment ${id}</p>`): ArchivedComment => ({
  id,
  parent,
  author: `Reader ${id}`,
  date: new Date(Date.UTC(2012, 3, 18, 12, minute++)),
  html,
  votes: 0,
});
