/**
 * YouTube and Vimeo links → their privacy-enhanced embed addresses. Nothing
 * from either host is requested until the reader asks for the video.
 */
export interface VideoLink {
  /** The player on the privacy-enhanced domain. */
  embed: string;
  label: "YouTube" | "Vimeo";
}

export function videoLink(url: string): VideoLink | undefined {
  const youtube =
    /^(?:https?:)?\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([\w-]{11})/.exec(
      url.trim(),
    );
  if (youtube) return { embed: `https://www.youtube-nocookie.com/embed/${youtube[1]}`, label: "YouTube" };
  const vimeo = /^(?:https?:)?\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(\d+)/.exec(url.trim());
  if (vimeo) return { embed: `https://player.vimeo.com/video/${vimeo[1]}?dnt=1`, label: "Vimeo" };
  return undefined;
}

/** Origins the site frames when it plays videos (for the Content-Security-Policy). */
export const VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];
