// Opens a gallery's large images in its dialog; the links still work without this.
for (const gallery of document.querySelectorAll<HTMLElement>("[data-gallery]")) {
  const dialog = gallery.querySelector<HTMLDialogElement>("dialog")!;
  // The large image is made here: an empty <img> in the page would be invalid HTML.
  const large = document.createElement("img");
  const caption = dialog.querySelector<HTMLElement>(".caption")!;
  const position = dialog.querySelector<HTMLElement>(".position")!;
  dialog.querySelector(".large")!.prepend(large);
  const links = [...gallery.querySelectorAll<HTMLAnchorElement>("ul a")];
  let current = 0;
  const show = (index: number) => {
    current = (index + links.length) % links.length;
    const link = links[current]!;
    large.src = link.href;
    large.alt = link.querySelector("img")?.alt ?? "";
    caption.textContent = link.dataset.caption ?? "";
    position.textContent = `Image ${current + 1} of ${links.length}`;
  };
  links.forEach((link, index) =>
    link.addEventListener("click", (event) => {
      event.preventDefault();
      show(index);
      dialog.showModal();
    }),
  );
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "ArrowRight") show(current + 1);
    if (event.key === "ArrowLeft") show(current - 1);
  });
  dialog.querySelector("[data-close]")!.addEventListener("click", () => dialog.close());
  for (const button of dialog.querySelectorAll<HTMLButtonElement>("[data-step]")) {
    button.addEventListener("click", () => show(current + Number(button.dataset.step)));
  }
  // A click on the backdrop (the dialog itself, outside its content) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Focus goes back to the thumbnail of the image shown last.
  dialog.addEventListener("close", () => links[current]!.focus());
}
