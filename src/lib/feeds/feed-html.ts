/**
 * Article HTML made safe for feed readers: every URL absolute (readers have
 * no base URL) and of a harmless scheme, no scripts, frames' inline
 * documents, plugins, forms, inline event handlers or Astro-internal
 * attributes and classes. Imported WordPress HTML goes through here, so it is treated as
 * untrusted.
 */
import { parse } from "node-html-parser";
import { escapeMarkup } from "./escape-markup";

const URL_ATTRIBUTES = new Set(["href", "src", "poster", "cite", "action", "xlink:href", "background"]);
const DROPPED_ATTRIBUTES = new Set(["srcdoc", "formaction", "data-pagefind-body"]);
const DROPPED_ELEMENTS = "script, style, noscript, template, object, embed, form, base, meta, link";
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/** The absolute URL, or undefined when it is not one a reader may safely follow. */
function safeUrl(url: string, base: string): string | undefined {
  try {
    // Resolving first: browsers ignore tabs and newlines in "java\tscript:", and so does URL.
    const resolved = new URL(url.trim(), base);
    return SAFE_SCHEMES.has(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export interface FeedArticleParts {
  hero?: { src: string; width: number; height: number; alt: string; credit?: string | undefined } | undefined;
  /** Update and correction notices, already formatted for display. */
  notices: { label: string; date: string; text: string }[];
  body: string;
}

/** The article as a feed reader shows it: hero image, notices, then the body, as on the page. */
export function feedArticleHtml({ hero, notices, body }: FeedArticleParts): string {
  const figure = hero
    ? `<figure><img src="${escapeMarkup(hero.src)}" alt="${escapeMarkup(hero.alt)}" width="${hero.width}" height="${hero.height}">` +
      (hero.credit ? `<figcaption>${escapeMarkup(hero.credit)}</figcaption>` : "") +
      "</figure>"
    : "";
  const noticeHtml = notices
    .map((n) => `<p><strong>${escapeMarkup(n.label)}</strong> (${escapeMarkup(n.date)}): ${escapeMarkup(n.text)}</p>`)
    .join("");
  return figure + noticeHtml + body;
}

/** `base` is the article's absolute URL, so "#notes" and "./photo.jpg" resolve as on the page. */
export function feedSafeHtml(html: string, base: string): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll("*")) {
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? "";
      if (lower.startsWith("on") || lower.startsWith("data-astro") || DROPPED_ATTRIBUTES.has(lower)) {
        element.removeAttribute(name);
      } else if (lower === "class") {
        // Astro's scoped-style classes mean nothing outside the site's stylesheets.
        const classes = value.split(/\s+/).filter((name) => name && !/^astro-[a-z0-9]+$/.test(name));
        if (classes.length > 0) element.setAttribute(name, classes.join(" "));
        else element.removeAttribute(name);
      } else if (URL_ATTRIBUTES.has(lower)) {
        const url = safeUrl(value, base);
        if (url) element.setAttribute(name, url);
        else element.removeAttribute(name);
      } else if (lower === "srcset") {
        const candidates = value.split(",").flatMap((candidate) => {
          const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
          const safe = safeUrl(url, base);
          return safe ? [[safe, ...descriptor].join(" ")] : [];
        });
        element.setAttribute(name, candidates.join(", "));
      }
    }
  }
  return root.toString();
}
