// Live comments: giscus loads when the reader comes near the comments (or asks),
// follows the site theme, and its metadata updates the comment count.
import { commentsHeading, GISCUS_ORIGIN } from "../lib/comments/giscus";

const section = document.getElementById("comments")!;
const mount = section.querySelector<HTMLElement>("[data-giscus-mount]")!;
const button = section.querySelector<HTMLButtonElement>("[data-giscus-show]")!;
const heading = section.querySelector<HTMLElement>("#comments-heading")!;
let widget: HTMLElement | undefined;

const theme = () => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

async function load() {
  if (widget) return;
  widget = document.createElement("giscus-widget");
  button.hidden = true;
  await import("giscus");
  const attributes = JSON.parse(mount.dataset.attributes!) as Record<string, string>;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.setAttribute("theme", theme());
  mount.append(widget);
}

button.addEventListener("click", () => void load());

// Start watching only once the page has loaded, so giscus never competes with the article.
addEventListener("load", () => {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    },
    { rootMargin: "400px 0px" },
  );
  observer.observe(section);
});

// giscus turns the attribute change into a setConfig message to its frame.
addEventListener("paddock:theme", () => widget?.setAttribute("theme", theme()));

addEventListener("message", (event: MessageEvent) => {
  if (event.origin !== GISCUS_ORIGIN) return;
  const discussion = (
    event.data as { giscus?: { discussion?: { totalCommentCount?: number; totalReplyCount?: number } } }
  )?.giscus?.discussion;
  if (!discussion) return;
  const live = (discussion.totalCommentCount ?? 0) + (discussion.totalReplyCount ?? 0);
  heading.textContent = commentsHeading(Number(section.dataset.archivedCount) + live, section.dataset.title!);
});
