/**
 * Article HTML made safe for feed readers: every URL absolute (readers have
 * no base URL), no scripts or inline event handlers, no Astro-internal
 * attributes.
 */
import { parse } from "node-html-parser";

const URL_ATTRIBUTES = ["href", "src", "poster", "cite", "action"];
const DROPPED_ELEMENTS = "script, style, noscript, template";

function absolute(url: string, base: string): string {
  const trimmed = url.trim();
  if (trimmed === "" || trimmed.startsWith("mailto:") || trimmed.startsWith("tel:")) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/** `base` is the article's absolute URL, so "#notes" and "./photo.jpg" resolve as on the page. */
export function feedSafeHtml(html: string, base: string): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll("*")) {
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? "";
      if (lower.startsWith("on") || lower.startsWith("data-astro") || lower === "data-pagefind-body") {
        element.removeAttribute(name);
      } else if (URL_ATTRIBUTES.includes(lower)) {
        if (/^\s*javascript:/i.test(value)) element.removeAttribute(name);
        else element.setAttribute(name, absolute(value, base));
      } else if (lower === "srcset") {
        const candidates = value.split(",").map((candidate) => {
          const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, base), ...descriptor].join(" ");
        });
        element.setAttribute(name, candidates.join(", "));
      }
    }
  }
  return root.toString();
}
