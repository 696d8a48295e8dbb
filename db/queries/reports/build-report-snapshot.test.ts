import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { customers, orderLines, orders, products, workspaces } from "../../schema";
import { workspaceColumns } from "../workspaces/workspaces";
import { refreshOrderFacts } from "../kpis/refresh-order-facts";
import { buildReportSnapshot } from "./build-report-snapshot";
import { createSavedReport } from "./saved-reports";
import { createShareLink } from "./share-links";
import { loadSharedReportData } from "./load-report";
import { resolveShareToken } from "./resolve-share-token";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const workspace = db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, workspaceId)).get()!;
type Overview = { kpis: { aov: { numerator: number; denominator: number } } };

describe("snapshot share links", () => {
  it("keep the numbers of the moment they were made, while live links follow a later import", async () => {
    const report = createSavedReport(db, { workspaceId, createdBy: null, name: "All of it", page: "overview", query: "compare=none" });
    const snapshot = buildReportSnapshot(db, workspace, "overview", report.query);
    expect(Object.keys(snapshot).sort()).toEqual(["filter-options", "overview", "summary"]);
    const frozen = await createShareLink(db, { workspaceId, reportId: report.id, createdBy: null, mode: "snapshot", snapshot });
    const live = await createShareLink(db, { workspaceId, reportId: report.id, createdBy: null, mode: "live" });
    const before = snapshot.overview as Overview;

    // A later import: one more counted order of 1,000 for an existing customer.
    const customer = db.select({ id: customers.id }).from(customers).where(eq(customers.workspaceId, workspaceId)).limit(1).get()!;
    const product = db.select({ id: products.id }).from(products).where(eq(products.workspaceId, workspaceId)).limit(1).get()!;
    const lastOrder = db
      .select({ at: orders.orderedAt })
      .from(orders)
      .where(eq(orders.workspaceId, workspaceId))
      .all()
      .map((o) => o.at.getTime())
      .sort()
      .at(-1)!;
    const order = db
      .insert(orders)
      .values({ workspaceId, orderKey: "later", customerId: customer.id, orderedAt: new Date(lastOrder - 60_000), status: "paid" })
      .returning()
      .get();
    db.insert(orderLines).values({ workspaceId, orderId: order.id, lineNo: 1, productId: product.id, quantity: 1, unitPrice: 1000, discount: 0 }).run();
    refreshOrderFacts(db, workspaceId);

    const resolvedFrozen = resolveShareToken(db, frozen.token);
    const resolvedLive = resolveShareToken(db, live.token);
    if (!resolvedFrozen.ok || !resolvedLive.ok) throw new Error("links should resolve");
    expect(resolvedFrozen.link.dataAsOf).not.toBeNull();
    const kept = (resolvedFrozen.link.snapshot as Record<string, Overview>).overview;
    expect(kept.kpis.aov).toEqual(before.kpis.aov);
    const now = loadSharedReportData(db, resolvedLive.workspace, "overview", new URLSearchParams(resolvedLive.report.query)) as Overview;
    expect(now.kpis.aov.numerator).toBeCloseTo(before.kpis.aov.numerator + 1000, 6);
    expect(now.kpis.aov.denominator).toBe(before.kpis.aov.denominator + 1);
  });

  it("loads through a link exactly what the workspace API loads, whatever else the link's view holds", () => {
    const view = new URLSearchParams("compare=none&segment=region%3DNoord&unknown=1");
    const shared = loadSharedReportData(db, workspace, "filter-options", view) as { segments: { key: string; values: string[] }[]; campaigns: unknown[] };
    // Only the labels of the view's own filters leave through a link.
    expect(shared.campaigns).toEqual([]);
    for (const s of shared.segments) expect(s.values.every((v) => `${s.key}=${v}` === "region=Noord")).toBe(true);
  });
});
