// Which comment page shows each comment of a long archived thread (src/site/comment-pages.ts).
import type { APIRoute } from "astro";
import { commentMapRoutes, type CommentPagesMap } from "@/site/comment-pages";

export const getStaticPaths = commentMapRoutes;

export const GET: APIRoute<{ map: CommentPagesMap }> = ({ props }) =>
  new Response(JSON.stringify(props.map), { headers: { "Content-Type": "application/json" } });
