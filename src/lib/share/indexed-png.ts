/**
 * A minimal PNG writer for palette (indexed-colour) images. Social cards are
 * flat colours plus antialiased text: resvg's coverage levels give them about a
 * hundred distinct colours, so an exact palette holds every pixel losslessly in
 * one byte instead of three, which deflates faster and into fewer bytes than
 * the RGB PNG sharp writes.
 */
import { crc32, deflateSync } from "node:zlib";

/** Most colours a PLTE chunk can hold at 8 bits per index. */
export const MAX_PALETTE_COLOURS = 256;

/**
 * zlib level for the image data, the trade between build time and bytes. Measured on the bench
 * cards (scripts/bench-cards.ts): level 3 takes 2.0 ms for 25.5 KB, level 4 4.3 ms for 22.4 KB,
 * level 6 6.0 ms for 20.7 KB, level 9 74 ms for 18.7 KB. Past 3 each KB saved costs more time than
 * the whole of the story's painting: cold builds are the tighter budget.
 */
const DEFLATE_LEVEL = 3;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  // The CRC covers the type and the data, not the length.
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Encodes an 8-bit indexed PNG.
 *
 * @param scanlines `height` rows of `1 + width` bytes: the row's filter type (0, none: filters
 *   do not help palette indices) then one palette index per pixel. Taking the rows in PNG's own
 *   layout lets the caller fill them in place, without a copy.
 * @param palette RGB triples, at most 256.
 */
export function encodeIndexedPng(
  width: number,
  height: number,
  scanlines: Uint8Array,
  palette: Uint8Array,
): Uint8Array<ArrayBuffer> {
  if (scanlines.length !== height * (width + 1)) {
    throw new Error(`Indexed PNG: expected ${height} rows of ${width + 1} bytes, got ${scanlines.length} bytes`);
  }
  if (palette.length % 3 !== 0 || palette.length === 0 || palette.length > 3 * MAX_PALETTE_COLOURS) {
    throw new Error(`Indexed PNG: the palette must hold 1 to 256 RGB triples, got ${palette.length} bytes`);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8, colour type 3 (palette), deflate, adaptive filtering, no interlace.
  header.set([8, 3, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk("IHDR", header),
    chunk("PLTE", palette),
    chunk("IDAT", deflateSync(scanlines, { level: DEFLATE_LEVEL })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
