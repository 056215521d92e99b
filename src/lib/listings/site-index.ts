/**
 * The site index: every listing the pages need, computed once per build from
 * the public posts (an index of posts by tag, not a scan per page).
 */
import { checkPosts, ContentError, type ContentProblem } from "../content/content-checks";
import { isMake } from "../content/makes";
import { compareNewestFirst, isPublic, type Post, type Visibility } from "../content/posts";
import { buildRelatedIndex, getRelatedPosts, type RelatedIndex } from "./related";

export interface AuthorData {
  id: string;
  filePath: string;
  name: string;
  role: "staff" | "contributor" | "moderator";
  country?: string | undefined;
}

export interface TagInfo<P> {
  slug: string;
  /** The spelling most posts use ("BMW", not "Bmw"). */
  name: string;
  isMake: boolean;
  posts: P[];
}

export interface ArchiveYear {
  year: number;
  count: number;
  months: { month: number; count: number }[];
}

export interface SiteIndex<P extends Post, A extends AuthorData> {
  /** The time the site is built for: later posts count as scheduled. */
  now: Date;
  /** Public posts, newest first. */
  posts: P[];
  authors: A[];
  getAuthor(id: string): A | undefined;
  byCategory: Map<string, P[]>;
  byTag: Map<string, TagInfo<P>>;
  byAuthor: Map<string, P[]>;
  byYear: Map<number, P[]>;
  /** Key: "YYYY/MM". */
  byMonth: Map<string, P[]>;
  /** Key: "YYYY/MM/DD". */
  byDay: Map<string, P[]>;
  archive: ArchiveYear[];
  /** The lead story: the newest featured post, else the newest post. */
  lead: P | undefined;
  neighbours(post: Post): { newer: P | undefined; older: P | undefined };
  related(post: Post, count: number): P[];
}

export interface IndexOptions {
  categories: readonly string[];
  makes: readonly string[];
  visibility: Visibility;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Validates all posts (drafts and scheduled included), then indexes the public ones. */
export function buildSiteIndex<P extends Post, A extends AuthorData>(
  allPosts: readonly P[],
  authors: readonly A[],
  options: IndexOptions,
): SiteIndex<P, A> {
  const authorById = new Map(authors.map((author) => [author.id, author]));
  const problems: ContentProblem[] = checkPosts(allPosts, {
    authorIds: new Set(authorById.keys()),
    categorySlugs: new Set(options.categories),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const posts = allPosts.filter((post) => isPublic(post, options.visibility)).sort(compareNewestFirst);
  const byCategory = new Map<string, P[]>(options.categories.map((slug) => [slug, []]));
  const byAuthor = new Map<string, P[]>(authors.map((author) => [author.id, []]));
  const byYear = new Map<number, P[]>();
  const byMonth = new Map<string, P[]>();
  const byDay = new Map<string, P[]>();
  const tagPosts = new Map<string, P[]>();
  const spellings = new Map<string, Map<string, number>>();

  for (const post of posts) {
    push(byCategory, post.category, post);
    for (const author of post.authors) push(byAuthor, author, post);
    push(byYear, post.year, post);
    const month = `${post.year}/${String(post.month).padStart(2, "0")}`;
    push(byMonth, month, post);
    push(byDay, `${month}/${String(post.day).padStart(2, "0")}`, post);
    post.tags.forEach((tag, i) => {
      const slug = post.tagSlugs[i]!;
      const list = tagPosts.get(slug);
      if (list?.at(-1) !== post) push(tagPosts, slug, post);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(slug, counts);
    });
  }

  const byTag = new Map<string, TagInfo<P>>();
  for (const [slug, list] of tagPosts) {
    const name = [...spellings.get(slug)!].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0];
    byTag.set(slug, { slug, name, isMake: isMake(name, options.makes), posts: list });
  }

  const archive: ArchiveYear[] = [...byYear].map(([year, list]) => {
    const months = new Map<number, number>();
    for (const post of list) months.set(post.month, (months.get(post.month) ?? 0) + 1);
    return {
      year,
      count: list.length,
      months: [...months].map(([month, count]) => ({ month, count })),
    };
  });

  const position = new Map(posts.map((post, i) => [post.id, i]));
  const relatedIndex: RelatedIndex<P> = buildRelatedIndex(
    new Map([...byTag].map(([slug, info]) => [slug, info.posts])),
    byCategory,
  );

  return {
    now: options.visibility.now,
    posts,
    authors: [...authors],
    getAuthor: (id) => authorById.get(id),
    byCategory,
    byTag,
    byAuthor,
    byYear,
    byMonth,
    byDay,
    archive,
    lead: posts.find((post) => post.featured) ?? posts[0],
    neighbours(post) {
      const i = position.get(post.id);
      if (i === undefined) return { newer: undefined, older: undefined };
      return { newer: posts[i - 1], older: posts[i + 1] };
    },
    related: (post, count) => getRelatedPosts(post, relatedIndex, count),
  };
}
