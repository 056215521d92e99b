import { describe, expect, it } from "vitest";
import { hostLimitWarnings } from "../../src/lib/build/host-limits";
import { resolveConfig } from "../../src/lib/config";

describe("host limits", () => {
  it("warns when dist/ is past its host's published size or file count, naming both numbers", () => {
    expect(hostLimitWarnings("github-pages", { files: 45_000, bytes: 900 * 2 ** 20 })).toEqual([]);
    const [size] = hostLimitWarnings("github-pages", { files: 45_000, bytes: 1.5 * 2 ** 30 });
    expect(size).toMatch(/^dist\/ is 1,536 MB; GitHub Pages publishes at most 1,024 MB\. Set "host"/);
    const [files] = hostLimitWarnings("cloudflare-pages", { files: 45_520, bytes: 1 });
    expect(files).toMatch(/dist\/ has 45,520 files; Cloudflare Pages \(free plan\) takes at most 20,000/);
    expect(hostLimitWarnings("cloudflare-pages-paid", { files: 45_520, bytes: 1 })).toEqual([]);
    expect(hostLimitWarnings("object-storage", { files: 10 ** 7, bytes: 10 ** 12 })).toEqual([]);
  });

  it("is a setting with GitHub Pages as the default, and an unknown host stops the build", () => {
    const base = {
      name: "N",
      description: "D",
      url: "https://cars.example.com",
      categories: [{ slug: "news", title: "News" }],
    };
    expect(resolveConfig(base).host).toBe("github-pages");
    expect(resolveConfig({ ...base, host: "gitlab-pages" }).host).toBe("gitlab-pages");
    // @ts-expect-error -- a host Paddock does not know, as a publication could write it
    expect(() => resolveConfig({ ...base, host: "geocities" })).toThrow(
      /"host" must be one of github-pages, .* \(got "geocities"\)/,
    );
  });
});
