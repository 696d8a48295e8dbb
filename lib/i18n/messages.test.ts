import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { KIND_SPECS } from "@/lib/import";

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
});
