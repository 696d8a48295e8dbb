import type { CsvKind } from "../kinds";
import { normalizeHeader } from "./normalize-header";
import { PRESETS } from "../presets";
import type { Preset } from "../presets/preset";

export interface PresetMatch {
  preset: Preset;
  /** canonical field → column index */
  columns: Record<string, number>;
}

/** The first preset whose signature headers are all present (optionally only of one kind). */
export function matchPreset(headers: readonly string[], kind?: CsvKind): PresetMatch | null {
  const normalized = headers.map(normalizeHeader);
  for (const preset of Object.values(PRESETS)) {
    if (kind && preset.kind !== kind) continue;
    if (!preset.signature.every((s) => normalized.includes(s))) continue;
    const columns: Record<string, number> = {};
    for (const [field, names] of Object.entries(preset.columns)) {
      const column = names
        .map(normalizeHeader)
        .map((n) => normalized.indexOf(n))
        .find((i) => i !== -1);
      if (column !== undefined) columns[field] = column;
    }
    return { preset, columns };
  }
  return null;
}
