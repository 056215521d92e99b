/**
 * <Update date="…">…</Update> and <Correction date="…">…</Correction> written
 * in an MDX body: found here so the article's updates block, its
 * last-modified date and the sitemap include them, not only the front
 * matter's `updates`.
 */
import { parseFrontmatterDate } from "./dates";

export type NoticeType = "update" | "correction";

export interface InlineNotice {
  date: Date;
  type: NoticeType;
  text: string;
}

/** How a notice is labelled wherever it is shown: the article, its feed item, the MDX component. */
export const noticeLabel = (type: NoticeType) => (type === "correction" ? "Correction" : "Update");

const NOTICE = /<(Update|Correction)\b([^>]*)>([\s\S]*?)<\/\1>/g;
// date="…", date='…' or date={"…"}, among any other attributes.
const DATE = /\bdate=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;

/** Markdown inside a notice as the reader sees it: link text without its address, no emphasis marks. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

export function inlineNotices(body: string, timeZone: string): InlineNotice[] {
  const notices: InlineNotice[] = [];
  for (const match of body.matchAll(NOTICE)) {
    const written = DATE.exec(match[2]!);
    const date = written && parseFrontmatterDate(written[1] ?? written[2] ?? written[3], timeZone);
    // A bad date stops the build where the component renders, with a clearer message.
    if (!date) continue;
    notices.push({ date, type: match[1] === "Correction" ? "correction" : "update", text: plain(match[3]!) });
  }
  return notices;
}
