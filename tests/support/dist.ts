/** Reading the built site: every HTML page in dist/ and its parsed DOM. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { DIST } from "./paths";

export interface BuiltPage {
  /** Site-relative URL, e.g. /2026/10/honda-fire/ */
  url: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

export function distFiles(): string[] {
  return walk(DIST).map((file) => "/" + relative(DIST, file).split(sep).join("/"));
}

let pages: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  pages ??= distFiles()
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(join(DIST, file), "utf8");
      const url = file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
      return { url, file, html, dom: parse(html) };
    });
  return pages;
}

export function page(url: string): BuiltPage {
  const found = builtPages().find((p) => p.url === url);
  if (!found) throw new Error(`dist/ has no page at ${url}`);
  return found;
}
