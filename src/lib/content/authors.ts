/** Author helpers: URLs and the Contributors page grouping. */
import type { AuthorData } from "../listings/site-index";

export const ROLE_TITLES = {
  staff: "Staff writers",
  contributor: "Contributing writers",
  moderator: "Comment moderators",
} as const satisfies Record<AuthorData["role"], string>;

/** How one person's role reads on their profile. */
export const ROLE_LABELS = {
  staff: "Staff writer",
  contributor: "Contributor",
  moderator: "Moderator",
} as const satisfies Record<AuthorData["role"], string>;

/** Staff, then contributors, then moderators; each alphabetical by name. */
export function groupAuthorsByRole<A extends AuthorData>(
  authors: readonly A[],
  locale: string,
): { role: AuthorData["role"]; title: string; authors: A[] }[] {
  return (Object.keys(ROLE_TITLES) as AuthorData["role"][])
    .map((role) => ({
      role,
      title: ROLE_TITLES[role],
      authors: authors.filter((a) => a.role === role).sort((a, b) => a.name.localeCompare(b.name, locale)),
    }))
    .filter((group) => group.authors.length > 0);
}

/** "AL" for "Ana Lima": the avatar shown when an author has no picture. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => [...word][0]!.toLocaleUpperCase()).join("");
}
