import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { parseFrontmatterDate } from "./lib/dates";
import { config } from "./site-config";

// Dates without an offset are wall time in the site's zone (see src/lib/dates.ts).
const siteDate = z.unknown().transform((value, ctx) => {
  const date = parseFrontmatterDate(value, config.timeZone);
  if (!date) {
    ctx.addIssue({
      code: "custom",
      message: `expected a date such as 2026-11-03T09:30:00-05:00 or "2026-11-03 09:30" (got ${JSON.stringify(value)})`,
    });
    return z.NEVER;
  }
  return date;
});

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, `expected ${what}`);

const source = z.object({
  name: nonEmpty("the name of the cited source"),
  url: z.url({ error: "expected the source's full URL, starting with https://" }).optional(),
  paywalled: z.boolean().default(false),
});

const notice = z.object({
  date: siteDate,
  type: z.enum(["update", "correction"]).default("update"),
  text: nonEmpty("the text of the notice"),
});

const posts = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./src/content/posts" }),
  schema: ({ image }) =>
    z.object({
      title: nonEmpty("a headline"),
      /** The dek: one or two sentences under the headline, also used as the meta description. */
      description: nonEmpty("a one- or two-sentence summary (the dek)"),
      pubDate: siteDate,
      updatedDate: siteDate.optional(),
      authors: z.array(reference("authors")).min(1, "expected at least one author"),
      category: nonEmpty("a category slug from paddock.config.ts"),
      tags: z.array(z.string().trim().min(1)).default([]),
      heroImage: image().optional(),
      heroAlt: z.string().trim().optional(),
      heroCredit: z.string().trim().optional(),
      sources: z.array(source).default([]),
      updates: z.array(notice).default([]),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
      /** Overrides the slug taken from the file name. */
      slug: z
        .string()
        .regex(/^[^/?#\s]+$/, "expected a slug without slashes, spaces, ? or #")
        .optional(),
      /** Earlier permalinks of this post, oldest first; they redirect here. */
      redirectFrom: z.array(z.string().startsWith("/", "expected a path starting with /")).default([]),
      /** The giscus thread key. Defaults to the post's first permalink; never change it once comments exist. */
      commentsKey: z.string().trim().min(1).optional(),
      /** Kept by the WordPress importer so feeds and comments stay continuous. */
      legacy: z
        .object({
          wordpressId: z.number().int().positive().optional(),
          guid: z.string().optional(),
          urls: z.array(z.string()).default([]),
        })
        .optional(),
    }),
});

const authors = defineCollection({
  loader: glob({ pattern: "**/*.{yaml,yml,json}", base: "./src/content/authors" }),
  schema: ({ image }) =>
    z.object({
      name: nonEmpty("the author's display name"),
      role: z.enum(["staff", "contributor", "moderator"], {
        error: 'expected one of "staff", "contributor" or "moderator"',
      }),
      country: nonEmpty("the author's country"),
      bio: nonEmpty("a short biography"),
      avatar: image().optional(),
      links: z.array(z.object({ label: nonEmpty("a link label"), url: z.url() })).default([]),
    }),
});

export const collections = { posts, authors };
