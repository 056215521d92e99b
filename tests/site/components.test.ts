/** The authoring components as readers get them: the style guide and the MDX review that uses them. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page } from "../support/dist";
import { DIST } from "../support/paths";

const styleguide = page("/styleguide/").dom;
const review = page("/2026/08/bmw-ix3-first-drive/").dom;
const jsonLd = (root: typeof styleguide, selector: string) =>
  root.querySelectorAll(`${selector} script[type="application/ld+json"]`).map((s) => JSON.parse(s.text));

describe("authoring components", () => {
  it("SpecSheet renders a table of what was given and schema.org Car JSON-LD", () => {
    const sheet = styleguide.querySelector(".spec-sheet")!;
    expect(sheet.querySelector("caption")?.text).toBe("Specifications: 2026 Honda Prelude");
    const rows = Object.fromEntries(
      sheet.querySelectorAll("tr").map((tr) => [tr.querySelector("th")!.text, tr.querySelector("td")!.text]),
    );
    expect(rows).toMatchObject({
      Power: "200 hp",
      "0–60 mph": "7.2 s",
      "Base price": "$42,000",
      "As tested": "$45,650",
    });
    expect(jsonLd(styleguide, ".spec-sheet")[0]).toMatchObject({
      "@type": "Car",
      name: "2026 Honda Prelude",
      brand: { "@type": "Brand", name: "Honda" },
      vehicleEngine: { "@type": "EngineSpecification", enginePower: "200 hp" },
      offers: { "@type": "Offer", price: 42000, priceCurrency: "USD" },
    });
    // In a real review too, in the post's own currency.
    expect(jsonLd(review, ".spec-sheet")[0]).toMatchObject({
      model: "iX3 50 xDrive",
      offers: { priceCurrency: "EUR" },
    });
  });

  it("Verdict shows the score, pros and cons", () => {
    const verdict = review.querySelector(".verdict")!;
    expect(verdict.querySelector(".score")?.text).toBe("9/10");
    expect(verdict.querySelectorAll("ul")[1]?.text).toContain("Screen-heavy cabin");
  });

  it("Video is a link to the privacy-enhanced player, with no frame or third-party script in the page", () => {
    const video = styleguide.querySelector(".video")!;
    expect(video.querySelector("a.play")?.getAttribute("href")).toBe(
      "https://www.youtube-nocookie.com/embed/aBcDeFgHiJk",
    );
    expect(styleguide.querySelector("iframe")).toBeNull();
    expect(page("/styleguide/").html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it("Gallery links each thumbnail to its large image in dist/", () => {
    const links = styleguide.querySelectorAll(".gallery ul a");
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.getAttribute("href")).toMatch(/^\/_astro\/.+\.webp$/);
      expect(existsSync(join(DIST, link.getAttribute("href")!))).toBe(true);
      expect(link.querySelector("img")?.getAttribute("alt")).toBeTruthy();
    }
  });

  it("Source, Update, Correction and Callout render their parts", () => {
    expect(styleguide.querySelector("cite.source .paywall")?.text).toBe("Paywall");
    expect(styleguide.querySelector(".notice.correction")?.text.replace(/\s+/g, " ").trim()).toBe(
      "Correction (September 19, 2026 at 2:00 PM EDT): An earlier version gave the wrong plant capacity.",
    );
    expect(styleguide.querySelector(".callout.tip .title")?.text).toBe("Buying used?");
  });

  it("an Update written in a post's text also appears in the article's updates block", () => {
    expect(review.querySelector(".updates")?.text).toContain("BMW confirmed the European price");
  });

  it("the style guide is kept out of search engines, the sitemap and site search", () => {
    expect(styleguide.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(readFileSync(join(DIST, "sitemap-0.xml"), "utf8")).not.toContain("/styleguide/");
    expect(page("/styleguide/").html).not.toContain("data-pagefind-body");
  });
});

describe("newsletter sign-up", () => {
  const form = page("/2026/09/hyundai-georgia-hybrid-line/").dom.querySelector(".newsletter form")!;

  it("is a plain form to the provider, with a labelled address field, a honeypot and the provider's fields", () => {
    expect(form.getAttribute("action")).toBe("https://newsletter.paddock.example/subscribe");
    expect(form.getAttribute("method")).toBe("post");
    const email = form.querySelector('input[type="email"]')!;
    expect(email.hasAttribute("required")).toBe(true);
    expect(form.querySelector(`label[for="${email.getAttribute("id")}"]`)?.text).toBe("Your e-mail address");
    const trap = form.querySelector('input[name="website"]')!;
    expect(trap.getAttribute("tabindex")).toBe("-1");
    expect(trap.closest("[aria-hidden]")?.getAttribute("aria-hidden")).toBe("true");
    expect(form.querySelector('input[type="hidden"][name="list"]')?.getAttribute("value")).toBe("gazette-weekly");
    expect(
      page("/2026/09/hyundai-georgia-hybrid-line/").dom.querySelector(".newsletter a[href='/rss.xml']"),
    ).not.toBeNull();
  });

  it("has success and failure pages kept out of search engines, and the CSP lets the form post", () => {
    for (const path of ["/newsletter/thanks/", "/newsletter/error/"]) {
      expect(page(path).dom.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    }
    expect(readFileSync(join(DIST, "_headers"), "utf8")).toContain(
      "form-action 'self' https://newsletter.paddock.example;",
    );
  });
});
