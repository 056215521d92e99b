import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "../../src/lib/content/reading-time";

describe("reading time", () => {
  it("counts prose words, not markup, code, URLs or MDX imports", () => {
    const body = [
      'import Foo from "./foo.astro";',
      "## A heading here",
      "Read [the report](https://example.com/a/b/c) now.",
      "![alt text](./pic.jpg)",
      "```js\nconst notCounted = 1;\n```",
      '<PullQuote cite="Someone">Quoted words</PullQuote>',
      "- one item",
    ].join("\n\n");
    // "A heading here" + "Read the report now." + "Quoted words" + "one item"
    expect(countWords(body)).toBe(11);
  });

  it("rounds to whole minutes with a one-minute floor", () => {
    expect(readingMinutes(countWords("word ".repeat(10)), 230)).toBe(1);
    expect(readingMinutes(countWords("word ".repeat(700)), 230)).toBe(3);
    expect(readingMinutes(countWords(""), 230)).toBe(1);
  });
});
