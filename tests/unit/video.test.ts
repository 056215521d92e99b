import { describe, expect, it } from "vitest";
import { videoLink } from "../../src/lib/content/video";

describe("video links", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?t=1m30s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=45", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=45"],
    ["//www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://www.youtube.com/live/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
    ["https://vimeo.com/76979871/abc123def0", "https://player.vimeo.com/video/76979871?h=abc123def0&dnt=1"],
    [
      "https://player.vimeo.com/video/76979871?h=abc123def0",
      "https://player.vimeo.com/video/76979871?h=abc123def0&dnt=1",
    ],
  ])("%s plays from %s", (url, embed) => {
    expect(videoLink(url)?.embed).toBe(embed);
  });

  it("refuses anything else", () => {
    for (const url of ["https://ads.example.com/x", "https://www.youtube.com/watch?v=short", "not a url"]) {
      expect(videoLink(url)).toBeUndefined();
    }
  });
});
