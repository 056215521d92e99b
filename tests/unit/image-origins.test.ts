/** Hosts imported posts load images from, as the CSP's img-src allows them: https host names only. */
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/lib/build/headers-file";
import { imageOrigin, parseImageOrigins } from "../../src/lib/build/image-origins";

describe("image origins", () => {
  it("allows the https origin of an image, an http one as browsers upgrade it", () => {
    expect(imageOrigin("https://old.example/wp-content/uploads/2021/06/a.jpg")).toBe("https://old.example");
    expect(imageOrigin("http://Old.Example:8080/a.jpg")).toBe("https://old.example");
    expect(imageOrigin("https://cdn.example:8443/a.jpg")).toBe("https://cdn.example:8443");
  });

  it("never allows a script scheme, a wildcard, credentials or a host that is not a name (payloads from an export)", () => {
    for (const hostile of [
      "javascript:alert(1)",
      "data:image/svg+xml,<svg onload=alert(1)>",
      "https://*.evil.example/a.jpg",
      "https://user:pw@evil.example/a.jpg",
      "https://localhost/a.jpg",
      "/wp-content/uploads/a.jpg",
      "https://evil.example'; script-src *",
    ]) {
      expect(imageOrigin(hostile), hostile).toBeUndefined();
    }
  });

  it("reads the import's list, naming the entry that is not an origin", () => {
    expect(parseImageOrigins('["https://old.example"]')).toEqual(["https://old.example"]);
    expect(() => parseImageOrigins('["https://old.example", "https://*.example.com"]')).toThrow(
      'src/data/image-origins.json: entry 2 must be an https origin such as "https://images.example.com" (no path or wildcard), got "https://*.example.com"',
    );
    expect(() => parseImageOrigins('["https://old.example/path"]')).toThrow(/entry 1/);
  });

  it("adds exactly those origins to img-src", () => {
    const csp = contentSecurityPolicy({ inlineScripts: [], frameOrigins: [], imageOrigins: ["https://old.example"] });
    expect(csp).toContain("img-src 'self' data: https://old.example;");
    expect(contentSecurityPolicy({ inlineScripts: [], frameOrigins: [] })).toContain("img-src 'self' data:;");
  });
});
