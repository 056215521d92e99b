/** Reading the script side of a Content-Security-Policy, for tests that check what it allows. */
import { createHash } from "node:crypto";
import { parse } from "node-html-parser";

/** The `'sha256-…'` sources of script-src in the "/*" rule of a `_headers` file. */
export function allowedScriptHashes(headers: string): string[] {
  const scriptSrc = /Content-Security-Policy:[^\n]*?script-src ([^;\n]*)/.exec(headers)?.[1];
  if (scriptSrc === undefined) throw new Error("_headers has no Content-Security-Policy with a script-src");
  return scriptSrc.split(" ").filter((source) => source.startsWith("'sha256-"));
}

export const hashOf = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

const EXECUTABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The text of every inline script a browser would run in this HTML, found by parsing it as a browser does. */
export function executableInlineScripts(html: string): string[] {
  return parse(html)
    .querySelectorAll("script")
    .filter((script) => !script.hasAttribute("src"))
    .filter((script) => EXECUTABLE_TYPES.has((script.getAttribute("type") ?? "").trim().toLowerCase()))
    .map((script) => script.rawText);
}
