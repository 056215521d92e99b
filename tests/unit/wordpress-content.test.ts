import { describe, expect, it } from "vitest";
import { videoLink } from "../../src/lib/content/video";
import { autoParagraphs, convertContent, findMoreTag, plainText } from "../../src/lib/tools/wordpress/content";

const context = {
  postId: "7",
  attachments: new Map([
    [
      "31",
      {
        url: "https://old.example.com/wp-content/uploads/2012/04/plant.jpg",
        alt: "The plant",
        caption: "Kentucky",
        parent: "7",
        order: 2,
      },
    ],
    [
      "32",
      {
        url: "https://old.example.com/wp-content/uploads/2012/04/line.jpg",
        alt: "The line",
        caption: "",
        parent: "7",
        order: 1,
      },
    ],
  ]),
};
const convert = (raw: string) => convertContent(raw, context);

describe("WordPress content", () => {
  it("makes paragraphs from blank lines and breaks from single newlines, like wpautop", () => {
    expect(autoParagraphs("First line\nsame paragraph\n\nSecond paragraph")).toBe(
      "<p>First line<br />\nsame paragraph</p>\n\n<p>Second paragraph</p>",
    );
    expect(autoParagraphs("<h2>Heading</h2>\n\nText")).toBe("<h2>Heading</h2>\n\n<p>Text</p>");
  });

  it("keeps characters that Markdown or MDX would read as code as plain text", () => {
    const { body } = convert("Prices {from} $30k < $40k & *not* #1\n\n1. not a list");
    expect(body).toBe("<p>Prices &#123;from&#125; $30k &lt; $40k &amp; *not* #1</p>\n\n<p>1. not a list</p>");
  });

  it("keeps entities and smart quotes: the reader sees the same characters", () => {
    const { body } = convert("“Quoted” &amp; it&#8217;s caf&eacute; — ok");
    expect(plainText(body)).toBe("“Quoted” & it’s café — ok");
    expect(body).toContain("&amp;");
  });

  it("turns [caption] into a figure with its caption", () => {
    const { body } = convert(
      '[caption id="attachment_31" align="aligncenter" width="640"]<a href="https://old.example.com/plant.jpg"><img src="https://old.example.com/plant-640x427.jpg" alt="The plant" width="640" height="427" /></a> The new plant in Kentucky[/caption]',
    );
    expect(body.replace(/\n/g, "")).toMatch(
      /^<figure><a href="[^"]+"><img src="https:\/\/old\.example\.com\/plant-640x427\.jpg" alt="The plant" width="640" height="427" \/><\/a><figcaption>The new plant in Kentucky<\/figcaption><\/figure>$/,
    );
  });

  it("turns [gallery] into figures of its attachments", () => {
    expect(convert('[gallery ids="31,32,99"]').body.replace(/\n/g, "")).toBe(
      '<div class="gallery"><figure><img src="https://old.example.com/wp-content/uploads/2012/04/plant.jpg" alt="The plant" /><figcaption>Kentucky</figcaption></figure><figure><img src="https://old.example.com/wp-content/uploads/2012/04/line.jpg" alt="The line" /></figure></div>',
    );
  });

  it("shows the post's own files, in order, for a [gallery] without ids", () => {
    expect(convert("[gallery]").body.match(/src="[^"]+"/g)).toEqual([
      'src="https://old.example.com/wp-content/uploads/2012/04/line.jpg"',
      'src="https://old.example.com/wp-content/uploads/2012/04/plant.jpg"',
    ]);
  });

  it("ends a paragraph at a block element instead of nesting it", () => {
    expect(convert("<h3>Engine</h3>\nThe 2.0-litre has <strong>more</strong> torque.").body).toBe(
      "<h3>Engine</h3>\n\n<p>The 2.0-litre has <strong>more</strong> torque.</p>",
    );
    const list = convert("Intro:\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\nAfter.").body;
    expect(list).toBe("<p>Intro:</p>\n\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n\n<p>After.</p>");
  });

  it("keeps code blocks as code", () => {
    expect(convert("<pre><code>if (a < b) {\n\n  go();\n}</code></pre>").body).toBe(
      "<pre><code>if (a &lt; b) &#123;\n&#32;\n  go();\n&#125;</code></pre>",
    );
  });

  it("turns YouTube and Vimeo URLs and iframes into links that load nothing until clicked", () => {
    const { body, droppedEmbeds } = convert(
      'Watch:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n<iframe src="https://player.vimeo.com/video/76979871" width="640"></iframe>\n\n<iframe src="https://ads.example.com/x"></iframe>',
    );
    expect(body).toContain(
      '<a href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" rel="noopener">▶ Watch the video on YouTube</a>',
    );
    expect(body).toContain(
      '<a href="https://player.vimeo.com/video/76979871?dnt=1" rel="noopener">▶ Watch the video on Vimeo</a>',
    );
    expect(body).not.toContain("<iframe");
    expect(droppedEmbeds).toEqual(["https://ads.example.com/x"]);
    expect(videoLink("https://youtu.be/dQw4w9WgXcQ")?.label).toBe("YouTube");
  });

  it("keeps unknown shortcodes as text and counts them", () => {
    const { body, unknownShortcodes } = convert(
      '[contact-form-7 id="5"] and [tweet]hi[/tweet] and [contact-form-7 id="6"], [[caption]] literal',
    );
    expect(body).toBe(
      '<p>[contact-form-7 id="5"] and [tweet]hi[/tweet] and [contact-form-7 id="6"], [caption] literal</p>',
    );
    expect(Object.fromEntries(unknownShortcodes)).toEqual({ "contact-form-7": 2, tweet: 1 });
  });

  it("splits at <!--more--> for the dek and keeps the whole text in the body", () => {
    const { body, teaser } = convert("The <em>short</em> version.\n\n<!--more-->\n\nThe rest.");
    expect(teaser).toBe("The short version.");
    expect(body).toBe("<p>The <em>short</em> version.</p>\n\n<p>The rest.</p>");
  });

  it.each([
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<svg><a xlink:href="javascript:alert(1)">x</a><animate values="javascript:alert(1)"/></svg>',
    "<object data=x.swf></object><embed src=x.swf>",
    "<form action=https://evil.example><input name=q><button>go</button></form>",
  ])("keeps nothing that could run, redirect or restyle: %s", (payload) => {
    expect(convert(payload).body).not.toMatch(/<meta|<base|<link|<svg|javascript|<object|<embed|<form|<input|<button/i);
  });

  it("closes every tag and removes scripts, handlers and styles", () => {
    const { body } = convert(
      '<p onclick="x()" style="color:red">Open <b>bold<script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a>',
    );
    expect(body).not.toMatch(/script|onclick|style=|javascript/);
    expect(body.match(/<b>/g)?.length).toBe(body.match(/<\/b>/g)?.length);
    expect(body.split("\n\n").every((block) => !/\n\s*\n/.test(block))).toBe(true);
  });

  it("converts a 1 MB post of unclosed shortcodes whole, each kept as text and counted", () => {
    const post = "[b] ".repeat(262_144);
    const { body, unknownShortcodes } = convert(post);
    expect(body).toBe(`<p>${post.trim()}</p>`);
    expect(unknownShortcodes.get("b")).toBe(262_144);
  });

  it("pairs each shortcode with its own closing tag in a long post of opening tags", () => {
    const post = `${"[caption x] ".repeat(50_000)}[caption]<img src="/a.jpg" alt="A"> The end[/caption]`;
    const { body } = convert(post);
    // The first [caption] takes everything up to the only [/caption] as its content.
    expect(body.match(/<figure>/g)).toHaveLength(1);
    expect(body).toContain('<img src="/a.jpg" alt="A" />');
  });

  it("finds <!--more--> after a long run of unclosed ones, on the line where it closes", () => {
    const run = "<!--more".repeat(100_000);
    const post = `${run}\nThe dek.<!--more-->\n\nThe rest.`;
    expect(findMoreTag(post)).toEqual({ index: run.length + "\nThe dek.".length, length: "<!--more-->".length });
  });
});
