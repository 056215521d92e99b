/**
 * Block-editor content, written in WordPress's block grammar: parsed in one
 * pass and each block mapped to what Paddock shows; hostile attributes and
 * addresses never get through.
 */
import { describe, expect, it } from "vitest";
import { parseBlocks, type Block } from "../../src/lib/tools/wordpress/blocks";
import { convertContent } from "../../src/lib/tools/wordpress/content";

const convert = (text: string) => convertContent(text, { attachments: new Map() });

describe("WordPress block grammar", () => {
  it("reads nested blocks, self-closing ones and HTML between them", () => {
    const top = parseBlocks(
      '<p>classic</p><!-- wp:columns {"x":1} --><div><!-- wp:column --><p>a</p><!-- /wp:column --></div><!-- /wp:columns --><!-- wp:latest-posts /-->',
    );
    expect(top[0]).toBe("<p>classic</p>");
    const columns = top[1] as Block;
    expect(columns).toMatchObject({ name: "core/columns", attrs: { x: 1 }, innerContent: ["<div>", null, "</div>"] });
    expect(columns.innerBlocks[0]).toMatchObject({ name: "core/column", innerContent: ["<p>a</p>"] });
    expect(top[2]).toMatchObject({ name: "core/latest-posts", innerContent: [] });
  });

  it("keeps a block with unreadable attributes, closes blocks left open and drops a stray closer", () => {
    const top = parseBlocks('<!-- wp:acme/x {"a": nope} --><p>kept</p><!-- /wp:other --><!-- wp:group --><p>open</p>');
    // Nothing closes acme/x, so the group nests inside it, and both end with the text.
    const outer = top[0] as Block;
    expect(outer).toMatchObject({ name: "acme/x", attrs: {}, badAttrs: true, innerContent: ["<p>kept</p>", null] });
    expect(outer.innerBlocks[0]).toMatchObject({ name: "core/group", innerContent: ["<p>open</p>"] });
  });

  it("reads a long run of unclosed comments in linear time", () => {
    const started = performance.now();
    parseBlocks("<!-- wp:x ".repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("WordPress blocks in Paddock", () => {
  it("lays out columns and buttons as Paddock's own classes", () => {
    const { body } = convert(
      '<!-- wp:columns --><div class="wp-block-columns"><!-- wp:column --><div class="wp-block-column"><!-- wp:paragraph --><p>One</p><!-- /wp:paragraph --></div><!-- /wp:column --><!-- wp:column --><div class="wp-block-column"><!-- wp:paragraph --><p>Two</p><!-- /wp:paragraph --></div><!-- /wp:column --></div><!-- /wp:columns -->' +
        '\n\n<!-- wp:buttons --><div class="wp-block-buttons"><!-- wp:button {"className":"is-style-outline evil-class"} --><div class="wp-block-button"><a class="wp-block-button__link" href="https://example.com/go">Go</a></div><!-- /wp:button --></div><!-- /wp:buttons -->',
    );
    expect(body).toContain(
      '<div class="block-columns"><div class="block-column"><p>One</p></div><div class="block-column"><p>Two</p></div></div>',
    );
    expect(body).toContain(
      '<p class="block-buttons"><a class="button-link button-link--outline" href="https://example.com/go">Go</a></p>',
    );
    expect(body).not.toContain("evil-class");
  });

  it("shows any provider's embed as a link card, YouTube as the click-to-load video link", () => {
    const { body, droppedEmbeds } = convert(
      '<!-- wp:embed {"url":"https://www.instagram.com/p/abc/","providerNameSlug":"instagram"} --><figure>https://www.instagram.com/p/abc/</figure><!-- /wp:embed -->\n\n' +
        '<!-- wp:core-embed/twitter {"url":"https://twitter.com/a/status/1"} --><figure></figure><!-- /wp:core-embed/twitter -->\n\n' +
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=aBcDeFgHiJk","providerNameSlug":"youtube"} --><figure></figure><!-- /wp:embed -->\n\n' +
        '<!-- wp:embed {"url":"javascript:alert(1)","providerNameSlug":"<script>"} --><figure></figure><!-- /wp:embed -->',
    );
    expect(body).toContain(
      '<p class="link-card"><a href="https://www.instagram.com/p/abc/" rel="noopener nofollow"><span class="link-card__provider">Instagram</span> https://www.instagram.com/p/abc/</a></p>',
    );
    expect(body).toContain('<span class="link-card__provider">X (Twitter)</span>');
    expect(body).toContain('href="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk');
    expect(body).not.toMatch(/javascript:|<script/);
    expect(droppedEmbeds).toEqual(["javascript:alert(1)"]);
  });

  it("keeps a cover's image and text, refusing a script address from its attributes", () => {
    const cover = (url: string) =>
      convert(
        `<!-- wp:cover {"url":"${url}","alt":"Finish"} --><div class="wp-block-cover"><div><!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph --></div></div><!-- /wp:cover -->`,
      ).body;
    expect(cover("https://old.example/a.jpg")).toBe(
      '<div class="block-cover"><img src="https://old.example/a.jpg" alt="Finish" /><div class="block-cover__text"><p>Text</p></div></div>',
    );
    expect(cover("javascript:alert(1)")).toBe(
      '<div class="block-cover"><div class="block-cover__text"><p>Text</p></div></div>',
    );
  });

  it("keeps unknown blocks' HTML and counts them; spacers show nothing", () => {
    const { body, unknownBlocks } = convert(
      '<!-- wp:acme/stars {"n":4} --><div class="x"><p>Four stars</p></div><!-- /wp:acme/stars -->\n\n<!-- wp:spacer --><div style="height:40px" class="wp-block-spacer"></div><!-- /wp:spacer -->\n\n<!-- wp:latest-posts /-->',
    );
    expect(body).toBe("<div><p>Four stars</p></div>");
    expect(Object.fromEntries(unknownBlocks)).toEqual({ "acme/stars": 1, "core/latest-posts": 1 });
  });

  it("keeps a file link only for an http(s) address", () => {
    expect(
      convert(
        '<!-- wp:file {"href":"javascript:alert(1)"} --><div><a href="javascript:alert(1)">x</a></div><!-- /wp:file -->',
      ).body,
    ).toBe("");
    expect(
      convert(
        '<!-- wp:file {"href":"https://old.example/r.pdf"} --><div><a href="https://old.example/r.pdf">Results</a></div><!-- /wp:file -->',
      ).body,
    ).toBe('<p class="block-file"><a href="https://old.example/r.pdf">Results</a></p>');
  });
});
