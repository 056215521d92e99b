/** Reading time from a Markdown/MDX body: words of prose only, at least one minute. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^(?:import|export)\s.*$/gm, "") // MDX module lines
    .replace(/```[\s\S]*?```/g, " ") // fenced code
    .replace(/<[^>]+>/g, " ") // tags and components (their text content stays)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ") // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their text
    .replace(/[#>*_`~|-]+/g, " ");
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
