import type { Encoding } from "../format";

// WHATWG windows-1252 for bytes 0x80-0x9F. Node >= 20.18.3 decodes "windows-1252" as Latin-1
// (nodejs/node#60888), which turns € (0x80) into U+0080; remapping the C1 range fixes it everywhere.
const C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const fixC1 = (s: string) => s.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]);

export type ChunkDecoder = (bytes: Uint8Array, final?: boolean) => string;

/** A streaming decoder: a character split over two chunks is decoded whole; a BOM is dropped. */
export function createDecoder(encoding: Encoding): ChunkDecoder {
  const decoder = new TextDecoder(encoding);
  if (encoding !== "windows-1252") return (bytes, final = false) => decoder.decode(bytes, { stream: !final });
  return (bytes, final = false) => fixC1(decoder.decode(bytes, { stream: !final }));
}
