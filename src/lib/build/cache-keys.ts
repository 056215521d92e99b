/**
 * Cache keys for Astro's incremental builds: a page whose key and code are
 * unchanged since the last build is copied instead of rendered. A key must
 * cover everything the page shows, so it hashes the page's data whole,
 * content entries by their digest (which covers the file's text). Leaving
 * data out would serve stale pages; putting too much in only re-renders.
 */
import { createHash } from "node:crypto";

interface EntryLike {
  id: string;
  collection: string;
  digest?: string | number | undefined;
}

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === "object" &&
  value !== null &&
  "collection" in value &&
  "id" in value &&
  "digest" in value &&
  "data" in value;

/** A stable hash of any page data: entries stand for their digest, post bodies for nothing (the digest has them). */
export function cacheKey(value: unknown): string {
  const json = JSON.stringify(value, (key, item: unknown) => {
    if (isEntry(item)) return `${item.collection}/${item.id}@${item.digest}`;
    if (key === "body" && typeof item === "string") return undefined;
    if (item instanceof Map) return [...item];
    if (item instanceof Set) return [...item];
    return item;
  });
  return createHash("sha256")
    .update(json ?? "undefined")
    .digest("base64url");
}
