// Turns each video's link into a play button (it is one, once JavaScript runs), and swaps it
// for the player only when the reader presses it. Without JavaScript the link opens the player page.
for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-video-embed] a.play")) {
  const button = document.createElement("button");
  button.type = "button";
  // The same class, scoped-style and description attributes, so it looks and reads the same.
  for (const { name, value } of link.attributes) if (name !== "href") button.setAttribute(name, value);
  button.innerHTML = link.innerHTML;
  link.replaceWith(button);
  button.addEventListener("click", () => {
    const src = new URL(link.href);
    src.searchParams.set("autoplay", "1");
    const player = document.createElement("iframe");
    player.src = src.href;
    player.title = link.dataset.title ?? "Video";
    player.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    player.allowFullscreen = true;
    button.replaceWith(player);
    player.focus();
  });
}
