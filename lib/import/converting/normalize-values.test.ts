import { describe, expect, it } from "vitest";
import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import { normalizeCampaignType } from "./normalize-campaign-type";
import { normalizeGender } from "./normalize-gender";
import { normalizeStatus } from "./normalize-status";
import { parseBoolean } from "./parse-boolean";
import { parseAll } from "../testing/parse-all";

describe("normalizeStatus", () => {
  it.each([
    ["Paid", "paid"],
    ["betaald", "paid"],
    ["Geannuleerd", "cancelled"],
    ["canceled", "cancelled"],
    ["Terugbetaald", "refunded"],
    ["partially_refunded", "partially_refunded"],
    ["Gedeeltelijk terugbetaald", "partially_refunded"],
    ["voided", "voided"],
    ["On hold", "on_hold"],
    ["wc-on-hold", "wc_on_hold"],
    ["In afwachting van betaling", "pending"],
  ])("%s → %s", (raw, status) => {
    expect(normalizeStatus(raw)).toBe(status);
  });
  it("turns every Dutch 'not a sale' status into one the KPIs exclude", () => {
    for (const s of ["geannuleerd", "terugbetaald", "vervallen"].map(normalizeStatus)) {
      expect(UNCOUNTED_STATUSES as readonly string[]).toContain(s);
    }
  });
});

describe("small vocabularies", () => {
  it("reads yes/no in English and Dutch", () => {
    expect(["ja", "Yes", "1", "TRUE", "x"].map(parseBoolean)).toEqual([true, true, true, true, true]);
    expect(["nee", "No", "0", "false"].map(parseBoolean)).toEqual([false, false, false, false]);
    expect(parseBoolean("misschien")).toBeNull();
  });
  it("reads gender", () => {
    expect(["V", "vrouw", "Female", "m", "Man", "X", "onbekend", "prefer not to say"].map(normalizeGender)).toEqual([
      "female",
      "female",
      "female",
      "male",
      "male",
      "other",
      null,
      "prefer not to say",
    ]);
  });
  it("reads campaign types in common spellings", () => {
    expect(["Cross sell", "cross-sell", "CROSS_SELLING", "Upsell", "up-sell", "Deep sell", "Bundle", "bundel", "korting"].map(normalizeCampaignType)).toEqual([
      "cross_sell",
      "cross_sell",
      "cross_sell",
      "upsell",
      "upsell",
      "deep_sell",
      "bundle",
      "bundle",
      null,
    ]);
  });
});

describe("UTF-16 'Unicode text' from Excel", () => {
  it("is detected, split on tabs and parsed", async () => {
    const text = "sku\tnaam\tprijs\r\nMUG\tMok café\t€ 9,95\r\n";
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const { detection, records } = await parseAll(bytes, { kind: "products", chunkSize: 5 });
    expect(detection.format).toMatchObject({ encoding: "utf-16le", delimiter: "\t", kind: "products" });
    expect(records).toEqual([{ line: 2, sku: "MUG", name: "Mok café", category: null, family: null, tier: null, price: 9.95, cost: null }]);
  });
});
