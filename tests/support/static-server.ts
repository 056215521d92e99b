/**
 * A static file server for dist/, behaving like a CDN: /path/ serves
 * /path/index.html, /path redirects to /path/, unknown paths get 404.html,
 * and the site-wide headers from dist/_headers (the CSP above all) are sent.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { Transform } from "node:stream";
import { createGzip } from "node:zlib";
import { DIST } from "./paths";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".xml": "application/xml",
  ".txt": "text/plain",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  url: string;
  /** The paths asked for, in order (with their query strings). */
  requests: string[];
  /** Body bytes sent for each request, as sent (compressed or not), once its response ended. */
  sent: Map<number, number>;
  close(): Promise<void>;
}

/** The headers that dist/_headers sets for every path ("/*"), as a CDN would send them. */
function siteWideHeaders(root: string): Record<string, string> {
  const file = join(root, "_headers");
  if (!existsSync(file)) return {};
  const block = readFileSync(file, "utf8")
    .split(/\n\s*\n/)
    .find((rule) => rule.startsWith("/*\n"));
  return Object.fromEntries(
    (block ?? "")
      .split("\n")
      .slice(1)
      .map(
        (line) =>
          line
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
  );
}

const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt"]);

/** `compress`: gzip text as CDNs do (for Lighthouse; the tests read the bytes as written). */
export async function serveDist(root = DIST, { compress = false } = {}): Promise<StaticServer> {
  const headers = siteWideHeaders(root);
  const requests: string[] = [];
  const sent = new Map<number, number>();
  const server: Server = createServer((req, res) => {
    const id = requests.push(req.url ?? "/") - 1;
    let bytes = 0;
    res.on("finish", () => sent.set(id, bytes));
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, "404.html");
    }
    const type = { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    count.pipe(res);
    if (compress && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      res.writeHead(status, { ...type, "content-encoding": "gzip", vary: "Accept-Encoding" });
      createReadStream(file).pipe(createGzip()).pipe(count);
      return;
    }
    res.writeHead(status, type);
    createReadStream(file).pipe(count);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
