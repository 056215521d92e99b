import { defineConfig } from "./src/lib/config";

/**
 * The one file a publication edits. Everything not set here falls back to the
 * defaults in src/lib/config.ts.
 */
export default defineConfig({
  name: "The Paddock Gazette",
  url: "https://demo.paddock.example",
  description: "Independent car news, reviews and industry analysis — a Paddock demo publication.",
  locale: "en-US",
  timeZone: "America/New_York",
  postsPerPage: 4,
  // Small, so that the demo's dozen articles paginate and are searched in several indexes.
  search: { articlesPerIndex: 4 },
  // Small, so that the demo's category, tag and author feeds carry only their newest stories.
  feeds: { sectionItems: 3 },
  categories: [
    { slug: "news", title: "News", description: "Launches, recalls and what happened today." },
    { slug: "industry", title: "Industry", description: "Plants, profits, trade and the business of building cars." },
    { slug: "reviews", title: "Reviews", description: "First drives and long-term tests." },
    { slug: "electric", title: "Electric", description: "Batteries, charging and the electric transition." },
    { slug: "motorsport", title: "Motorsport", description: "Racing, from Le Mans to the local autocross." },
  ],
  // Live comments on GitHub Discussions. Replace these with your repository's values from https://giscus.app.
  comments: {
    repo: "paddock-demo/gazette-comments",
    repoId: "R_kgDOPaddock",
    category: "Comments",
    categoryId: "DIC_kwDOPaddock4CaDemo",
    reactions: true,
    inputPosition: "top",
    // Small, so that the demo's archived thread (three conversations) has a second comment page.
    archivedPerPage: 2,
  },
  // Leave out to hide the sign-up form. Set the provider's success and error pages to
  // /newsletter/thanks/ and /newsletter/error/.
  newsletter: {
    action: "https://newsletter.paddock.example/subscribe",
    title: "The Paddock Gazette, every Friday",
    text: "The week's car news and one long read, in your inbox. No tracking pixels.",
    hiddenFields: { list: "gazette-weekly" },
    // The bot-trap field the provider checks; leave out if it has none.
    honeypotField: "website",
  },
  sponsor: {
    label: "Sponsored",
    title: "New Car Research",
    text: "Compare prices and get a free quote from dealers near you.",
    url: "https://sponsor.paddock.example/quote",
    cta: "Get a free dealer quote",
  },
});
