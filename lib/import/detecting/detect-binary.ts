import { detectEncoding } from "./detect-encoding";

export type BinaryKind = "xlsx" | "xls" | "pdf" | "binary";

const startsWith = (s: Uint8Array, magic: number[]) => magic.every((byte, i) => s[i] === byte);

/** Files people upload by mistake: Excel workbooks (ZIP or the old OLE2 format), PDFs, anything with
 * NUL bytes (which text never has, except UTF-16). Null when the bytes look like text. */
export function detectBinary(sample: Uint8Array): BinaryKind | null {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  if (startsWith(sample, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (detectEncoding(sample).encoding.startsWith("utf-16")) return null;
  return sample.subarray(0, 65536).includes(0) ? "binary" : null;
}
