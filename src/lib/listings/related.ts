/**
 * Related stories: posts that share tags (rarer tags count more) and the
 * category. Candidates come only from each tag's nearest neighbours in time,
 * so the cost per post is bounded and the whole build stays linear in the
 * number of posts. Ties break by closeness in time, then permalink, so the
 * result is deterministic.
 */
import type { Post } from "../content/posts";

/** Posts looked at on each side of a post in each of its tag lists. */
export const NEIGHBOURS_PER_TAG = 25;
const CATEGORY_WEIGHT = 0.5;

export interface RelatedIndex<P extends Post> {
  /** Tag slug → posts with that tag, newest first. */
  byTag: ReadonlyMap<string, readonly P[]>;
  /** Category slug → posts, newest first. */
  byCategory: ReadonlyMap<string, readonly P[]>;
  /** Position of each post (by id) in each of its lists. */
  positions: ReadonlyMap<string, ReadonlyMap<readonly P[], number>>;
}

export function buildRelatedIndex<P extends Post>(
  byTag: ReadonlyMap<string, readonly P[]>,
  byCategory: ReadonlyMap<string, readonly P[]>,
): RelatedIndex<P> {
  const positions = new Map<string, Map<readonly P[], number>>();
  for (const list of [...byTag.values(), ...byCategory.values()]) {
    list.forEach((post, i) => {
      let mine = positions.get(post.id);
      if (!mine) positions.set(post.id, (mine = new Map()));
      mine.set(list, i);
    });
  }
  return { byTag, byCategory, positions };
}

/**
 * Candidate posts with their scores: at most 2 × NEIGHBOURS_PER_TAG per list
 * the post is in. Posts are matched by id, so a post object from another
 * load of the content (as in `astro dev`) still finds its place.
 */
export function scoreCandidates<P extends Post>(post: Post, index: RelatedIndex<P>): Map<P, number> {
  const scores = new Map<P, number>();
  const mine = index.positions.get(post.id);
  const consider = (list: readonly P[] | undefined, weight: number) => {
    const at = list && mine?.get(list);
    if (!list || at === undefined) return;
    const from = Math.max(0, at - NEIGHBOURS_PER_TAG);
    const to = Math.min(list.length, at + NEIGHBOURS_PER_TAG + 1);
    for (let i = from; i < to; i++) {
      const other = list[i]!;
      if (other.id !== post.id) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  };
  for (const tag of new Set(post.tagSlugs)) {
    const list = index.byTag.get(tag);
    // Inverse document frequency: sharing "Lotus" says more than sharing "SUVs".
    if (list && list.length > 1) consider(list, 1 + Math.log(index.positions.size / list.length));
  }
  consider(index.byCategory.get(post.category), CATEGORY_WEIGHT);
  return scores;
}

export function getRelatedPosts<P extends Post>(post: Post, index: RelatedIndex<P>, count: number): P[] {
  const time = post.pubDate.getTime();
  type Ranked = { post: P; score: number; distance: number };
  // Higher score first, then the closer in time, then the permalink (code-point order).
  const before = (a: Ranked, b: Ranked) =>
    a.score !== b.score
      ? a.score > b.score
      : a.distance !== b.distance
        ? a.distance < b.distance
        : a.post.permalink < b.post.permalink;
  if (count <= 0) return [];
  // The best few kept in order as the candidates come, rather than all of them sorted: a post has
  // up to a few hundred candidates and shows a handful (60,000 posts: 3.4 s of every build).
  const best: Ranked[] = [];
  for (const [other, score] of scoreCandidates(post, index)) {
    const candidate = { post: other, score, distance: Math.abs(other.pubDate.getTime() - time) };
    if (best.length === count) {
      if (!before(candidate, best[count - 1]!)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
  }
  return best.map((ranked) => ranked.post);
}
