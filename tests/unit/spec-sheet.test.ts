import { describe, expect, it } from "vitest";
import { inlineNotices } from "../../src/lib/content/inline-notices";
import { carJsonLd, specRows } from "../../src/lib/content/spec-sheet";

describe("spec sheet", () => {
  it("lists only the specifications given, prices in the post's currency and the site's locale", () => {
    const rows = specRows({ make: "Kia", model: "EV3", power: "201 hp", basePrice: 35000, currency: "EUR" }, "de-DE");
    // Intl separates the amount and the sign with a no-break space.
    expect(rows.map(([label, value]) => [label, value.replace(/\s/g, " ")])).toEqual([
      ["Power", "201 hp"],
      ["Base price", "35.000 €"],
    ]);
  });

  it("leaves out of the JSON-LD what the author did not give", () => {
    expect(carJsonLd({ make: "Kia", model: "EV3" })).toEqual({
      "@context": "https://schema.org",
      "@type": "Car",
      name: "Kia EV3",
      brand: { "@type": "Brand", name: "Kia" },
      model: "EV3",
    });
  });
});

describe("notices written in MDX", () => {
  it("are found with their date, type and text as the reader sees it, whatever the attribute style", () => {
    const body = [
      "Text.",
      '<Update date="2026-08-05 10:00">Price **confirmed**, see [the list](https://x.example/p).</Update>',
      "<Correction date='2026-08-06T09:00:00Z'>Was wrong.</Correction>",
      '<Correction id="c2" date={"2026-08-07 10:00"}>Fixed again.</Correction>',
    ].join("\n\n");
    expect(inlineNotices(body, "America/New_York")).toEqual([
      { date: new Date("2026-08-05T14:00:00Z"), type: "update", text: "Price confirmed, see the list." },
      { date: new Date("2026-08-06T09:00:00Z"), type: "correction", text: "Was wrong." },
      { date: new Date("2026-08-07T14:00:00Z"), type: "correction", text: "Fixed again." },
    ]);
  });
});
