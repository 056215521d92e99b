<?xml version="1.0" encoding="utf-8"?>
<!-- Renders an RSS feed as a readable page when opened in a browser. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="{/rss/channel/language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; --accent: light-dark(#b3261e, #ff6b5e); --soft: light-dark(#555, #b4b4b0); --box: light-dark(#f4f4f2, #1e2023); }
          body { margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 44rem; font: 1.1rem/1.6 Charter, Georgia, serif; background: light-dark(#fff, #141517); color: light-dark(#1b1b1b, #ececea); }
          h1, h2, .note, .meta { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
          h1 { margin: 0.5rem 0; line-height: 1.2; }
          .note { padding: 1rem; border-left: 4px solid var(--accent); background: var(--box); font-size: 0.95rem; }
          .note code { word-break: break-all; }
          a { color: light-dark(#0b55b5, #8cb8ff); }
          ol { padding: 0; list-style: none; }
          li { padding: 1rem 0; border-bottom: 1px solid light-dark(#d9d9d6, #3a3d42); }
          h2 { margin: 0 0 0.3rem; font-size: 1.2rem; }
          .meta { color: var(--soft); font-size: 0.85rem; }
          p { margin: 0.3rem 0; }
        </style>
      </head>
      <body>
        <p class="meta"><a href="{/rss/channel/link}">← Back to the site</a></p>
        <h1><xsl:value-of select="/rss/channel/title"/></h1>
        <p><xsl:value-of select="/rss/channel/description"/></p>
        <div class="note">
          <p><strong>This is a web feed</strong>, also known as an RSS feed. Subscribe by copying this page's
          address into a feed reader (such as NetNewsWire, Feedly, Inoreader or Thunderbird) and you will get
          every new story, in full, as soon as it is published.</p>
          <p>Feed address: <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
        </div>
        <ol>
          <xsl:for-each select="/rss/channel/item">
            <li>
              <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
              <p class="meta">
                <xsl:value-of select="substring(pubDate, 1, 16)"/>
                <xsl:if test="dc:creator"> · <xsl:for-each select="dc:creator"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/></xsl:for-each></xsl:if>
              </p>
              <p><xsl:value-of select="description"/></p>
            </li>
          </xsl:for-each>
        </ol>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
