/**
 * Article addresses must be their own. With a structure such as /%postname%/ a post's path can be
 * a standalone page's (/about/), a route's (/archive/, /search/), a listing's (/2026/10/ under
 * /%year%/%post_id%/) or a redirect's; one of them would silently lose. This finds every such
 * clash so the build stops naming both sides.
 */

/** An address and who serves it: a file ("src/content/pages/about.md") or a route ("the archive"). */
export interface Claim {
  path: string;
  owner: string;
}

// Folders the build itself fills: an article there would be overwritten or removed.
const BUILD_FOLDERS = ["_astro", "pagefind", "social", "wp-content"];

/**
 * The paths of the routes in src/pages that have no parameter, from their file names relative to
 * src/pages ("archive.astro" → "/archive/", "robots.txt.ts" → "/robots.txt").
 */
export function staticRouteClaims(files: readonly string[]): Claim[] {
  return files
    .map((file) => file.split("\\").join("/"))
    .filter((file) => /\.(astro|ts|md|mdx)$/.test(file) && !file.includes("[") && !/(^|\/)_/.test(file))
    .map((file) => {
      const route = file.replace(/\.(astro|ts|md|mdx)$/, "");
      const path = /\.[a-z]+$/.test(route) ? `/${route}` : `/${route.replace(/(^|\/)index$/, "")}/`.replace("//", "/");
      return { path, owner: `src/pages/${file}` };
    });
}

/** Decoded, so "/%C5%A1koda/" and "/škoda/" are one address, as the host serves them. */
function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Each clash between an article and another claim, as a sentence naming both. `listings` are the
 * first pages of listings: their later pages (<url>page/N/) are claimed too.
 */
export function articleCollisions(
  articles: readonly Claim[],
  others: readonly Claim[],
  listings: readonly Claim[],
): string[] {
  const taken = new Map<string, Claim>();
  for (const claim of [...others, ...listings]) taken.set(decoded(claim.path), claim);
  const listingAt = new Map(listings.map((claim) => [decoded(claim.path), claim]));
  const problems: string[] = [];
  for (const article of articles) {
    const path = decoded(article.path);
    const laterPage = /^(.*\/)page\/\d+\/$/.exec(path);
    const other = taken.get(path) ?? (laterPage ? listingAt.get(laterPage[1]!) : undefined);
    const folder = path.split("/")[1]!;
    const clash = other
      ? `is also served by ${other.owner}`
      : BUILD_FOLDERS.includes(folder)
        ? `is inside /${folder}/, which the build fills itself`
        : undefined;
    if (clash) {
      problems.push(
        `${article.owner}: its address ${article.path} (from the permalink setting, or its "permalink") ${clash}; expected an address of its own: set "slug" or "permalink" in the post, or rename the other`,
      );
    }
  }
  return problems;
}
