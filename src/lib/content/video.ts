/**
 * YouTube and Vimeo links → their privacy-enhanced embed addresses, keeping
 * what the player needs (a start time, an unlisted video's key). Nothing from
 * either host is requested until the reader asks for the video.
 */
export interface VideoLink {
  /** The player on the privacy-enhanced domain. */
  embed: string;
  label: "YouTube" | "Vimeo";
}

/** "1m30s", "90s" or "90" → seconds. */
function seconds(time: string | null): number | undefined {
  const match = time ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(time) : null;
  if (!match || !match[0]) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

export function videoLink(text: string): VideoLink | undefined {
  let url: URL;
  try {
    url = new URL(text.trim().replace(/^\/\//, "https://"));
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m)\./, "");
  const youtubeId =
    host === "youtu.be"
      ? url.pathname.slice(1)
      : /^youtube(-nocookie)?\.com$/.test(host)
        ? (url.searchParams.get("v") ?? /^\/(?:embed|shorts|live)\/([\w-]{11})/.exec(url.pathname)?.[1])
        : undefined;
  if (youtubeId && /^[\w-]{11}$/.test(youtubeId)) {
    const start = seconds(url.searchParams.get("t") ?? url.searchParams.get("start"));
    return {
      embed: `https://www.youtube-nocookie.com/embed/${youtubeId}${start ? `?start=${start}` : ""}`,
      label: "YouTube",
    };
  }
  const vimeo = /^(?:player\.)?vimeo\.com$/.test(host) && /^\/(?:video\/)?(\d+)(?:\/([\da-f]+))?/.exec(url.pathname);
  if (vimeo) {
    // An unlisted video plays only with its key (vimeo.com/123/abcdef or ?h=abcdef).
    const key = vimeo[2] ?? url.searchParams.get("h");
    return { embed: `https://player.vimeo.com/video/${vimeo[1]}?${key ? `h=${key}&` : ""}dnt=1`, label: "Vimeo" };
  }
  return undefined;
}

/** Origins the site frames when a reader plays a video (for the Content-Security-Policy). */
export const VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];
