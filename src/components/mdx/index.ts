// Components every .mdx post can use without an import line.
import PullQuote from "./PullQuote.astro";

export const mdxComponents = { PullQuote };
