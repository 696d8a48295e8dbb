import type { Encoding } from "../format";

export interface EncodingGuess {
  encoding: Encoding;
  bom: boolean;
}

/** BOM first; UTF-16 without BOM by its zero bytes; then UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (which also reads Latin-1: it is a superset). */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  const [a, b, c] = sample;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", bom: true };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", bom: true };
  const utf16 = guessUtf16(sample);
  if (utf16) return { encoding: utf16, bom: false };
  try {
    // stream: a multi-byte character cut off at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { encoding: "utf-8", bom: false };
  } catch {
    return { encoding: "windows-1252", bom: false };
  }
}

// Mostly-ASCII text in UTF-16 has a zero in every other byte.
function guessUtf16(sample: Uint8Array): Encoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}
