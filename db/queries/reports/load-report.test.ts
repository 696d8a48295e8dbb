import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { workspaces } from "../../schema";
import { bumpDataVersion } from "../imports/bump-data-version";
import { clearWorkspaceData } from "../imports/clear-workspace-data";
import { workspaceColumns } from "../workspaces/workspaces";
import { clearReportCache, loadReport } from "./load-report";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const workspace = () => db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, workspaceId)).get()!;
const q = kpiQuerySchema.parse({ from: "2025-10-01", to: "2025-10-31" });
beforeEach(() => clearReportCache());

describe("loadReport", () => {
  it("answers the same view from memory until the workspace's data changes", () => {
    const first = loadReport(db, workspace(), "overview", q);
    expect(loadReport(db, workspace(), "overview", q)).toBe(first); // the same object: no query ran
    expect(loadReport(db, workspace(), "overview", kpiQuerySchema.parse({}))).not.toBe(first);
    bumpDataVersion(db, workspaceId); // what an import, an undo or a reset does in its transaction
    const after = loadReport(db, workspace(), "overview", q);
    expect(after).not.toBe(first);
    expect(after).toEqual(first); // same data, recomputed
  });

  it("never serves another time zone's answer, nor yesterday's", () => {
    const first = loadReport(db, workspace(), "overview", q, Date.parse("2026-11-24T10:00:00Z"));
    expect(loadReport(db, { ...workspace(), timezone: "UTC" }, "overview", q, Date.parse("2026-11-24T10:00:00Z"))).not.toBe(first);
    expect(loadReport(db, workspace(), "overview", q, Date.parse("2026-11-25T10:00:00Z"))).not.toBe(first);
  });

  it("shows an emptied workspace as empty at once", () => {
    const before = loadReport(db, workspace(), "summary", {}) as { orders: number };
    expect(before.orders).toBeGreaterThan(0);
    db.transaction(() => clearWorkspaceData(db, workspaceId));
    expect((loadReport(db, workspace(), "summary", {}) as { orders: number }).orders).toBe(0);
  });
});
