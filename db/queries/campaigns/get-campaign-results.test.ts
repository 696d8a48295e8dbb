import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCampaignFixture } from "@/db/testing/campaign-fixture";
import { tempDb } from "@/db/testing/temp-db";
import type { Db } from "../../client";
import { getCampaignResults, type CampaignResult } from "./get-campaign-results";

const AMS = "Europe/Amsterdam";
let db: Db;
let ws: number;
let cleanup: () => void;
let results: CampaignResult[];

beforeAll(() => {
  const t = tempDb();
  db = t.db;
  cleanup = t.cleanup;
  ws = seedCampaignFixture(db).workspaceId;
  results = getCampaignResults(db, ws, AMS);
});
afterAll(() => cleanup());

const byKey = (key: string) => results.find((r) => r.key === key)!;

describe("getCampaignResults on the campaign fixture", () => {
  it("lists every campaign by start date with its window", () => {
    expect(results.map((r) => [r.key, r.type, r.cost, r.window])).toEqual([
      ["CMP-A", "cross_sell", 100, { from: "2025-10-01", to: "2025-10-31" }],
      // Open-ended: up to the last data day, 1 Nov local (o5 at 00:30 Amsterdam).
      ["CMP-B", "upsell", null, { from: "2025-10-01", to: "2025-11-01" }],
      ["CMP-C", "bundle", 0, { from: "2025-12-01", to: "2025-12-31" }],
    ]);
  });

  it("counts offers outside the holdout, rows and customers", () => {
    // Non-holdout rows: t1 ×2, t2, t3, t4, m1 = 6, accepted t1 t2 t4 = 3; customers t1 t2 t3 t4 m1.
    // Held out: k1 "Control", k2 " holdout ", k3, m1 = 4 rows, 4 customers.
    expect(byKey("CMP-A").offers).toEqual({
      shown: 6,
      accepted: 3,
      usersShown: 5,
      usersAccepted: 3,
      conversion: { value: 0.5, numerator: 3, denominator: 6 },
      userConversion: { value: 3 / 5, numerator: 3, denominator: 5 },
      heldOut: { offers: 4, users: 4 },
    });
    expect(byKey("CMP-C").offers.conversion).toEqual({ value: null, numerator: 0, denominator: 0 });
  });

  it("attributes revenue and ROI as worked out by hand", () => {
    // t1: no revenue of its own, linked o1 = 100 + 20 = 120; t2: its own 20 (not o3's 46);
    // t4: linked o6 is refunded = 0. Revenue 140, ROI (140 − 100) / 100 = 0.4.
    const a = byKey("CMP-A").attributed;
    expect(a.revenue).toBeCloseTo(140, 9);
    expect(a.roi).toBeCloseTo(0.4, 9);
    // Margin on the linked counted orders o1 and o3 (o6 refunded):
    // o1: 1 × (100 − 60) + 1 × (20 − 5) = 55, all 120 with a cost;
    // o3: 2 × (20 − 5) − 4 = 26 on 36 with a cost; X1's 10 has no cost.
    // Margin 81 on order revenue 166, of which 156 with a cost; ROI (81 − 100) / 100 = −0.19.
    expect(a.margin).not.toBeNull();
    expect(a.margin!.linkedOrders).toBe(2);
    expect(a.margin!.orderRevenue).toBeCloseTo(166, 9);
    expect(a.margin!.grossMargin).toBeCloseTo(81, 9);
    expect(a.margin!.costCoverage).toBeCloseTo(156 / 166, 9);
    expect(a.margin!.roi).toBeCloseTo(-0.19, 9);

    // CMP-B: o5's 100 with no cost to the campaign: no ROI; margin 100 − 60 = 40, all costed.
    const b = byKey("CMP-B").attributed;
    expect(b.revenue).toBeCloseTo(100, 9);
    expect(b.roi).toBeNull();
    expect(b.margin).toMatchObject({ linkedOrders: 1, grossMargin: 40, costCoverage: 1, roi: null });
    // CMP-C: nothing, and a cost of 0 gives no ROI.
    expect(byKey("CMP-C").attributed).toEqual({ revenue: 0, roi: null, margin: null });
  });

  it("estimates incremental revenue against the holdout, with a Welch interval", () => {
    // Window 1-31 Oct 2025 in Amsterdam; all counted orders of each customer in it:
    //   treated t1 120 (o2 is September), t2 46, t3 30 (o5 is 1 Nov local), t4 0 (o6 refunded):
    //     n 4, Σ 196, mean 49, Σ² 17416, s² = (17416 − 196 × 49) / 3 = 2604;
    //   control k1 20 (o7, 00:30 on 1 Oct local), k2 10, k3 0: n 3, Σ 30, mean 10, s² = 100;
    //   m1 is in both groups: left out.
    // Lift 49 − 10 = 39; se² = 2604/4 + 100/3 = 684.333, se = 26.15977;
    // df = 684.333² / ((651)²/3 + (33.333)²/2) = 3.30210; t(0.975, 3.30210) = 3.023911;
    // lift 39 ± 79.1048 = −40.1048 .. 118.1048; × 4 treated = 156 (−160.4192 .. 472.4192);
    // ROI (156 − 100) / 100 = 0.56 (−2.604192 .. 3.724192).
    const inc = byKey("CMP-A").incremental!;
    expect(inc.treated).toEqual({ customers: 4, revenue: 196, revenuePerCustomer: 49 });
    expect(inc.control).toEqual({ customers: 3, revenue: 30, revenuePerCustomer: 10 });
    expect(inc.mixedCustomers).toBe(1);
    expect(inc.liftPerCustomer.estimate).toBeCloseTo(39, 9);
    expect(inc.liftPerCustomer.lower).toBeCloseTo(-40.1048, 3);
    expect(inc.liftPerCustomer.upper).toBeCloseTo(118.1048, 3);
    expect(inc.incrementalRevenue.estimate).toBeCloseTo(156, 9);
    expect(inc.incrementalRevenue.lower).toBeCloseTo(-160.4192, 3);
    expect(inc.incrementalRevenue.upper).toBeCloseTo(472.4192, 3);
    expect(inc.roi!.estimate).toBeCloseTo(0.56, 9);
    expect(inc.roi!.lower).toBeCloseTo(-2.604192, 5);
    expect(inc.roi!.upper).toBeCloseTo(3.724192, 5);
    expect(inc.pValue).toBeCloseTo(0.2247, 3);
    // No holdout, no incrementality.
    expect(byKey("CMP-B").incremental).toBeNull();
    expect(byKey("CMP-C").incremental).toBeNull();
  });

  it("returns one campaign when asked, and nothing for an unknown key", () => {
    expect(getCampaignResults(db, ws, AMS, { campaign: "CMP-B" }).map((r) => r.key)).toEqual(["CMP-B"]);
    expect(getCampaignResults(db, ws, AMS, { campaign: "NOPE" })).toEqual([]);
  });
});
