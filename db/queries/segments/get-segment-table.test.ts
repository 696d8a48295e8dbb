import { describe, expect, it } from "vitest";
import type { KpiFilters } from "@/lib/kpi/filters";
import { KPI_IDS } from "@/lib/kpi/kpis";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { tempDb } from "@/db/testing/temp-db";
import { bumpDataVersion } from "../imports/bump-data-version";
import { refreshOfferFacts } from "../offers/refresh-offer-facts";
import { getSegmentTable, type SegmentTable } from "./get-segment-table";

const AMS = "Europe/Amsterdam";
const october = makePeriod("2025-10-01", "2025-10-31", AMS);
const none: KpiFilters = { segment: [] };
const dim = (key: string) => segmentDimensionSchema.parse(key);
const { db, workspaceId } = fixtureDb(seedKpiFixture);

const row = (t: SegmentTable, value: string) => {
  const r = t.rows.find((x) => x.value === value);
  if (!r) throw new Error(`no row ${value} in ${t.rows.map((x) => x.value).join(", ")}`);
  return r;
};

/** Every customer is in one row, so every count adds up to the whole view (getKpis). */
function expectRowsAddUp(t: SegmentTable): void {
  for (const id of KPI_IDS) {
    const num = t.rows.reduce((a, r) => a + r.kpis[id].numerator, 0);
    const den = t.rows.reduce((a, r) => a + r.kpis[id].denominator, 0);
    expect(num, `${id} numerator`).toBeCloseTo(t.all[id].numerator, 9);
    expect(den, `${id} denominator`).toBe(t.all[id].denominator);
  }
  expect(t.rows.reduce((a, r) => a + r.customers, 0)).toBe(t.all.crossSellRatio.denominator);
}

describe("getSegmentTable, October 2025 on the KPI fixture", () => {
  it("breaks down by region as worked out by hand", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("region"));
    // Z has 7 active customers (c03 c04 c06 c08 c12 c14 c16), N 6 (c01 c02 c05 c07 c09 c11): Z first.
    expect(t.rows.map((r) => [r.value, r.customers, r.small])).toEqual([
      ["Z", 7, true],
      ["N", 6, true],
    ]);
    const n = row(t, "N");
    // As in get-kpis.test.ts: cross c01 c05 c11, upsell c02, deep c01 c09; 11 orders worth 2000;
    // offers in October c01 (yes), c02, c05 (yes).
    expect(n.kpis.crossSellRatio).toEqual({ value: 3 / 6, numerator: 3, denominator: 6 });
    expect(n.kpis.upsellRatio).toMatchObject({ numerator: 1, denominator: 6 });
    expect(n.kpis.deepSellRatio).toMatchObject({ numerator: 2, denominator: 6 });
    expect(n.kpis.aov.numerator).toBeCloseTo(2000, 9);
    expect(n.kpis.aov.denominator).toBe(11);
    expect(n.kpis.offerConversion).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    // Up to 31 Oct, N also has c10 (Sept): 560 + 1300 + 30 + 50 + 75 + 550 + 505 = 3070 over 7;
    // repeaters c01 c02 c05 c09.
    expect(n.kpis.ltv.numerator).toBeCloseTo(3070, 9);
    expect(n.kpis.ltv.denominator).toBe(7);
    expect(n.kpis.repeatPurchaseRate).toEqual({ value: 4 / 7, numerator: 4, denominator: 7 });
    // Wilson 95 % for 3/6: centre 0.5, half-width z/(1 + z²/6) × √(0.25/6 + z²/144) = 0.31238.
    expect(n.intervals.crossSellRatio!.lower).toBeCloseTo(0.18762, 4);
    expect(n.intervals.crossSellRatio!.upper).toBeCloseTo(0.81238, 4);

    const z = row(t, "Z");
    // Z: cross c08, upsell c03, deep c06 c12 c16; orders 10 + 10 + 6 + 6 + 18 + 12 + 35 + 50 + 10 + 9
    // = 166 over 10; offers c08 (no). Up to the end, c13 too: 25+6+39+12+85+40+10+15 = 232 over 8,
    // repeaters c03 c06 c12 c13 c16.
    expect(z.kpis.crossSellRatio).toMatchObject({ numerator: 1, denominator: 7 });
    expect(z.kpis.upsellRatio).toMatchObject({ numerator: 1, denominator: 7 });
    expect(z.kpis.deepSellRatio).toMatchObject({ numerator: 3, denominator: 7 });
    expect(z.kpis.aov.numerator).toBeCloseTo(166, 9);
    expect(z.kpis.aov.denominator).toBe(10);
    expect(z.kpis.ltv.numerator).toBeCloseTo(232, 9);
    expect(z.kpis.repeatPurchaseRate).toMatchObject({ numerator: 5, denominator: 8 });
    expect(z.kpis.offerConversion).toMatchObject({ numerator: 0, denominator: 1 });
    // 1/7: Wilson lower > 0, upper ≈ 0.5131.
    expect(z.intervals.crossSellRatio!.upper).toBeCloseTo(0.5131, 3);

    expect(t.multipleComparisons).toMatchObject({ segments: 2, warn: false });
    expectRowsAddUp(t);
  });

  it("flags small rows against minSize", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("region"), { minSize: 7 });
    expect(t.rows.map((r) => [r.value, r.small])).toEqual([
      ["Z", false],
      ["N", true],
    ]);
  });

  it("puts customers without the attribute in (unknown)", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("vip"));
    // vip = yes: c11 and c12; everyone else has no vip attribute.
    expect(t.rows.map((r) => [r.value, r.unknown, r.customers])).toEqual([
      ["yes", false, 2],
      ["(unknown)", true, 11],
    ]);
    expect(row(t, "yes").kpis.crossSellRatio).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expectRowsAddUp(t);
  });

  it("splits new from returning customers by their first counted order", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("history"));
    // New (first counted order in October): c02 c04 (o12; o10/o11 are not counted) c05 c07 c08
    // c09 (o20 is 1 Oct local) c11 c12 c14. Returning: c01 c03 c06 c16 active, plus c10 and c13
    // in the history counts.
    expect(t.rows.map((r) => [r.value, r.customers])).toEqual([
      ["new", 9],
      ["returning", 4],
    ]);
    expect(row(t, "new").kpis.crossSellRatio).toMatchObject({ numerator: 3, denominator: 9 }); // c05 c08 c11
    expect(row(t, "returning").kpis.crossSellRatio).toMatchObject({ numerator: 1, denominator: 4 }); // c01
    expect(row(t, "returning").kpis.ltv).toMatchObject({ denominator: 6 });
    expectRowsAddUp(t);
  });

  it("groups by RFM at the period's end (groups from get-rfm-scores.test.ts)", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("rfm"));
    expect(t.rows.map((r) => [r.value, r.customers])).toEqual([
      ["champions", 2], // c01 c09
      ["loyal_customers", 2], // c06 c12
      ["potential_loyalists", 2], // c11 c16
      ["promising", 1], // c14
      ["about_to_sleep", 2], // c07 c08
      ["at_risk", 3], // c02 c03 c05 active; c10 c13 not in October
      ["hibernating", 1], // c04
    ]);
    const atRisk = row(t, "at_risk");
    expect(atRisk.kpis.crossSellRatio).toMatchObject({ numerator: 1, denominator: 3 }); // c05
    expect(atRisk.kpis.ltv.numerator).toBeCloseTo(1300 + 25 + 30 + 550 + 40, 9);
    expect(atRisk.kpis.ltv.denominator).toBe(5);
    expect(row(t, "champions").kpis.deepSellRatio).toMatchObject({ numerator: 2, denominator: 2 });
    expectRowsAddUp(t);
  });

  it("has one (unknown) age band when no birth year is known", () => {
    const t = getSegmentTable(db, workspaceId, october, none, dim("age_band"));
    expect(t.rows.map((r) => [r.value, r.unknown, r.customers])).toEqual([["(unknown)", true, 13]]);
  });

  it("applies the view's campaign and category filters to every row", () => {
    // CMP1's offered customers: N c01 c02 c05 c09 c11, Z c08.
    const cmp = getSegmentTable(db, workspaceId, october, { segment: [], campaign: "CMP1" }, dim("region"));
    expect(row(cmp, "N").kpis.crossSellRatio).toMatchObject({ numerator: 3, denominator: 5 });
    expect(row(cmp, "Z").kpis.crossSellRatio).toMatchObject({ numerator: 1, denominator: 1 });
    expectRowsAddUp(cmp);
    // Coffee orders: N c01 (o02 cross-sells) c05; Z c04 c06 c12 c16.
    const coffee = getSegmentTable(db, workspaceId, october, { segment: [], category: "coffee" }, dim("region"));
    expect(row(coffee, "N").kpis.crossSellRatio).toMatchObject({ numerator: 1, denominator: 2 });
    expect(row(coffee, "Z").kpis.crossSellRatio).toMatchObject({ numerator: 0, denominator: 4 });
    expectRowsAddUp(coffee);
    // A segment filter leaves one row.
    const vipZ = getSegmentTable(db, workspaceId, october, { segment: [{ key: "vip", value: "yes" }] }, dim("region"));
    expect(vipZ.rows.map((r) => [r.value, r.customers])).toEqual([
      ["N", 1],
      ["Z", 1],
    ]);
  });
});

describe("getSegmentTable, values differing only in case or spaces", () => {
  it("puts them in one row, as segment filters would", () => {
    const t = tempDb();
    try {
      const w = seedKpiFixture(t.db).workspaceId;
      t.db.$client.prepare("UPDATE customers SET region = ' n' WHERE customer_key = 'c01'").run();
      t.db.$client.prepare("UPDATE customers SET region = '' WHERE customer_key = 'c03'").run();
      const table = getSegmentTable(t.db, w, october, none, dim("region"));
      expect(table.rows.map((r) => [r.value, r.customers])).toEqual([
        ["N", 6],
        ["Z", 6],
        ["(unknown)", 1], // an empty value is no value
      ]);
      // The row's own filter selects the same six customers, " n" among them.
      const n = getSegmentTable(t.db, w, october, { segment: [{ key: "region", value: "N" }] }, dim("region"));
      expect(n.rows.map((r) => [r.value, r.customers])).toEqual([["N", 6]]);
    } finally {
      t.cleanup();
    }
  });
});

describe("getSegmentTable over all the data reads customer_facts and customer_offer_facts", () => {
  const all = makePeriod("2025-01-01", "2025-12-31", AMS); // every order and offer of the fixture
  const shown = (x: SegmentTable) => x.rows.reduce((a, r) => a + r.kpis.offerConversion.denominator, 0);

  it("gives the same table as reading every order and offer, for every kind of dimension and customer filter", () => {
    refreshOfferFacts(db, workspaceId);
    expect(db.$client.prepare("SELECT count(*) FROM customer_offer_facts WHERE workspace_id = ?").pluck().get(workspaceId)).toBeGreaterThan(3);
    const filters: KpiFilters[] = [none, { segment: [], campaign: "CMP1" }, { segment: [{ key: "vip", value: "yes" }] }];
    for (const f of filters) {
      for (const d of ["region", "rfm", "history", "age_band", "vip"]) {
        const fast = getSegmentTable(db, workspaceId, all, f, dim(d), { source: "totals" });
        expect(fast.rows.length, d).toBeGreaterThan(0);
        expect(fast, `${d} ${JSON.stringify(f)}`).toEqual(getSegmentTable(db, workspaceId, all, f, dim(d), { source: "orders" }));
        expect(getSegmentTable(db, workspaceId, all, f, dim(d))).toEqual(fast);
        expectRowsAddUp(fast);
      }
    }
  });

  it("gives the same table as reading every order for a period that runs to the end of the data (customer_facts for the history)", () => {
    // October to the end of the year: orders before October are history only, none come after.
    const toEnd = makePeriod("2025-10-01", "2025-12-31", AMS);
    const filters: KpiFilters[] = [none, { segment: [], campaign: "CMP1" }, { segment: [{ key: "vip", value: "yes" }] }];
    for (const f of filters) {
      for (const d of ["region", "rfm", "history", "age_band", "vip"]) {
        const read = getSegmentTable(db, workspaceId, toEnd, f, dim(d));
        // Customers whose orders are all before October count in LTV, not among the active.
        if (f === none) expect(read.all.ltv.denominator, d).toBeGreaterThan(read.all.crossSellRatio.denominator);
        expect(read, `${d} ${JSON.stringify(f)}`).toEqual(getSegmentTable(db, workspaceId, toEnd, f, dim(d), { source: "orders" }));
      }
    }
  });

  it("reads the kept offer totals when they are current, which leave holdout offers out as the view does", () => {
    const t = tempDb();
    try {
      const w = seedKpiFixture(t.db).workspaceId;
      t.db.$client.exec(`INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, variant, shown_at, accepted)
                         SELECT workspace_id, 'held', customer_id, campaign_id, ' Control', shown_at, 0 FROM offers WHERE offer_key = 'f0'`);
      refreshOfferFacts(t.db, w);
      const kept = getSegmentTable(t.db, w, all, none, dim("region"));
      expect(kept).toEqual(getSegmentTable(t.db, w, all, none, dim("region"), { source: "orders" }));
      // What the default view shows comes from the kept rows: a change to them shows.
      t.db.$client.exec("UPDATE customer_offer_facts SET shown = shown + 5 WHERE customer_id = (SELECT min(customer_id) FROM customer_offer_facts)");
      expect(shown(getSegmentTable(t.db, w, all, none, dim("region")))).toBe(shown(kept) + 5);
    } finally {
      t.cleanup();
    }
  });

  it("counts the offers themselves when the offer totals are not for the current data", () => {
    const t = tempDb();
    try {
      const w = seedKpiFixture(t.db).workspaceId;
      refreshOfferFacts(t.db, w);
      const before = getSegmentTable(t.db, w, all, none, dim("region"));
      // An offer added (and the version raised, as every import does) without the totals made again.
      t.db.$client.exec(`INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, shown_at, accepted)
                         SELECT workspace_id, 'extra', customer_id, campaign_id, shown_at, 1 FROM offers WHERE offer_key = 'f0'`);
      bumpDataVersion(t.db, w);
      const after = getSegmentTable(t.db, w, all, none, dim("region"));
      expect(shown(after)).toBe(shown(before) + 1);
      expect(after).toEqual(getSegmentTable(t.db, w, all, none, dim("region"), { source: "orders" }));
    } finally {
      t.cleanup();
    }
  });
});
