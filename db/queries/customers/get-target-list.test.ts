import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { customers } from "@/db/schema";
import { targetQuerySchema } from "@/lib/customers/schemas";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getClvReport } from "./get-clv-report";
import { getTargetList } from "./get-target-list";

// The KPI fixture with two customers opted out of marketing.
function seed(db: Db) {
  const fixture = seedKpiFixture(db);
  db.update(customers)
    .set({ marketingOptOut: true })
    .where(and(eq(customers.workspaceId, fixture.workspaceId), inArray(customers.customerKey, ["c12", "c14"])))
    .run();
  return fixture;
}
const { db, workspaceId } = fixtureDb(seed);
const workspace = { id: workspaceId, timezone: "Europe/Amsterdam" };
const list = (q: Record<string, string>) => getTargetList(db, workspace, targetQuerySchema.parse(q));
const keys = (l: ReturnType<typeof list>) => l.customers.map((c) => c.customerKey);

describe("target lists on the KPI fixture", () => {
  it("tier upgrade: highest tier bought in the family is t; opted-out customers are left out and counted", () => {
    // Host: H1 tier 1, H2 tier 2. H1 buyers: c03 (also H2, so highest 2), c11, c14 (opted out).
    const host = list({ opp: "upgrade", family: "Host", tier: "1" });
    expect(keys(host)).toEqual(["c11"]);
    expect(host.excludedOptedOut).toBe(1);
    expect(host.size).toBe(1);
    expect(host.opportunity).toMatchObject({ kind: "upgrade", nextTier: 2, target: [{ sku: "H2" }] });
    // Target H2 sold in o08 and o09 at 10 each.
    expect(host.expectedOrderValue).toEqual({ value: 10, source: "orders", orders: 2 });
    // Nova has no tier column: tiers by price P1 < P2 < P3. Highest Nova bought: c01 P1, c11 P1,
    // c10 P2, c02 P3 (then P2); c04's P1 was cancelled and c15's refunded, so neither counts.
    const nova = list({ opp: "upgrade", family: "Nova", tier: "1" });
    // Too little data for the model: most recent order first (c01 25 Oct, c11 15 Oct).
    expect(keys(nova)).toEqual(["c01", "c11"]);
    expect(nova.excludedOptedOut).toBe(0);
    expect(nova.customers[0]).toMatchObject({ orders: 4, revenue: 560, pAlive: null });
    // P2 in o06 (600) and o23 (600 − 50 discount).
    expect(nova.expectedOrderValue.value).toBe(575);
    expect(keys(list({ opp: "upgrade", family: "Nova", tier: "2" }))).toEqual(["c10"]);
  });

  it("bought X and not Y, over purchase lines of counted orders", () => {
    // B1 buyers: c01, c05, c09, c12 (pending o25 counts; opted out); c04's B1 order was refunded.
    // C1 buyers: c01, c05, c13 (c01's −1 C1 in o04 is a return, not a purchase).
    const pair = list({ opp: "pair", x: "B1", y: "C1" });
    expect(keys(pair)).toEqual(["c09"]);
    expect(pair.excludedOptedOut).toBe(1);
    expect(pair.expectedOrderValue.value).toBe(20); // C1 in o01, o14, o28, o29 at 20
    expect(keys(list({ opp: "pair", x: "C1", y: "B1" }))).toEqual(["c13"]);
  });

  it("consumable not bought recently, by default within its mean repurchase interval", () => {
    // F1: c04 8 Oct; c06 1 Aug, 11 and 12 Oct; c16 1 Sep, 21 Oct. Last day of data: 1 Nov (local).
    // 20 days: last F1 before 13 Oct 00:00 local → c04 and c06 (12 Oct); c16 bought on 21 Oct.
    const recent = list({ opp: "deep", sku: "F1", days: "20" });
    expect(keys(recent).sort()).toEqual(["c04", "c06"]);
    // F1 per order: 6, 15, 6, 18, 6, 3 + 6 → 60 / 6.
    expect(recent.expectedOrderValue.value).toBe(10);
    // Mean interval: c06 72 days over 2 gaps, c16 50 days over 1 → 122 / 3 = 40.67 → 41 days,
    // cut-off 22 Sep: every F1 buyer bought later, so nobody qualifies.
    const lapsed = list({ opp: "deep", sku: "F1" });
    expect(lapsed.opportunity).toMatchObject({ kind: "deep", days: 41, daysSource: "mean_interval" });
    expect(lapsed.size).toBe(0);
  });

  it("says plainly why there is no model, and ranks without it", () => {
    const nova = list({ opp: "upgrade", family: "Nova", tier: "1" });
    expect(nova.ranking).toBe("recency_frequency");
    expect(nova.expectedRevenue).toBeNull();
    expect(nova.rankingNote).toMatch(/bought again before the calibration end/);
    const clv = getClvReport(db, workspace, { discount: 0.01 });
    // Default calibration end: the middle of this 92-day history (1 Aug to 1 Nov), shorter than twice the 90-day holdout.
    expect(clv).toMatchObject({ ok: false, calibrationEnd: "2025-09-16", holdoutEnd: "2025-11-01", error: { reason: "too_little_data" } });
  });

  it("rejects an unknown sku, family or the top tier with a clear message", () => {
    expect(() => list({ opp: "pair", x: "B1", y: "NOPE" })).toThrow('No product with sku "NOPE"');
    expect(() => list({ opp: "upgrade", family: "Nova", tier: "3" })).toThrow('Tier 3 is the highest tier of "Nova"');
    expect(() => list({ opp: "upgrade", family: "Solo", tier: "1" })).toThrow("nothing to upgrade to");
    expect(targetQuerySchema.safeParse({ opp: "pair", x: "B1" }).success).toBe(false);
  });
});
