/**
 * Slugs for URL segments: lowercase letters, digits and single hyphens. Latin
 * accents are folded ("Škoda" → "skoda"), other scripts are kept ("日産"),
 * "&" reads "and", and a slug never contains "/" or ".". A text with no
 * letters or digits gives "".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The slug a post file gets from its name: "2026/Lexus Plant.md" → "lexus-plant". */
export function slugFromFilePath(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return slugify(base.replace(/\.(md|mdx)$/i, ""));
}
