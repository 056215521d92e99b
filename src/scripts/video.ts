// Swaps a video's play link for the player, only when the reader asks for it.
for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-video-embed] a.play")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const src = new URL(link.closest<HTMLElement>("[data-video-embed]")!.dataset.videoEmbed!);
    src.searchParams.set("autoplay", "1");
    const player = document.createElement("iframe");
    player.src = src.href;
    player.title = link.dataset.title ?? "Video";
    player.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    player.allowFullscreen = true;
    link.replaceWith(player);
    player.focus();
  });
}
