/**
 * WordPress post content → a Paddock .md body. The result is HTML blocks
 * separated by blank lines, so Markdown leaves the text alone (a "*" or "#"
 * in a WordPress post stays a character), every tag is closed, and "{", "}"
 * and "<" in text are written as entities so the body is safe even as MDX.
 */
import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";
import sanitizeHtml from "sanitize-html";
import { videoLink } from "../../content/video";
import { hasBlocks, parseBlocks, type Block } from "./blocks";

export interface Attachment {
  url: string;
  alt: string;
  caption: string;
  /** The post the file was uploaded to, and its place among that post's files. */
  parent: string;
  order: number;
}

export interface ConvertPost {
  /** The WordPress id of the post being converted ([gallery] without ids shows its attachments). */
  id: string;
}

export interface ConvertContext {
  /** Attachment id → file, for [gallery ids="…"] and featured images. */
  attachments: ReadonlyMap<string, Attachment>;
  /** Rewrites an uploads URL (to the local copy, when --uploads is given). */
  image?: (url: string, kind: "img" | "link") => string;
  /** The post being converted: a [gallery] without ids shows the files uploaded to it. */
  postId?: string;
}

export interface Converted {
  body: string;
  /** Text before <!--more-->, when the post has one. */
  teaser: string | undefined;
  /** Shortcodes kept as text because Paddock has no equivalent: name → count. */
  unknownShortcodes: Map<string, number>;
  /** Embeds and iframes that were dropped (no usable http(s) address, or an iframe not YouTube or Vimeo). */
  droppedEmbeds: string[];
  /** Blocks with no Paddock equivalent, kept as their HTML: name → count. */
  unknownBlocks: Map<string, number>;
  /** Blocks whose attributes were not a JSON object (their HTML is kept). */
  unreadableBlocks: number;
}

const BLOCK_TAGS =
  "table|thead|tfoot|caption|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|blockquote|address|p|h[1-6]|hr|section|article|aside|header|footer|nav|figure|figcaption|details|summary|iframe";
const STARTS_WITH_BLOCK = new RegExp(`^</?(?:${BLOCK_TAGS})[\\s>/]|^<!--`, "i");
const OPENING_BLOCK = new RegExp(`(<(?:${BLOCK_TAGS})[\\s/>])`, "gi");
const CLOSING_BLOCK = new RegExp(`(</(?:${BLOCK_TAGS})>)`, "gi");
const BLOCK_ELEMENT = new RegExp(`^(?:${BLOCK_TAGS})$`, "i");
const VOID = new Set(["br", "hr", "img", "source", "wbr", "col"]);
const SAFE_URL = /^(https?:|mailto:|tel:|\/|#|\.)/i;

/**
 * WordPress's wpautop: blank lines separate paragraphs, single line breaks
 * become <br>, and block elements (headings, lists, figures…) end a paragraph
 * instead of landing inside one.
 */
export function autoParagraphs(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").trim();
  if (!normalized) return "";
  const pres: string[] = [];
  // Line breaks inside <pre> are the text itself.
  const guarded = normalized
    .replace(/<pre[\s\S]*?<\/pre>/gi, (pre) => `\n\n\uE000${pres.push(pre) - 1}\uE000\n\n`)
    .replace(OPENING_BLOCK, "\n\n$1")
    .replace(CLOSING_BLOCK, "$1\n\n");
  return guarded
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) =>
      STARTS_WITH_BLOCK.test(chunk) || /^\uE000\d+\uE000$/.test(chunk)
        ? chunk
        : `<p>${chunk.replace(/\n/g, "<br />\n")}</p>`,
    )
    .join("\n\n")
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => pres[Number(i)]!);
}

/** The text a reader sees in some HTML, entities decoded and whitespace collapsed. */
export function plainText(html: string): string {
  return parse(html).text.replace(/\s+/g, " ").trim();
}

/** A video as a plain link: no third-party script or request until the reader clicks. */
function videoFacade(url: string): string | undefined {
  const video = videoLink(url);
  if (!video) return undefined;
  return `<p class="video-link"><a href="${video.embed}" rel="noopener">▶ Watch the video on ${video.label}</a></p>`;
}

function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  }
  return attributes;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&(?!#?\w+;)/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;");
}

/** Text as HTML that neither Markdown nor MDX will read as code: existing entities are kept. */
function escapeText(value: string): string {
  return value
    .replace(/&(?!#?\w+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\{/g, "&#123;")
    .replace(/\}/g, "&#125;");
}

function serialize(node: Node, context: ConvertContext, dropped: string[]): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeText(node.rawText);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return "";
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  const children = () => element.childNodes.map((child) => serialize(child, context, dropped)).join("");
  if (!tag) return children();
  if (tag === "iframe") {
    const src = element.getAttribute("src") ?? "";
    const facade = videoFacade(src);
    if (!facade) dropped.push(src || "an iframe without a source");
    return facade ?? "";
  }
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => !/^on/i.test(name) && name.toLowerCase() !== "style")
    .map(([name, value]) => {
      const lower = name.toLowerCase();
      if (lower === "href" || lower === "src") {
        if (!SAFE_URL.test(value.trim())) return undefined;
        // Images, and links to uploaded files, point at the local copies.
        if (context.image && (tag === "img" || /\/wp-content\/uploads\//.test(value)))
          value = context.image(value, tag === "img" ? "img" : "link");
      }
      if (lower === "srcset" || lower === "sizes") return undefined; // resized copies are not imported
      return `${lower}="${escapeAttribute(value)}"`;
    })
    .filter((attribute) => attribute !== undefined);
  const open = `<${tag}${attributes.length ? ` ${attributes.join(" ")}` : ""}`;
  return VOID.has(tag) ? `${open} />` : `${open}>${children()}</${tag}>`;
}

// What WordPress content may keep: text formatting, links, images, tables, figures and iframes
// (which the serializer turns into video links or drops). Everything else goes, whatever it is.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd"],
    ...["details", "summary"],
    ...[
      "a",
      "strong",
      "b",
      "em",
      "i",
      "u",
      "s",
      "del",
      "ins",
      "sub",
      "sup",
      "small",
      "mark",
      "q",
      "cite",
      "abbr",
      "span",
    ],
    ...[
      "img",
      "figure",
      "figcaption",
      "div",
      "table",
      "thead",
      "tbody",
      "tfoot",
      "tr",
      "th",
      "td",
      "caption",
      "iframe",
    ],
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "width", "height", "title"],
    iframe: ["src"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    abbr: ["title"],
  },
  // Only the classes Paddock styles (src/styles/global.css), never one from the export.
  allowedClasses: {
    div: [
      "gallery",
      "block-columns",
      "block-column",
      "block-group",
      "block-cover",
      "block-cover__text",
      "block-media-text",
      "block-media-text--right",
      "block-media-text__text",
    ],
    p: ["video-link", "block-buttons", "block-file", "link-card"],
    a: ["button-link", "button-link--outline"],
    figure: ["block-media-text__media"],
    blockquote: ["pullquote"],
    span: ["link-card__provider"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowProtocolRelative: true,
};

const isBlock = (node: Node) =>
  node.nodeType === NodeType.ELEMENT_NODE && BLOCK_ELEMENT.test((node as HTMLElement).rawTagName ?? "");

/**
 * Every tag closed, nothing executable, text escaped for Markdown and MDX.
 * Top-level blocks are separated by one blank line and contain none, since a
 * blank line would end a Markdown HTML block in the middle of an element;
 * loose text and inline elements at the top level are gathered into paragraphs.
 */
export function cleanHtml(html: string, context: ConvertContext, dropped: string[] = []): string {
  const root = parse(sanitizeHtml(html, ALLOWED), { comment: false, blockTextElements: {} });
  const blocks: string[] = [];
  let inline = "";
  const flush = () => {
    if (inline.trim()) blocks.push(`<p>${inline.trim().replace(/\n\s*\n/g, "\n")}</p>`);
    inline = "";
  };
  for (const node of root.childNodes) {
    const html = serialize(node, context, dropped);
    if (!isBlock(node)) {
      inline += html;
      continue;
    }
    flush();
    const tag = (node as HTMLElement).rawTagName.toLowerCase();
    // <pre> keeps a blank line as a line holding one space, which shows the same.
    const block = tag === "pre" ? html.replace(/\n(?=\n)/g, "\n&#32;") : html.replace(/\n\s*\n/g, "\n");
    if (block.trim()) blocks.push(block.trim());
  }
  flush();
  return blocks.join("\n\n");
}

function captionFigure(attributes: Record<string, string>, inner: string): string {
  // The caption is the text after the image (or its link); newer exports also use caption="…".
  const match = /^\s*((?:<a[^>]*>\s*)?<img[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  const media = match?.[1] ?? inner;
  const caption = (attributes.caption ?? match?.[2] ?? "").trim();
  return `<figure>${media}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

function gallery(attributes: Record<string, string>, context: ConvertContext): string {
  const ids = (attributes.ids ?? attributes.include ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  // Without ids WordPress shows every file uploaded to the post, in their order.
  const files = ids.length
    ? ids.map((id) => context.attachments.get(id)).filter((attachment) => attachment !== undefined)
    : [...context.attachments.values()].filter((a) => a.parent === context.postId).sort((a, b) => a.order - b.order);
  const figures = files.map(
    (a) =>
      `<figure><img src="${escapeAttribute(a.url)}" alt="${escapeAttribute(a.alt)}" />${
        a.caption ? `<figcaption>${a.caption}</figcaption>` : ""
      }</figure>`,
  );
  return figures.length ? `<div class="gallery">${figures.join("")}</div>` : "";
}

interface ShortcodeMatch {
  /** "[" when the shortcode is escaped as [[name]]. */
  open: string;
  name: string;
  attributeText: string;
  /** The text up to the matching [/name], when there is one. */
  inner: string | undefined;
  /** "]" when the shortcode is escaped as [[name]]. */
  close: string;
}

/**
 * Replaces every shortcode — `[name attributes]`, with an optional
 * `…[/name]` — by what `replace` returns, left to right; the text inside a
 * shortcode is not searched again. This is WordPress's shortcode grammar read
 * in one pass: a regular expression with a lazy "anything up to [/name]"
 * rescans the rest of the post for every opening tag, which takes minutes
 * on a long post of unclosed tags. Here every closing tag is indexed once and
 * each name's next closing tag is found by moving a pointer forward, so the
 * time grows with the length of the post.
 */
export function replaceShortcodes(text: string, replace: (whole: string, match: ShortcodeMatch) => string): string {
  const closings = new Map<string, { starts: number[]; next: number }>();
  for (const closing of text.matchAll(/\[\/([a-z][\w-]*)\]/gi)) {
    const name = closing[1]!.toLowerCase();
    let entry = closings.get(name);
    if (!entry) closings.set(name, (entry = { starts: [], next: 0 }));
    entry.starts.push(closing.index);
  }
  /** The first [/name] that starts at or after `from`. */
  const closingAfter = (name: string, from: number) => {
    const entry = closings.get(name.toLowerCase());
    if (!entry) return -1;
    while (entry.next < entry.starts.length && entry.starts[entry.next]! < from) entry.next++;
    return entry.next < entry.starts.length ? entry.starts[entry.next]! : -1;
  };
  // The next "]" at or after a position, remembered: positions only grow, so it is searched for once per "]".
  let bracket = -2;
  const bracketFrom = (from: number) => {
    if (bracket !== -1 && bracket < from) bracket = text.indexOf("]", from);
    return bracket;
  };
  const NAME = /[a-z][\w-]*/iy;

  let out = "";
  let copied = 0;
  for (let at = text.indexOf("["); at !== -1;) {
    const open = text[at + 1] === "[" ? "[" : "";
    NAME.lastIndex = at + 1 + open.length;
    const name = NAME.exec(text)?.[0];
    let end = NAME.lastIndex;
    let attributeText = "";
    if (name && text[end] !== "]" && /\s/.test(text[end] ?? "")) {
      const closeBracket = bracketFrom(end);
      if (closeBracket !== -1) {
        attributeText = text.slice(end, closeBracket);
        end = closeBracket;
      }
    }
    if (!name || text[end] !== "]") {
      at = text.indexOf("[", at + 1);
      continue;
    }
    end++;
    let inner: string | undefined;
    const closing = closingAfter(name, end);
    if (closing !== -1) {
      inner = text.slice(end, closing);
      end = closing + name.length + 3;
    }
    const close = text[end] === "]" ? "]" : "";
    end += close.length;
    out += text.slice(copied, at) + replace(text.slice(at, end), { open, name, attributeText, inner, close });
    copied = end;
    at = text.indexOf("[", end);
  }
  return out + text.slice(copied);
}

/**
 * The first `<!--more…-->` (its `-->` on the same line), in one pass: the
 * next "-->" and the next line end are each searched for once and
 * remembered, where a lazy regular expression would rescan the line from
 * every "<!--more" in it.
 */
export function findMoreTag(text: string): { index: number; length: number } | undefined {
  const TAG = "<!--more";
  const lineEnds = /[\n\r\u2028\u2029]/g;
  let end = -2;
  let lineEnd = -2;
  for (let at = text.indexOf(TAG); at !== -1; at = text.indexOf(TAG, at + 1)) {
    const from = at + TAG.length;
    if (end !== -1 && end < from) end = text.indexOf("-->", from);
    if (end === -1) return undefined;
    if (lineEnd !== -1 && lineEnd < from) {
      lineEnds.lastIndex = from;
      lineEnd = lineEnds.exec(text)?.index ?? -1;
    }
    if (lineEnd === -1 || lineEnd > end) return { index: at, length: end + 3 - at };
  }
  return undefined;
}

export function convertContent(raw: string, context: ConvertContext): Converted {
  const unknownShortcodes = new Map<string, number>();
  const droppedEmbeds: string[] = [];
  let text = raw.replace(/\r\n?/g, "\n");

  let teaser: string | undefined;
  const more = findMoreTag(text);
  if (more) {
    teaser = text.slice(0, more.index).trim();
    text = text.slice(0, more.index) + text.slice(more.index + more.length);
  }

  // A video URL alone on its line is a WordPress auto-embed.
  text = text.replace(/^[ \t]*(https?:\/\/\S+)[ \t]*$/gm, (line, url: string) => videoFacade(url) ?? line);

  text = replaceShortcodes(text, (whole, { open, name, attributeText, inner, close }) => {
    // [[caption]] is WordPress's escape for a literal shortcode.
    if (open === "[" && close === "]") return whole.slice(1, -1);
    const attributes = shortcodeAttributes(attributeText);
    switch (name.toLowerCase()) {
      case "caption":
      case "wp_caption":
        return captionFigure(attributes, inner ?? "");
      case "gallery":
        return gallery(attributes, context);
      case "embed":
      case "youtube":
      case "vimeo":
      case "video": {
        const url = (inner ?? attributes.src ?? attributes.url ?? Object.values(attributes)[0] ?? "").trim();
        return videoFacade(url) ?? (droppedEmbeds.push(url || `[${name}]`), "");
      }
      default:
        unknownShortcodes.set(name, (unknownShortcodes.get(name) ?? 0) + 1);
        return whole;
    }
  });

  const blocks = { unknown: new Map<string, number>(), dropped: droppedEmbeds, badAttrs: 0 };
  // WordPress adds paragraphs itself only to posts without blocks; block content is saved as HTML.
  const html = hasBlocks(text) ? renderBlocks(text, blocks) : autoParagraphs(text);
  const body = cleanHtml(html, context, droppedEmbeds);
  const plainTeaser = teaser ? plainText(cleanHtml(autoParagraphs(teaser), context)) : undefined;
  return {
    body,
    teaser: plainTeaser || undefined,
    unknownShortcodes,
    droppedEmbeds,
    unknownBlocks: blocks.unknown,
    unreadableBlocks: blocks.badAttrs,
  };
}

// ─── Block-editor content ───────────────────────────────────────────────────

/** Provider names for link cards; any other provider is named by its host. */
const PROVIDERS: Record<string, string> = {
  twitter: "X (Twitter)",
  x: "X (Twitter)",
  instagram: "Instagram",
  facebook: "Facebook",
  "wordpress-tv": "WordPress.tv",
  tiktok: "TikTok",
  spotify: "Spotify",
  soundcloud: "SoundCloud",
  flickr: "Flickr",
  reddit: "Reddit",
  tumblr: "Tumblr",
  pinterest: "Pinterest",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  dailymotion: "Dailymotion",
};

/** Blocks whose saved HTML already is what Paddock shows (classes are stripped by the sanitiser). */
const AS_SAVED = new Set(
  [
    "paragraph",
    "heading",
    "list",
    "list-item",
    "quote",
    "table",
    "code",
    "preformatted",
    "separator",
    "details",
    "image",
    "html",
    "freeform",
    "verse",
    "shortcode",
    "missing",
  ].map((name) => `core/${name}`),
);
/** Layout-only or dynamic blocks that show nothing in a static copy. */
const NOTHING = new Set(["core/spacer", "core/more", "core/nextpage"]);

/** An http(s) or site-relative address, else undefined: a block attribute is untrusted. */
function webUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const url = value.trim();
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

interface BlockCounts {
  unknown: Map<string, number>;
  dropped: string[];
  badAttrs: number;
}

function savedHtml(block: Block, counts: BlockCounts): string {
  let i = 0;
  return block.innerContent.map((part) => part ?? renderBlock(block.innerBlocks[i++]!, counts)).join("");
}

const innerBlocksHtml = (block: Block, counts: BlockCounts) =>
  block.innerBlocks.map((inner) => renderBlock(inner, counts)).join("");

function firstImage(html: string): { src: string; alt: string } | undefined {
  const img = parse(html).querySelector("img");
  const src = img?.getAttribute("src");
  return src ? { src, alt: img?.getAttribute("alt") ?? "" } : undefined;
}

function embed(block: Block, counts: BlockCounts): string {
  const url = webUrl(block.attrs.url) ?? webUrl(plainText(savedHtml(block, counts)));
  if (!url || url.startsWith("/")) {
    counts.dropped.push(typeof block.attrs.url === "string" ? block.attrs.url : `a ${block.name} block without a URL`);
    return "";
  }
  const facade = videoFacade(url);
  if (facade) return facade;
  const slug = block.name.startsWith("core-embed/") ? block.name.slice(11) : String(block.attrs.providerNameSlug ?? "");
  const provider = PROVIDERS[slug] ?? new URL(url).hostname.replace(/^www\./, "");
  return `<p class="link-card"><a href="${escapeAttribute(url)}" rel="noopener nofollow"><span class="link-card__provider">${escapeText(provider)}</span> ${escapeText(url)}</a></p>`;
}

function renderBlock(block: Block, counts: BlockCounts): string {
  if (block.badAttrs) counts.badAttrs++;
  const name = block.name;
  if (AS_SAVED.has(name)) return savedHtml(block, counts);
  if (NOTHING.has(name)) return "";
  if (name === "core/embed" || name.startsWith("core-embed/")) return embed(block, counts);
  switch (name) {
    case "core/columns":
      return `<div class="block-columns">${innerBlocksHtml(block, counts)}</div>`;
    case "core/column":
      return `<div class="block-column">${innerBlocksHtml(block, counts)}</div>`;
    case "core/group":
    case "core/row":
    case "core/stack":
      return `<div class="block-group">${innerBlocksHtml(block, counts)}</div>`;
    case "core/buttons":
      return `<p class="block-buttons">${innerBlocksHtml(block, counts)}</p>`;
    case "core/button": {
      const link = parse(savedHtml(block, counts)).querySelector("a");
      const href = webUrl(link?.getAttribute("href"));
      if (!link || !href) return escapeText(link?.text ?? "");
      // Only a class Paddock styles: never a class name from the export.
      const outline = String(block.attrs.className ?? "")
        .split(/\s+/)
        .includes("is-style-outline");
      return `<a class="button-link${outline ? " button-link--outline" : ""}" href="${escapeAttribute(href)}">${escapeText(link.text.trim())}</a>`;
    }
    case "core/cover": {
      const image = webUrl(block.attrs.url);
      const alt =
        typeof block.attrs.alt === "string" ? block.attrs.alt : (firstImage(savedHtml(block, counts))?.alt ?? "");
      const text = innerBlocksHtml(block, counts);
      const media =
        image && block.attrs.backgroundType !== "video"
          ? `<img src="${escapeAttribute(image)}" alt="${escapeAttribute(alt)}" />`
          : "";
      return `<div class="block-cover">${media}<div class="block-cover__text">${text}</div></div>`;
    }
    case "core/media-text": {
      const image =
        firstImage(savedHtml(block, counts)) ??
        (webUrl(block.attrs.mediaUrl) ? { src: String(block.attrs.mediaUrl), alt: "" } : undefined);
      const right = block.attrs.mediaPosition === "right";
      const media = image
        ? `<figure class="block-media-text__media"><img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}" /></figure>`
        : "";
      return `<div class="block-media-text${right ? " block-media-text--right" : ""}">${media}<div class="block-media-text__text">${innerBlocksHtml(block, counts)}</div></div>`;
    }
    case "core/gallery": {
      const root = parse(savedHtml(block, counts));
      const figures = root.querySelectorAll("img").map((img) => {
        const figure = img.closest("figure");
        const caption = figure && figure !== root.querySelector("figure") ? figure.querySelector("figcaption") : null;
        return `<figure>${img.toString()}${caption ? `<figcaption>${caption.innerHTML}</figcaption>` : ""}</figure>`;
      });
      return figures.length ? `<div class="gallery">${figures.join("")}</div>` : "";
    }
    case "core/pullquote": {
      const quote = parse(savedHtml(block, counts)).querySelector("blockquote");
      return quote ? `<blockquote class="pullquote">${quote.innerHTML}</blockquote>` : "";
    }
    case "core/file":
    case "core/video":
    case "core/audio": {
      const root = parse(savedHtml(block, counts));
      const element = root.querySelector("a, video, audio, source");
      const href = webUrl(block.attrs.href) ?? webUrl(element?.getAttribute("href") ?? element?.getAttribute("src"));
      if (!href) return "";
      const label =
        (name === "core/file" ? root.querySelector("a")?.text.trim() : undefined) ||
        `${name === "core/audio" ? "Audio" : name === "core/video" ? "Video" : "File"}: ${href.split("/").pop()}`;
      return `<p class="block-file"><a href="${escapeAttribute(href)}">${escapeText(label)}</a></p>`;
    }
    default:
      // No Paddock equivalent: its HTML is kept (sanitised) and it is counted in the report.
      counts.unknown.set(name, (counts.unknown.get(name) ?? 0) + 1);
      return savedHtml(block, counts);
  }
}

/** Block-editor content as HTML: each block mapped deliberately, HTML between blocks as the classic editor's. */
export function renderBlocks(text: string, counts: BlockCounts): string {
  return parseBlocks(text)
    .map((part) => (typeof part === "string" ? autoParagraphs(part) : renderBlock(part, counts)))
    .filter((html) => html.trim())
    .join("\n\n");
}
