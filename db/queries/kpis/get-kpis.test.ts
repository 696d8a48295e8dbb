import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { getKpis } from "./get-kpis";

const AMS = "Europe/Amsterdam";
const october = makePeriod("2025-10-01", "2025-10-31", AMS);
const none = { segment: [] };
const { db, workspaceId } = fixtureDb(seedKpiFixture);

describe("order classification (order_facts)", () => {
  it("flags exactly the orders worked out by hand", () => {
    const rows = db.$client
      .prepare(
        `SELECT o.order_key AS k, f.counted, f.seq, f.cross_sell AS x, f.upsell AS u, f.deep_sell AS d, round(f.revenue, 2) AS r
         FROM order_facts f JOIN orders o ON o.id = f.order_id ORDER BY o.order_key`,
      )
      .all() as { k: string; counted: number; seq: number | null; x: number; u: number; d: number; r: number }[];
    const flagged = (col: "x" | "u" | "d") => rows.filter((r) => r[col]).map((r) => r.k);
    expect(rows).toHaveLength(33);
    expect(rows.filter((r) => !r.counted).map((r) => r.k)).toEqual(["o10", "o11", "o26", "o31"]);
    expect(flagged("x")).toEqual(["o01", "o02", "o14", "o19", "o22", "o24"]);
    expect(flagged("u")).toEqual(["o05", "o08", "o23"]);
    expect(flagged("d")).toEqual(["o03", "o17", "o21", "o27", "o33"]);
    // o04: 1 × 10 + (−1 × 20) = −10; o23: 600 − 50; o25: 4 × 10 − 5; o33: 1 × 3 + 2 × 3.
    expect(Object.fromEntries(rows.map((r) => [r.k, r.r]))).toMatchObject({ o04: -10, o23: 550, o25: 35, o33: 9, o19: 12 });
    // o13 and o14 share a timestamp: the order id decides.
    expect(rows.find((r) => r.k === "o13")?.seq).toBe(1);
    expect(rows.find((r) => r.k === "o14")?.seq).toBe(2);
    expect(rows.find((r) => r.k === "o12")?.seq).toBe(1);
  });
});

describe("getKpis, October 2025 in Amsterdam", () => {
  it("matches the hand-worked values", () => {
    // Active: c01 c02 c03 c04 c05 c06 c07 c08 c09 c11 c12 c14 c16 = 13 (c10, c13 ordered before
    // October; c15 only refunded). 21 counted orders (o20 at 00:30 on 1 Oct is in, o22 at 00:00
    // on 1 Nov is out).
    const k = getKpis(db, workspaceId, october, none);
    expect(k.crossSellRatio).toEqual({ value: 4 / 13, numerator: 4, denominator: 13 }); // c01 c05 c08 c11
    expect(k.upsellRatio).toEqual({ value: 2 / 13, numerator: 2, denominator: 13 }); // c02 c03
    expect(k.deepSellRatio).toEqual({ value: 5 / 13, numerator: 5, denominator: 13 }); // c01 c06 c09 c12 c16
    // 20+30−10+700+600+10+10+6+10+20+6+18+50+12+25+50+505+35+50+10+9 = 2166 over 21 orders.
    expect(k.aov.numerator).toBeCloseTo(2166, 9);
    expect(k.aov.denominator).toBe(21);
    // Up to 31 Oct: October's 2166 plus earlier 520+5+15+550+20+20+6 = 1136, over 15 customers.
    expect(k.ltv.numerator).toBeCloseTo(3302, 9);
    expect(k.ltv.denominator).toBe(15);
    expect(k.ltv.value).toBeCloseTo(3302 / 15, 9);
    // Two or more counted orders: c01 c02 c03 c05 c06 c09 c12 c13 c16.
    expect(k.repeatPurchaseRate).toEqual({ value: 9 / 15, numerator: 9, denominator: 15 });
    // Offers shown in October: c01 (yes), c02, c05 (yes), c08; c09's is 30 Sep local, c11's November.
    expect(k.offerConversion).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it("includes both edge days and nothing outside", () => {
    const first = getKpis(db, workspaceId, makePeriod("2025-10-01", "2025-10-01", AMS), none);
    expect(first.aov).toMatchObject({ numerator: 25, denominator: 1 }); // o20 only
    const last = getKpis(db, workspaceId, makePeriod("2025-10-31", "2025-10-31", AMS), none);
    expect(last.aov).toMatchObject({ numerator: 50, denominator: 1 }); // o21 only
    expect(last.deepSellRatio).toEqual({ value: 1, numerator: 1, denominator: 1 });
    const nov1 = getKpis(db, workspaceId, makePeriod("2025-11-01", "2025-11-01", AMS), none);
    expect(nov1.crossSellRatio).toEqual({ value: 1, numerator: 1, denominator: 1 }); // o22
    expect(nov1.offerConversion).toEqual({ value: 1, numerator: 1, denominator: 1 }); // c11's offer
  });

  it("restricts the customers counted by a segment, never their history", () => {
    // Region N: c01 c02 c05 c07 c09 c11 active; orders 3+2+2+1+2+1 = 11; revenue 40+1300+30+50+75+505 = 2000.
    const n = getKpis(db, workspaceId, october, { segment: [{ key: "region", value: "n" }] });
    expect(n.crossSellRatio).toEqual({ value: 3 / 6, numerator: 3, denominator: 6 }); // c01 c05 c11
    expect(n.upsellRatio).toMatchObject({ numerator: 1, denominator: 6 }); // c02
    expect(n.deepSellRatio).toMatchObject({ numerator: 2, denominator: 6 }); // c01 c09
    expect(n.aov.numerator).toBeCloseTo(2000, 9);
    expect(n.aov.denominator).toBe(11);
    expect(n.offerConversion).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 }); // c01 c02 c05
    // A custom attribute, combined with AND: vip = yes is c11 and c12; and region Z leaves c12,
    // whose deep-sell in o27 still compares with o25 from its full history.
    const vip = getKpis(db, workspaceId, october, { segment: [{ key: "vip", value: "yes" }] });
    expect(vip.crossSellRatio).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    const vipZ = getKpis(db, workspaceId, october, {
      segment: [
        { key: "vip", value: "yes" },
        { key: "region", value: "Z" },
      ],
    });
    expect(vipZ.deepSellRatio).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(vipZ.ltv).toMatchObject({ numerator: 85, denominator: 1 }); // o25 35 + o27 50
    // Nobody: every value null, counts zero.
    const empty = getKpis(db, workspaceId, october, { segment: [{ key: "region", value: "Atlantis" }] });
    expect(empty.aov).toEqual({ value: null, numerator: 0, denominator: 0 });
  });

  it("restricts to a campaign's offered customers", () => {
    // Offered: c01 c02 c05 c08 c09 c11, all active in October.
    const k = getKpis(db, workspaceId, october, { segment: [], campaign: "CMP1" });
    expect(k.crossSellRatio).toMatchObject({ numerator: 4, denominator: 6 }); // c01 c05 c08 c11
    expect(k.upsellRatio).toMatchObject({ numerator: 1, denominator: 6 });
    expect(k.deepSellRatio).toMatchObject({ numerator: 2, denominator: 6 });
    expect(k.offerConversion).toMatchObject({ numerator: 2, denominator: 4 });
    expect(getKpis(db, workspaceId, october, { segment: [], campaign: "NOPE" }).offerConversion).toMatchObject({ denominator: 0 });
  });

  it("restricts the orders counted by category", () => {
    // October orders with a Coffee purchase line: o02 o03 o04 o12 o13 o16 o17 o25 o27 o33.
    const coffee = getKpis(db, workspaceId, october, { segment: [], category: "coffee" });
    expect(coffee.aov.denominator).toBe(10);
    expect(coffee.crossSellRatio).toMatchObject({ numerator: 1, denominator: 6 }); // c01 (o02) of c01 c04 c05 c06 c12 c16
  });
});

describe("KPI series", async () => {
  const { getKpiSeriesCounts } = await import("./get-kpi-series");
  const { shapeSeries } = await import("@/lib/kpi/series");
  const { bucketsFor } = await import("@/lib/kpi/period");

  it("buckets months in the workspace time zone and carries history into LTV", () => {
    const period = makePeriod("2025-09-01", "2025-11-30", AMS);
    const points = shapeSeries(getKpiSeriesCounts(db, workspaceId, bucketsFor(period, "month", AMS), none));
    expect(points.map((p) => p.key)).toEqual(["2025-09", "2025-10", "2025-11"]);
    // September: o01 o07 o23 o32 (o20 is 1 Oct local); c01 cross-sells, c10 upsells.
    expect(points[0].aov).toMatchObject({ numerator: 1081, denominator: 4 }); // 520+5+550+6
    expect(points[0].crossSellRatio).toMatchObject({ numerator: 1, denominator: 4 });
    expect(points[0].upsellRatio).toMatchObject({ numerator: 1, denominator: 4 });
    // LTV at the end of September includes August (o15 15, o28 20, o29 20): 1136 over c01 c03 c06 c10 c13 c16.
    expect(points[0].ltv).toMatchObject({ numerator: 1136, denominator: 6 });
    // Only c13 (o28, o29) has two counted orders by then; c06 and c16 order again in October.
    expect(points[0].repeatPurchaseRate).toMatchObject({ numerator: 1, denominator: 6 });
    // October agrees with getKpis for the month.
    const october = getKpis(db, workspaceId, makePeriod("2025-10-01", "2025-10-31", AMS), none);
    for (const id of ["crossSellRatio", "upsellRatio", "deepSellRatio", "ltv", "repeatPurchaseRate", "offerConversion"] as const) {
      expect(points[1][id], id).toEqual(october[id]);
    }
    expect(points[1].aov.denominator).toBe(21);
    // November: only o22 (1 Nov 00:00 local), a cross-sell; LTV 3302 + 10 over the same 15.
    expect(points[2].crossSellRatio).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(points[2].ltv).toMatchObject({ numerator: 3312, denominator: 15 });
  });
});
