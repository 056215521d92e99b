/**
 * What each static host publishes, from its own documentation: a build
 * whose dist/ is past its host's limits deploys partly or not at all, so the
 * build warns (it still completes: the same dist/ may go to object storage).
 */
export const HOSTS = {
  "github-pages": { name: "GitHub Pages", maxBytes: 1024 ** 3 },
  "cloudflare-pages": { name: "Cloudflare Pages (free plan)", maxFiles: 20_000 },
  "cloudflare-pages-paid": { name: "Cloudflare Pages (paid plans)", maxFiles: 100_000 },
  "gitlab-pages": { name: "GitLab Pages", maxFiles: 200_000 },
  // Object storage behind a CDN (S3, R2, GCS…): no limit that an archive reaches.
  "object-storage": { name: "object storage behind a CDN" },
} as const satisfies Record<string, { name: string; maxBytes?: number; maxFiles?: number }>;

export type Host = keyof typeof HOSTS;

export const isHost = (value: string): value is Host => Object.hasOwn(HOSTS, value);

/** The warnings for a dist/ of this many files and bytes on this host; empty when it fits. */
export function hostLimitWarnings(host: Host, dist: { files: number; bytes: number }): string[] {
  const limits: { name: string; maxBytes?: number; maxFiles?: number } = HOSTS[host];
  const warnings: string[] = [];
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString("en-US")} MB`;
  if (limits.maxBytes !== undefined && dist.bytes > limits.maxBytes) {
    warnings.push(`dist/ is ${mb(dist.bytes)}; ${limits.name} publishes at most ${mb(limits.maxBytes)}`);
  }
  if (limits.maxFiles !== undefined && dist.files > limits.maxFiles) {
    warnings.push(
      `dist/ has ${dist.files.toLocaleString("en-US")} files; ${limits.name} takes at most ${limits.maxFiles.toLocaleString("en-US")}`,
    );
  }
  return warnings.map(
    (warning) =>
      `${warning}. Set "host" in paddock.config.ts to where the site is deployed, or see docs/performance.md for which hosts fit which archive size.`,
  );
}
