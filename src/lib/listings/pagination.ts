/**
 * Pagination that does not shift: page 1 lives at the listing's own URL and
 * holds the newest stories; every later page holds a fixed run of older
 * stories counted from the oldest, so a new story changes page 1 (and, once
 * every perPage stories, adds one page) and never moves a story between the
 * other pages. With WordPress's numbering every page of every listing that
 * holds a new story changes, so an archive would render again whole for each
 * story. Later pages live at <base>page/N/, N growing towards the newest.
 */
export interface Page<T> {
  /** Newest first. */
  items: T[];
  /** 1 for the listing's own URL; 2 for the oldest stories, and up from there. */
  number: number;
  url: string;
  /** The page of the next newer stories. */
  newerUrl: string | undefined;
  /** The page of the next older stories. */
  olderUrl: string | undefined;
}

export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/**
 * `items` newest first. Page 1 holds between perPage and 2 × perPage − 1 of them (all of them
 * when there are fewer); the rest are cut into runs of exactly perPage from the oldest.
 */
export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  const fixed = Math.max(0, Math.floor(items.length / perPage) - 1);
  const firstLength = items.length - fixed * perPage;
  // Run k (1 = oldest) is at page k + 1; page numbers count up towards the newest.
  const numbers = [1, ...Array.from({ length: fixed }, (_, i) => fixed + 1 - i)];
  return numbers.map((number, i) => {
    const start = i === 0 ? 0 : firstLength + (i - 1) * perPage;
    const end = i === 0 ? firstLength : start + perPage;
    return {
      items: items.slice(start, end),
      number,
      url: pageUrl(base, number),
      newerUrl: i > 0 ? pageUrl(base, numbers[i - 1]!) : undefined,
      olderUrl: i < numbers.length - 1 ? pageUrl(base, numbers[i + 1]!) : undefined,
    };
  });
}

/** The `[...page]` route parameter for page N: undefined for page 1, else "page/N". */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}

/**
 * getStaticPaths entries for a paginated listing served by a `[...page]`
 * route: one per page, each with the page and any extra props.
 */
export function paginatedRoutes<T, Params extends Record<string, string>, Extra extends object>(
  items: readonly T[],
  options: {
    perPage: number;
    base: string;
    params: Params;
    props: Extra;
    /** Incremental builds reuse a page whose key is unchanged (see src/lib/build/cache-keys.ts). */
    cacheKey?: (page: Page<T>, props: Extra) => string;
  },
) {
  return paginate(items, options.perPage, options.base).map((page) => ({
    params: { ...options.params, page: pageParam(page.number) },
    props: { ...options.props, page },
    ...(options.cacheKey && { cacheKey: options.cacheKey(page, options.props) }),
  }));
}
