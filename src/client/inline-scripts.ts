/**
 * The only scripts Paddock writes inline into its pages. Components emit them
 * from here (`<script is:inline set:html={…} />`) and the Content-Security-Policy
 * allows exactly these by hash (src/integrations/headers.ts), so no text that
 * reaches a page (a title, a comment, an uploaded file) can ever approve a script.
 * Every other script is bundled into /_astro/ and allowed as 'self'.
 *
 * Kept as plain strings: the hash is of the exact bytes the browser sees. Written readably here
 * and compacted (indentation and comment lines dropped) as every page carries them.
 */

/** One statement per line, as written, without indentation or comment lines. */
function compact(script: string): string {
  return script
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//"))
    .join("\n");
}

/** In the head, before first paint, so the stored theme never flashes the wrong colours. */
export const THEME_INIT = compact(`
  try {
    const stored = localStorage.getItem("paddock-theme");
    const theme =
      stored === "light" || stored === "dark"
        ? stored
        : matchMedia("(prefers-color-scheme: dark)").matches
          ? "dark"
          : "light";
    document.documentElement.dataset.theme = theme;
  } catch {
    // Storage can be blocked; the system preference still applies through CSS.
  }
`);

/** After the theme toggle button: shows it (it is hidden without JavaScript) and makes it work. */
export const THEME_TOGGLE = compact(`
  (() => {
    const button = document.getElementById("theme-toggle");
    const root = document.documentElement;
    const show = () => button.setAttribute("aria-pressed", String(root.dataset.theme === "dark"));
    button.hidden = false;
    show();
    button.addEventListener("click", () => {
      root.dataset.theme = root.dataset.theme === "dark" ? "light" : "dark";
      try {
        localStorage.setItem("paddock-theme", root.dataset.theme);
      } catch {
        // The choice still holds for this page.
      }
      show();
      // Lets widgets that follow the theme (comments) react.
      window.dispatchEvent(new CustomEvent("paddock:theme", { detail: root.dataset.theme }));
    });
  })();
`);

/** Every inline script any Paddock page may carry. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_INIT, THEME_TOGGLE];
