/**
 * The hosts whose images imported posts still load (an upload that was not
 * brought across keeps its old absolute address). The WordPress import writes
 * them to src/data/image-origins.json; the build allows exactly those in the
 * Content-Security-Policy's img-src. The export is untrusted, so an origin is
 * only ever "https://host[:port]": no path, no wildcard, no other scheme.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const IMAGE_ORIGINS_FILE = "src/data/image-origins.json";

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** The https origin to allow for an image at `url` (an http image is upgraded by browsers), or undefined. */
export function imageOrigin(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (parsed.username || parsed.password || !HOST.test(parsed.hostname)) return undefined;
  return `https://${parsed.hostname}${parsed.port && parsed.protocol === "https:" ? `:${parsed.port}` : ""}`;
}

/** The origins in the file's text, or an error naming the file, the entry and what was expected. */
export function parseImageOrigins(text: string, file = IMAGE_ORIGINS_FILE): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file} must be a list of origins such as ["https://images.example.com"]`);
  return data.map((entry: unknown, i) => {
    if (typeof entry !== "string" || imageOrigin(entry) !== entry) {
      throw new Error(
        `${file}: entry ${i + 1} must be an https origin such as "https://images.example.com" (no path or wildcard), got ${JSON.stringify(entry)}`,
      );
    }
    return entry;
  });
}

export function readImageOrigins(root = "."): string[] {
  const file = join(root, IMAGE_ORIGINS_FILE);
  return existsSync(file) ? parseImageOrigins(readFileSync(file, "utf8")) : [];
}
