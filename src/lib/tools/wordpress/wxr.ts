/**
 * A streaming reader for WordPress export files (WXR 1.0–1.2). It never holds
 * the whole file: items are handed to the caller one by one, so a 500 MB
 * export is read in bounded memory. Commenter e-mail and IP addresses are
 * never read into memory at all. Malformed XML (control characters, unknown
 * entities, broken nesting) is reported with file, line and column.
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagNS } from "saxes";

export interface WxrAuthor {
  login: string;
  displayName: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

export interface WxrTerm {
  kind: "category" | "tag";
  slug: string;
  name: string;
  parent?: string | undefined;
  /** A category's description as WordPress shows it on its archive page. */
  description?: string | undefined;
}

export interface WxrComment {
  id: string;
  author: string;
  authorUrl: string;
  dateGmt: string;
  date: string;
  content: string;
  approved: string;
  type: string;
  parent: string;
  meta: Record<string, string>;
}

export interface WxrItem {
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  id: string;
  postDate: string;
  postDateGmt: string;
  postName: string;
  status: string;
  postType: string;
  parent: string;
  attachmentUrl: string;
  /** Non-empty for a password-protected post. */
  password: string;
  /** Order among the post's attachments (galleries without ids use it). */
  menuOrder: string;
  /** Category and tag references: domain is "category" or "post_tag". */
  terms: { domain: string; slug: string; name: string }[];
  /** Post meta; a key that repeats (e.g. _wp_old_slug) keeps every value. */
  meta: Record<string, string[]>;
  comments: WxrComment[];
}

export interface WxrHandlers {
  author?(author: WxrAuthor): void;
  term?(term: WxrTerm): void;
  item(item: WxrItem): void;
  /** The site's base URL from <wp:base_site_url>. */
  site?(url: string): void;
}

export class WxrError extends Error {
  override name = "WxrError";
}

/** "wp", "content", "excerpt", "dc" or "" for the WXR namespaces of any version. */
function namespaceOf(uri: string): string {
  if (/^https?:\/\/wordpress\.org\/export\/[\d.]+\/excerpt\/?$/.test(uri)) return "excerpt";
  if (/^https?:\/\/wordpress\.org\/export\/[\d.]+\/?$/.test(uri)) return "wp";
  if (uri === "http://purl.org/rss/1.0/modules/content/") return "content";
  if (uri === "http://purl.org/dc/elements/1.1/") return "dc";
  return "";
}

// Never read: personal data WordPress exports but Paddock must not keep.
const PRIVATE = new Set(["wp:comment_author_email", "wp:comment_author_IP", "wp:author_email"]);

const emptyItem = (): WxrItem => ({
  title: "",
  link: "",
  creator: "",
  guid: "",
  content: "",
  excerpt: "",
  id: "",
  postDate: "",
  postDateGmt: "",
  postName: "",
  status: "",
  postType: "",
  parent: "",
  attachmentUrl: "",
  password: "",
  menuOrder: "",
  terms: [],
  meta: {},
  comments: [],
});

const emptyComment = (): WxrComment => ({
  id: "",
  author: "",
  authorUrl: "",
  dateGmt: "",
  date: "",
  content: "",
  approved: "",
  type: "",
  parent: "",
  meta: {},
});

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  "dc:creator": "creator",
  guid: "guid",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "id",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_type": "postType",
  "wp:post_parent": "parent",
  "wp:attachment_url": "attachmentUrl",
  "wp:post_password": "password",
  "wp:menu_order": "menuOrder",
};

const COMMENT_FIELDS: Record<string, keyof WxrComment> = {
  "wp:comment_id": "id",
  "wp:comment_author": "author",
  "wp:comment_author_url": "authorUrl",
  "wp:comment_date": "date",
  "wp:comment_date_gmt": "dateGmt",
  "wp:comment_content": "content",
  "wp:comment_approved": "approved",
  "wp:comment_type": "type",
  "wp:comment_parent": "parent",
};

/** Reads one export file from `input`, calling `handlers` as it goes. */
export async function readWxr(input: Readable, file: string, handlers: WxrHandlers): Promise<{ items: number }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: string[] = [];
  let text = "";
  let item: WxrItem | undefined;
  let comment: WxrComment | undefined;
  let meta: { key: string; value: string } | undefined;
  let author: Partial<WxrAuthor> | undefined;
  let term: Partial<WxrTerm> | undefined;
  let termRef: { domain: string; slug: string } | undefined;
  let items = 0;
  let failure: WxrError | undefined;

  const nameOf = (tag: SaxesTagNS) => {
    const ns = namespaceOf(tag.uri);
    return ns ? `${ns}:${tag.local}` : tag.local;
  };

  parser.on("error", (error) => {
    // saxes prefixes "line:column: "; the file makes it actionable.
    failure ??= new WxrError(`${file}:${error.message}`);
  });
  parser.on("opentag", (tag) => {
    const name = nameOf(tag);
    stack.push(name);
    text = "";
    if (name === "item") item = emptyItem();
    else if (name === "wp:comment" && item) comment = emptyComment();
    else if ((name === "wp:postmeta" || name === "wp:commentmeta") && item) meta = { key: "", value: "" };
    else if (name === "wp:author" && !item) author = {};
    else if ((name === "wp:category" || name === "wp:tag") && !item) {
      term = { kind: name === "wp:category" ? "category" : "tag" };
    } else if (name === "category" && item) {
      termRef = {
        domain: String(tag.attributes.domain?.value ?? ""),
        slug: String(tag.attributes.nicename?.value ?? ""),
      };
    }
  });
  const addText = (chunk: string) => {
    text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const name = stack.pop()!;
    const value = text;
    text = "";
    if (PRIVATE.has(name)) return;
    if (meta && (name === "wp:meta_key" || name === "wp:meta_value")) {
      meta[name === "wp:meta_key" ? "key" : "value"] = value;
    } else if (name === "wp:commentmeta" && comment && meta) {
      comment.meta[meta.key] = meta.value;
      meta = undefined;
    } else if (name === "wp:postmeta" && item && meta) {
      (item.meta[meta.key] ??= []).push(meta.value);
      meta = undefined;
    } else if (comment && name in COMMENT_FIELDS) {
      comment[COMMENT_FIELDS[name]!] = value as never;
    } else if (name === "wp:comment" && item && comment) {
      item.comments.push(comment);
      comment = undefined;
    } else if (item && termRef && name === "category") {
      item.terms.push({ ...termRef, name: value.trim() });
      termRef = undefined;
    } else if (item && !comment && name in ITEM_FIELDS) {
      (item as unknown as Record<string, unknown>)[ITEM_FIELDS[name]!] = value;
    } else if (name === "item" && item) {
      items++;
      handlers.item(item);
      item = undefined;
    } else if (author) {
      if (name === "wp:author_login") author.login = value.trim();
      else if (name === "wp:author_display_name") author.displayName = value.trim();
      else if (name === "wp:author_first_name") author.firstName = value.trim() || undefined;
      else if (name === "wp:author_last_name") author.lastName = value.trim() || undefined;
      else if (name === "wp:author") {
        if (author.login) {
          handlers.author?.({
            login: author.login,
            displayName: author.displayName || author.login,
            ...(author.firstName ? { firstName: author.firstName } : {}),
            ...(author.lastName ? { lastName: author.lastName } : {}),
          });
        }
        author = undefined;
      }
    } else if (term) {
      if (name === "wp:category_nicename" || name === "wp:tag_slug") term.slug = value.trim();
      else if (name === "wp:cat_name" || name === "wp:tag_name") term.name = value.trim();
      else if (name === "wp:category_parent") term.parent = value.trim() || undefined;
      else if (name === "wp:category_description") term.description = value.trim() || undefined;
      else if (name === "wp:category" || name === "wp:tag") {
        if (term.slug)
          handlers.term?.({
            kind: term.kind!,
            slug: term.slug,
            name: term.name || term.slug,
            parent: term.parent,
            ...(term.description ? { description: term.description } : {}),
          });
        term = undefined;
      }
    } else if (name === "wp:base_site_url") handlers.site?.(value.trim());
  });

  // A multi-byte character can straddle two chunks; the decoder keeps it whole.
  const decoder = new StringDecoder("utf8");
  for await (const chunk of input) {
    parser.write(typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    if (failure) break;
  }
  if (!failure) parser.write(decoder.end());
  if (!failure) parser.close();
  if (failure) throw failure;
  return { items };
}
