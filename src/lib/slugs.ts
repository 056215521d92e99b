/**
 * Slugs for URL segments: lowercase ASCII letters, digits and single hyphens.
 * Accents are folded ("Škoda" → "skoda"), "&" reads "and", and a slug never
 * contains "/" or "..".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The slug a post file gets from its name: "2026/Lexus Plant.md" → "lexus-plant". */
export function slugFromFilePath(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return slugify(base.replace(/\.(md|mdx)$/i, ""));
}
