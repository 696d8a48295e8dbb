import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { KIND_SPECS, PRESETS, detectFormat } from "@/lib/import";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
// An argument is `{name}` or `{name, plural|select|number…`; the words inside plural branches are text.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\s*(\w+)\s*[},]/g)].map((m) => m[1]))].sort();
const get = (o: unknown, path: string) => path.split(".").reduce((x, k) => (x as Record<string, unknown>)[k], o) as string;

describe("messages", () => {
  it("English and Dutch have the same keys and the same placeholders", () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const k of keys(en)) expect(placeholders(get(nl, k)), k).toEqual(placeholders(get(en, k)));
  });

  it("every field an import maps has a label in both languages", () => {
    const fields = Object.values(KIND_SPECS).flatMap((spec) => Object.keys(spec.fields));
    for (const f of fields) {
      expect(en.importFields, f).toHaveProperty(f);
      expect(nl.importFields, f).toHaveProperty(f);
    }
  });

  it("every note a preset shows in the preview has its text in both languages, and the API gives the English", () => {
    for (const [id, preset] of Object.entries(PRESETS)) {
      for (const note of preset.notes) {
        expect(get(en, `imports.presetNotes.${id}.${note}`), `${id}.${note}`).toMatch(/\w/);
        expect(get(nl, `imports.presetNotes.${id}.${note}`), `${id}.${note}`).toMatch(/\w/);
      }
      expect(Object.keys(get(en, `imports.presetNotes.${id}`) as unknown as object), id).toEqual(preset.notes);
    }
    const detection = detectFormat(
      new TextEncoder().encode("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,B,1,2010-12-01 08:26,2.55,1,UK\n"),
    );
    expect(detection.format.preset).toBe("uci_online_retail");
    expect(detection.notes[0]).toBe("An InvoiceNo starting with C is a cancellation: status cancelled (its quantities are negative).");
  });
});
