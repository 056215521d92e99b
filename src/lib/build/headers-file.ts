/**
 * The `_headers` file that CDNs such as Netlify and Cloudflare Pages read:
 * a Content-Security-Policy that allows exactly what the site loads, other
 * security headers, and caching rules. Inline scripts are allowed by their
 * SHA-256 hash, so no 'unsafe-inline' is needed for scripts. The scripts are
 * Paddock's own, passed in by the caller; nothing here reads page text.
 */
import { createHash } from "node:crypto";

export interface HeaderInputs {
  /** Text of every inline script Paddock writes into its pages (src/client/inline-scripts.ts). */
  inlineScripts: Iterable<string>;
  /** Origins the site frames (giscus). */
  frameOrigins: string[];
  /** Origins forms may post to (a newsletter provider). */
  formOrigins?: string[];
  /** Origins imported posts load images from (src/lib/build/image-origins.ts). */
  imageOrigins?: string[];
  /** The top level of dist/: folder names and file names, for the caching rules. */
  topLevel?: { folders: string[]; files: string[] };
}

/** Folders whose files have content hashes in their names. */
const HASHED = new Set(["_astro", "social"]);
const SHORT = "public, max-age=300, must-revalidate";
/** Cloudflare Pages reads at most 100 rules; above this many top-level entries the short rules are left out. */
export const MAX_SHORT_RULES = 60;
const FOREVER = "public, max-age=31536000, immutable";

export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

export function contentSecurityPolicy({
  inlineScripts,
  frameOrigins,
  formOrigins = [],
  imageOrigins = [],
}: HeaderInputs): string {
  const hashes = [...new Set([...inlineScripts].map(scriptHash))].sort();
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly in the page.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    // Astro inlines small stylesheets and avatar colours are style attributes.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${[...new Set(imageOrigins)].sort().join(" ")}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameOrigins.length ? frameOrigins.join(" ") : "'none'"}`,
    `form-action 'self' ${formOrigins.join(" ")}`.trim(),
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/**
 * Pages, feeds and the search index change with every build: five minutes, then revalidate.
 * Named folder by folder rather than under "/*", because CDNs merge a "/*" Cache-Control into
 * every other rule; left to the host's default when there are too many to list.
 */
export function shortCacheRules(topLevel: HeaderInputs["topLevel"]): [string, Record<string, string>][] {
  const paths = [
    ...(topLevel?.folders ?? []).filter((folder) => !HASHED.has(folder)).map((folder) => `/${folder}/*`),
    ...(topLevel?.files ?? [])
      .filter((file) => !file.startsWith("_"))
      .map((file) => (file === "index.html" ? "/" : `/${file}`)),
  ];
  return paths.length > MAX_SHORT_RULES ? [] : paths.map((path) => [path, { "Cache-Control": SHORT }]);
}

export function headersFile(inputs: HeaderInputs): string {
  const rules: [string, Record<string, string>][] = [
    [
      "/*",
      {
        "Content-Security-Policy": contentSecurityPolicy(inputs),
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Content-Type-Options": "nosniff",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      },
    ],
    // Hashed file names: a changed file gets a new name, so these never go stale.
    ...[...HASHED].map((folder): [string, Record<string, string>] => [`/${folder}/*`, { "Cache-Control": FOREVER }]),
    ...shortCacheRules(inputs.topLevel),
  ];
  return rules
    .map(([path, headers]) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}
