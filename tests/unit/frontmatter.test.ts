import { describe, expect, it } from "vitest";
import { rawFrontmatter, withDatesAsWritten } from "../../src/lib/content/frontmatter";

const file = [
  "---",
  "title: A story",
  "pubDate: 2026-03-31T20:00:00-04:00",
  "updatedDate: 2026-04-01 09:00",
  "updates:",
  "  - date: 2026-04-02",
  "    text: Clarified.",
  "---",
  "",
  "Body",
].join("\n");

describe("front matter as written", () => {
  it("keeps dates as the text in the file", () => {
    expect(rawFrontmatter(file)).toMatchObject({
      pubDate: "2026-03-31T20:00:00-04:00",
      updatedDate: "2026-04-01 09:00",
      updates: [{ date: "2026-04-02" }],
    });
  });

  it("puts the written dates back into data parsed by another YAML reader", () => {
    const parsedByAstro = {
      title: "A story",
      pubDate: new Date("2026-04-01T00:00:00Z"),
      updatedDate: new Date("2026-04-01T09:00:00Z"),
      updates: [{ date: new Date("2026-04-02T00:00:00Z"), text: "Clarified." }],
    };
    expect(withDatesAsWritten(parsedByAstro, file)).toEqual({
      title: "A story",
      pubDate: "2026-03-31T20:00:00-04:00",
      updatedDate: "2026-04-01 09:00",
      updates: [{ date: "2026-04-02", text: "Clarified." }],
    });
  });

  it("leaves a file without front matter alone", () => {
    expect(withDatesAsWritten({ title: "x" }, "Just text")).toEqual({ title: "x" });
  });
});
