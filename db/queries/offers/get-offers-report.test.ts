import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedCampaignFixture } from "@/db/testing/campaign-fixture";
import { offersQuerySchema } from "@/lib/offers/offers-query";
import { fixtureDb } from "@/db/testing/fixture-db";
import { welchTTestFromSamples } from "@/lib/stats/welch";
import { customers, feedback } from "../../schema";
import { getAbTest } from "./get-ab-test";
import { getOffersReport } from "./get-offers-report";

// The campaign fixture (db/testing/campaign-fixture.ts) plus regions and ratings.
// Ratings (local days, Europe/Amsterdam), with what each customer had been shown by the end of that day:
//   t1 2025-10-04 2/5  → before t1's first offer (5 Oct): not offered; score (2 − 1) × 2.5 = 2.5, detractor
//   t1 2025-10-06 9/10 → offers of 5 and 6 Oct: offered, 2 seen; promoter
//   t2 2025-10-10 7/10 → offer at 11:00 local the same day: offered, 1 seen
//   t3 2025-10-31 10/10 → CMP-A of 12 Oct only; CMP-B's offer is 1 Nov 00:00 local: 1 seen; promoter
//   t3 2025-11-01 8/10 → CMP-A and CMP-B: 2 seen
//   k1 2025-10-02 5/5  → only a holdout row, which is no offer: not offered; score 10, promoter
//   n1 2025-10-23 6/10 → never offered; detractor
const RATINGS: [string, string, number, 5 | 10][] = [
  ["t1", "2025-10-04", 2, 5],
  ["t1", "2025-10-06", 9, 10],
  ["t2", "2025-10-10", 7, 10],
  ["t3", "2025-10-31", 10, 10],
  ["t3", "2025-11-01", 8, 10],
  ["k1", "2025-10-02", 5, 5],
  ["n1", "2025-10-23", 6, 10],
];

const { db, workspaceId } = fixtureDb((db) => {
  const seeded = seedCampaignFixture(db);
  db.update(customers)
    .set({ region: "Noord" })
    .where(inArray(customers.customerKey, ["t1", "t2"]))
    .run();
  const id = new Map(
    db
      .select({ id: customers.id, key: customers.customerKey })
      .from(customers)
      .all()
      .map((c) => [c.key, c.id]),
  );
  for (const [c, date, rating, scale] of RATINGS)
    db.insert(feedback)
      .values({ workspaceId: seeded.workspaceId, customerId: id.get(c)!, date, rating, scale })
      .run();
  return seeded;
});
const WS = { id: workspaceId, slug: "campaigns", timezone: "Europe/Amsterdam" };
const report = getOffersReport(db, WS, offersQuerySchema.parse({ from: "2025-09-01", to: "2025-12-31", by: "region" }));

describe("getOffersReport: the funnel", () => {
  it("counts offers outside the holdout per campaign", () => {
    // CMP-A: t1 ×2, t2, t3, t4, m1 = 6 shown; accepted t1 (o1), t2 (o3), t4 (o6) = 3; bought: o1 and o3
    // count, o6 is refunded = 2; revenue 120 (o1) + 20 (t2's own) + 0 = 140. CMP-B: t3's offer → o5, 100.
    expect(
      report.funnel.campaign.map(({ key, shown, accepted, purchased, customers, revenue }) => ({ key, shown, accepted, purchased, customers, revenue })),
    ).toEqual([
      { key: "CMP-A", shown: 6, accepted: 3, purchased: 2, customers: 5, revenue: 140 },
      { key: "CMP-B", shown: 1, accepted: 1, purchased: 1, customers: 1, revenue: 100 },
    ]);
    const a = report.funnel.campaign[0];
    expect(a.acceptance?.estimate).toBe(0.5);
    expect(a.purchaseOfAccepted).toBeCloseTo(2 / 3, 12);
    expect(a.revenuePerOffer).toBeCloseTo(140 / 6, 12);
    // Five customers is under the minimum segment size of 30: flagged.
    expect(a.small).toBe(true);
  });

  it("groups offers without a placement as unknown, and by the customer's segment", () => {
    expect(report.funnel.placement.map((r) => [r.label, r.shown])).toEqual([["(unknown)", 7]]);
    // Noord: t1 ×2, t2 → 3 shown, 2 accepted and bought, 140. Unknown: t3 (A and B), t4, m1 → 4 shown,
    // accepted t4 and t3's CMP-B = 2, bought o5 only = 1, revenue 100.
    expect(
      report.funnel.segment.map(({ label, shown, accepted, purchased, customers, revenue }) => [label, shown, accepted, purchased, customers, revenue]),
    ).toEqual([
      ["(unknown)", 4, 2, 1, 3, 100],
      ["Noord", 3, 2, 2, 2, 140],
    ]);
  });

  it("merges segment values that differ only in case or surrounding spaces, labelled by the smallest spelling", () => {
    db.update(customers)
      .set({ region: " noord" })
      .where(inArray(customers.customerKey, ["t2"]))
      .run();
    try {
      const merged = getOffersReport(db, WS, offersQuerySchema.parse({ from: "2025-09-01", to: "2025-12-31", by: "region" }));
      expect(merged.funnel.segment.map(({ key, label, shown, customers }) => [key, label, shown, customers])).toEqual([
        ["(unknown)", "(unknown)", 4, 3],
        ["noord", "Noord", 3, 2],
      ]);
    } finally {
      db.update(customers)
        .set({ region: "Noord" })
        .where(inArray(customers.customerKey, ["t2"]))
        .run();
    }
  });

  it("leaves offers outside the period out", () => {
    const october = getOffersReport(db, WS, offersQuerySchema.parse({ from: "2025-10-01", to: "2025-10-31" }));
    // CMP-B's offer is 1 Nov 00:00 local.
    expect(october.funnel.campaign.map((r) => [r.key, r.shown])).toEqual([["CMP-A", 6]]);
  });
});

describe("A/B tests", () => {
  it("lists campaigns with two variants shown an offer, holdouts aside", () => {
    expect(report.tests).toEqual([
      { key: "CMP-A", name: "Campaign CMP-A", type: "cross_sell", variants: ["A", "B"], users: 5, heldOut: ["Control", "holdout"] },
    ]);
  });

  it("tests per customer: A is t1 t2 m1, B is t3 t4; the control variants merge regardless of case", () => {
    const test = getAbTest(db, WS, { campaign: "CMP-A" });
    // A: t1 (o1: 120), t2 (own 20), m1 (nothing) → 3 users, 2 conversions, Σ 140, Σ² 120² + 20² = 14,800.
    // B: t3 (nothing), t4 (accepted, refunded order: 0) → 2 users, 1 conversion, Σ 0.
    expect(
      test.analysis.variants.map(({ name, users, conversions, revenuePerUser, isControl }) => ({ name, users, conversions, revenuePerUser, isControl })),
    ).toEqual([
      { name: "A", users: 3, conversions: 2, revenuePerUser: 140 / 3, isControl: true },
      { name: "B", users: 2, conversions: 1, revenuePerUser: 0, isControl: false },
    ]);
    // k1 "Control", k3 and m1 "control" are one group; k2 " holdout " another.
    expect(test.heldOut).toEqual([
      { name: "Control", users: 3 },
      { name: "holdout", users: 1 },
    ]);
    expect(test.analysis.comparisons[0].absoluteDifference.estimate).toBeCloseTo(1 / 2 - 2 / 3, 12);
  });

  it("names what is wrong with a test that cannot run", () => {
    expect(() => getAbTest(db, WS, { campaign: "CMP-B" })).toThrow(/1 variant\(s\) shown an offer; an A\/B test needs at least two/);
    expect(() => getAbTest(db, WS, { campaign: "CMP-C" })).toThrow('Campaign "CMP-C" has no offers yet');
    expect(() => getAbTest(db, WS, { campaign: "NOPE" })).toThrow('No campaign "NOPE" in workspace "campaigns".');
    expect(() => getAbTest(db, WS, { campaign: "CMP-A", control: "Z" })).toThrow('Control "Z" is not one of the variants (A, B)');
  });
});

describe("satisfaction against offers", () => {
  const s = report.satisfaction;
  it("splits ratings by whether an offer had been shown by the end of the rating's local day", () => {
    // Offered: 9, 7, 10, 8 → mean 8.5, promoters 2, detractors 0, NPS +50.
    expect(s.offered).toEqual({ ratings: 4, averageScore: 8.5, promoters: 2, detractors: 0, nps: 50 });
    // Not offered: 2.5, 10, 6 → mean 18.5 / 3, promoters 1 (k1), detractors 2 (t1's 2/5, n1's 6), NPS −33.3.
    expect(s.notOffered.ratings).toBe(3);
    expect(s.notOffered.averageScore).toBeCloseTo(18.5 / 3, 12);
    expect(s.notOffered.nps).toBeCloseTo(-100 / 3, 12);
    const welch = welchTTestFromSamples([2.5, 10, 6], [9, 7, 10, 8])!;
    expect(s.difference!.difference.estimate).toBeCloseTo(8.5 - 18.5 / 3, 12);
    expect(s.difference!.pValue).toBeCloseTo(welch.pValue, 9);
  });

  it("per campaign, per month and by offers seen", () => {
    // CMP-B's offer (1 Nov 00:00 local) is seen by t3's rating of 1 Nov, not by that of 31 Oct.
    expect(s.campaigns.map((c) => [c.key, c.offered.ratings, c.offered.averageScore])).toEqual([
      ["CMP-A", 4, 8.5],
      ["CMP-B", 1, 8],
      ["CMP-C", 0, null],
    ]);
    expect(s.months.map((m) => [m.month, m.offered.ratings, m.notOffered.ratings])).toEqual([
      ["2025-10", 3, 3],
      ["2025-11", 1, 0],
    ]);
    expect(s.offersSeen.map((b) => [b.bucket, b.satisfaction.ratings])).toEqual([
      ["0", 3],
      ["1-2", 4],
      ["3-5", 0],
      ["6+", 0],
    ]);
  });
});
