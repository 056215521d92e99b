// Components every .mdx post can use without an import line (documented in docs/authoring.md).
import Callout from "./Callout.astro";
import Correction from "./Correction.astro";
import Gallery from "./Gallery.astro";
import PullQuote from "./PullQuote.astro";
import Source from "./Source.astro";
import SpecSheet from "./SpecSheet.astro";
import Update from "./Update.astro";
import Verdict from "./Verdict.astro";
import Video from "./Video.astro";

export const mdxComponents = { Callout, Correction, Gallery, PullQuote, Source, SpecSheet, Update, Verdict, Video };
