import { describe, expect, it } from "vitest";
import { mineRules } from "@/lib/basket/mine-rules";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import type { BasketSet } from "@/lib/basket/pack-baskets";
import type { OrderLineRecord } from "@/lib/import";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords, orderLine } from "@/db/testing/import-records";
import { getBaskets } from "./get-baskets";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
/** The packed baskets as arrays, a merged basket as many times as its weight, to read them in assertions. */
const unpack = (s: BasketSet) =>
  Array.from({ length: s.offsets.length - 1 }, (_, b) =>
    Array.from({ length: s.weights?.[b] ?? 1 }, () => Array.from(s.items.subarray(s.offsets[b], s.offsets[b + 1]))),
  ).flat();
/** Each basket as its items' names sorted and joined, all sorted: baskets compared whatever their item ids. */
const namedBaskets = (x: ReturnType<typeof getBaskets>) =>
  unpack(x.baskets)
    .map((b) =>
      b
        .map((i) => x.names[i])
        .sort()
        .join("+"),
    )
    .sort();

describe("getBaskets on the KPI fixture", () => {
  it("makes one basket per counted order of its distinct purchased items", () => {
    const { baskets: packed, names } = getBaskets(db, workspaceId, "category");
    const baskets = unpack(packed);
    // 33 orders − 4 not counted (o10 o11 o26 o31) = 29; o04's returned C1 is no purchase.
    expect(baskets).toHaveLength(29);
    const named = baskets.map((b) =>
      b
        .map((i) => names[i])
        .sort()
        .join("+"),
    );
    expect(named.filter((b) => b === "Coffee")).toHaveLength(13);
    expect(named).toContain("Accessories+Phones"); // o01
    expect(named).toContain("Garden+U2"); // o19: U2 has no category and no family, so it is its own
    expect(named).toContain("Hosting+Phones"); // o24
    // o33 has two F1 lines: one item in its basket.
    const products = getBaskets(db, workspaceId, "product");
    expect(unpack(products.baskets).every((b) => new Set(b).size === b.length)).toBe(true);
  });

  it("gives rules worked out by hand", () => {
    const { baskets, names } = getBaskets(db, workspaceId, "category");
    const { transactions, rules } = mineRules(baskets, { minSupport: 0.03, minConfidence: 0.1 });
    expect(transactions).toBe(29);
    const find = (a: string, c: string) => rules.find((r) => names[r.antecedent[0]] === a && r.antecedent.length === 1 && names[r.consequent] === c);
    // Garden only in o19, with U2: support 1/29, confidence 1, lift 29.
    expect(find("Garden", "U2")).toMatchObject({ count: 1, support: 1 / 29, confidence: 1, lift: 29 });
    // Accessories in 6 baskets, with Phones in 1 (o01); Phones in 5: lift (1/6) / (5/29) = 29/30.
    const r = find("Accessories", "Phones")!;
    expect(r.confidence).toBeCloseTo(1 / 6, 12);
    expect(r.lift).toBeCloseTo(29 / 30, 12);
  });

  it("reads categories from order_slice_facts as the order lines give them, for all data and a period", () => {
    const october = { startMs: Date.parse("2025-09-30T22:00:00Z"), endMs: Date.parse("2025-10-31T23:00:00Z") };
    for (const period of [undefined, october]) {
      const kept = getBaskets(db, workspaceId, "category", period, { source: "kept" });
      expect(namedBaskets(kept).length).toBeGreaterThan(10);
      expect(namedBaskets(kept)).toEqual(namedBaskets(getBaskets(db, workspaceId, "category", period, { source: "lines" })));
      // Read a few ids at a time (chunks end inside a category's orders, and on its last one), the same baskets.
      for (const idsPerRead of [1, 2, 3, 5]) expect(getBaskets(db, workspaceId, "category", period, { source: "kept", idsPerRead })).toEqual(kept);
    }
  });
});

describe("category baskets of many categories", () => {
  const newDb = tempDbPerTest();
  // Orders of one to four lines over `categories` categories, skewed so that many orders buy the same ones.
  const lines = (categories: number): OrderLineRecord[] => {
    let x = categories;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const out: OrderLineRecord[] = [];
    for (let o = 0; o < 400; o++) {
      const n = 1 + Math.floor(next() * 4);
      for (let l = 0; l < n; l++) {
        const c = Math.floor(next() * next() * categories);
        out.push(
          orderLine({
            line: out.length + 2,
            orderId: `o${o}`,
            orderedAt: Date.parse("2025-10-01T10:00:00Z") + o * 3_600_000,
            customerId: `c${o % 90}`,
            lineNo: l,
            sku: `S${c}-${l}`,
            productName: null,
            category: `Category ${c}`,
          }),
        );
      }
    }
    return out;
  };
  // 12 categories: merged in an array slot per set; 30: in a map; 60: not merged.
  for (const categories of [12, 30, 60]) {
    it(`are the order lines' baskets, merged where identical (${categories} categories)`, async () => {
      const { db } = newDb();
      await importRecords(db, "orders", lines(categories));
      const kept = getBaskets(db, 1, "category", undefined, { source: "kept" });
      if (categories <= 52) expect(kept.baskets.offsets.length - 1).toBeLessThan(300);
      else expect(kept.baskets.weights).toBeUndefined();
      expect(namedBaskets(kept)).toHaveLength(400);
      expect(namedBaskets(kept)).toEqual(namedBaskets(getBaskets(db, 1, "category", undefined, { source: "lines" })));
      expect(getBaskets(db, 1, "category", undefined, { source: "kept", idsPerRead: 7 })).toEqual(kept);
      expect(() => getBaskets(db, 1, "category", undefined, { source: "kept", idsPerRead: 0 })).toThrow("idsPerRead must be a whole number of at least 1");
    });
  }
});
