import { normalizeHeader } from "./normalize-header";

/** Order-sensitive key of a header row: two files whose headers differ only in case, spacing or
 * punctuation share it, so a saved mapping can be offered again. Hash it if a short key is needed. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join("|");
}
