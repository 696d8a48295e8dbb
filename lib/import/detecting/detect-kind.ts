import { classifyPrivateColumn } from "./classify-private-column";
import { KIND_SPECS } from "../fields";
import type { KindGuess } from "./kind-guess";
import { CSV_KINDS, type CsvKind } from "../kinds";
import { matchColumns } from "./match-columns";
import { matchPreset } from "./match-preset";

/** Ranks the kinds (and a matching preset, which is certain) for a header row, best first.
 * Confidence = share of required fields found x (0.5 + 0.5 x share of the file's non-personal columns
 * explained), so an orders file beats "customers" although it also has a customer id. */
export function detectKind(headers: readonly string[], only?: CsvKind): KindGuess[] {
  const guesses: KindGuess[] = [];
  const preset = matchPreset(headers, only);
  if (preset) guesses.push({ kind: preset.preset.kind, preset: preset.preset.id, confidence: 1, columns: preset.columns });
  const usable = headers.filter((h) => h.trim() !== "" && classifyPrivateColumn(h) === null).length;
  for (const kind of only ? [only] : CSV_KINDS) {
    const spec = KIND_SPECS[kind];
    const columns = matchColumns(spec, headers);
    const found = spec.required.filter((group) => group.some((f) => f in columns)).length;
    const mapped = Object.keys(columns).filter((f) => classifyPrivateColumn(headers[columns[f]]) === null).length;
    const coverage = Math.min(1, mapped / Math.max(1, usable));
    const confidence = (found / spec.required.length) * (0.5 + 0.5 * coverage);
    guesses.push({ kind, preset: null, confidence: Math.round(confidence * 100) / 100, columns });
  }
  return guesses.sort((a, b) => b.confidence - a.confidence);
}
