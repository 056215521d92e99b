/**
 * <Update date="…">…</Update> and <Correction date="…">…</Correction> written
 * in an MDX body: found here so the article's updates block and its
 * last-modified date include them, not only the front matter's `updates`.
 */
import { parseFrontmatterDate } from "./dates";

export interface InlineNotice {
  date: Date;
  type: "update" | "correction";
  text: string;
}

const NOTICE = /<(Update|Correction)\s+date=(?:"([^"]*)"|'([^']*)')\s*>([\s\S]*?)<\/\1>/g;

export function inlineNotices(body: string, timeZone: string): InlineNotice[] {
  const notices: InlineNotice[] = [];
  for (const match of body.matchAll(NOTICE)) {
    const date = parseFrontmatterDate(match[2] ?? match[3], timeZone);
    // A bad date stops the build where the component renders, with a clearer message.
    if (!date) continue;
    const text = match[4]!
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    notices.push({ date, type: match[1] === "Correction" ? "correction" : "update", text });
  }
  return notices;
}
