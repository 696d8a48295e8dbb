import { describe, expect, it } from "vitest";
import { targetQuerySchema } from "@/lib/customers/schemas";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { getClvReport } from "./get-clv-report";
import { getTargetList } from "./get-target-list";

// Smoke test on the generated demo shop, where the model can be fitted: the numbers are the
// generator's, so only what must hold whatever they are is asserted.
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});
const workspace = { id: workspaceId, timezone: "Europe/Amsterdam" };

describe("customers page on the demo", () => {
  it("fits both models on the calibration period and checks them on the last 90 days", () => {
    const r = getClvReport(db, workspace, { discount: 0.01 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r).toMatchObject({ calibrationEnd: "2026-08-02", holdoutEnd: "2026-10-31", model: { converged: true }, spend: { converged: true } });
    const h = r.checks.holdout!;
    // Predicted holdout purchases within 20 % of the actual ones. The model has no seasons, and the demo's
    // holdout (August to October) runs about 5 % below its year's average (calendar.ts MONTH_FACTOR); the
    // demo's one-off buyers (38 % of those who order) never return, which BG/NBD spreads over everyone.
    expect(Math.abs(h.predictedTotal - h.actualTotal) / h.actualTotal).toBeLessThan(0.2);
    expect(r.top).toHaveLength(20);
    expect(r.top[0].clv).toBeGreaterThanOrEqual(r.top[19].clv);
    expect(r.distribution.customers).toBe(r.totals.customers);
    expect(r.distribution.total).toBeCloseTo(r.totals.clv, 6);
  });

  it("ranks a target list by P(alive) × expected spend and sums P(alive) × the target's order value", () => {
    const q = targetQuerySchema.parse({ opp: "upgrade", family: "Nova X", tier: "1", limit: "100000" });
    const l = getTargetList(db, workspace, q);
    expect(l.ranking).toBe("model");
    expect(l.size).toBeGreaterThan(10);
    expect(l.excludedOptedOut).toBeGreaterThan(0);
    expect(l.customers).toHaveLength(l.size);
    const scores = l.customers.map((c) => c.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const expected = l.customers.reduce((s, c) => s + c.pAlive! * l.expectedOrderValue.value!, 0);
    expect(l.expectedRevenue).toBeCloseTo(expected, 6);
    // The default page size is the top 25 of the same list.
    expect(getTargetList(db, workspace, targetQuerySchema.parse({ opp: "upgrade", family: "Nova X", tier: "1" })).customers).toEqual(l.customers.slice(0, 25));
  });
});
