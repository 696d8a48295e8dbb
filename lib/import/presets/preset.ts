import type { CsvKind } from "../kinds";
import type { PresetId } from "../format";

/** A known export layout, recognised from its header alone. */
export interface Preset {
  readonly id: PresetId;
  readonly kind: CsvKind;
  readonly label: string;
  /** Normalised headers that must all be present. */
  readonly signature: readonly string[];
  /** canonical field → header names tried in order (exports differ between versions). */
  readonly columns: Readonly<Record<string, readonly string[]>>;
  /** What the preset does beyond mapping, shown in the preview: ids of messages imports.presetNotes.<id>.<note>. */
  readonly notes: readonly string[];
}
