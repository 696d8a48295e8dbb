import { editDistance } from "./edit-distance";
import { normalizeHeader } from "./normalize-header";

/** The header most like any of the names, if close enough to be a plausible typo ("Oder Date" for
 * "order date", "nmae" for "name"): one edit per four letters of the name, at least one; headers
 * shorter than three letters are never suggested (everything is close to "T"). */
export function closestHeader(names: readonly string[], headers: readonly string[]): string | null {
  let best: { header: string; score: number } | null = null;
  for (const header of headers) {
    const h = normalizeHeader(header);
    if (h.length < 3) continue;
    for (const name of names.map(normalizeHeader)) {
      const d = editDistance(h, name);
      const allowed = Math.max(1, Math.floor(name.length / 4));
      if (d <= allowed && (!best || d / name.length < best.score)) best = { header, score: d / name.length };
    }
  }
  return best?.header ?? null;
}
