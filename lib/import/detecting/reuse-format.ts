import type { ImportFormat } from "../format";
import { normalizeHeader } from "./normalize-header";

/** A saved format applied to a new upload whose header has the same signature: header references
 * follow the new file's spelling ("Order ID" saved, "order_id" now); encoding and delimiter come from
 * the new file. The mapping and rating scale are the saved (user-corrected) ones; a number or date
 * format is the new file's when its sample decided it, else the saved one (a re-export may switch
 * from "1.5" to "1,5", while a user's "month first" must survive files that cannot tell).
 * Null when the headers differ. */
export function reuseFormat(saved: ImportFormat, detected: ImportFormat, headers: readonly string[]): ImportFormat | null {
  if (saved.headerSignature !== detected.headerSignature) return null;
  const normalized = saved.headerSignature.split("|");
  const rename = (h: string) => headers[normalized.indexOf(normalizeHeader(h))] ?? h;
  const merge = <T extends { assumed: boolean }>(saved: Record<string, T>, now: Record<string, T>) => {
    const out = { ...now };
    for (const [h, v] of Object.entries(saved)) {
      const name = rename(h);
      if (!out[name] || out[name].assumed) out[name] = v;
    }
    return out;
  };
  return {
    ...saved,
    encoding: detected.encoding,
    delimiter: detected.delimiter,
    columns: Object.fromEntries(Object.entries(saved.columns).map(([field, h]) => [field, rename(h)])),
    numberFormats: merge(saved.numberFormats, detected.numberFormats),
    dateFormats: merge(saved.dateFormats, detected.dateFormats),
  };
}
