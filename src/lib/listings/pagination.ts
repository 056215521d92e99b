/**
 * WordPress-style pagination: page 1 lives at the listing's own URL, later
 * pages at <base>page/N/. Page numbers are 1-based.
 */
export interface Page<T> {
  items: T[];
  number: number;
  lastPage: number;
  total: number;
  url: string;
  prevUrl: string | undefined;
  nextUrl: string | undefined;
}

export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: lastPage }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * perPage, number * perPage),
      number,
      lastPage,
      total: items.length,
      url: pageUrl(base, number),
      prevUrl: number > 1 ? pageUrl(base, number - 1) : undefined,
      nextUrl: number < lastPage ? pageUrl(base, number + 1) : undefined,
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
