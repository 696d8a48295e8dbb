import { describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { clearWorkspaceData } from "./clear-workspace-data";

const { db, workspaceId } = fixtureDb(seedKpiFixture);

// What a workspace keeps when its data is cleared: its people, access and saved views.
const KEPT = ["memberships", "invites", "api_tokens", "saved_reports", "share_links"];

describe("clearWorkspaceData", () => {
  it("leaves no row of the workspace in any data or derived table, including tables added later", () => {
    const tables = (db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
      (t) => (db.$client.prepare("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'workspace_id'").pluck().get(t) as number) > 0,
    );
    const rows = (t: string) => db.$client.prepare(`SELECT count(*) FROM "${t}" WHERE workspace_id = ?`).pluck().get(workspaceId) as number;
    for (const t of ["orders", "order_facts", "kpi_hours", "kpi_months", "customer_facts", "offers"]) expect(rows(t), t).toBeGreaterThan(0);

    const slices = () => db.$client.prepare("SELECT count(*) FROM order_slice_facts").pluck().get() as number;
    expect(slices()).toBeGreaterThan(0);

    // As inside an import, whose foreign-key checks are off: no cascade clears the slices' rows.
    db.$client.pragma("foreign_keys = OFF");
    clearWorkspaceData(db, workspaceId);
    db.$client.pragma("foreign_keys = ON");
    for (const t of tables.filter((t) => !KEPT.includes(t))) expect(rows(t), t).toBe(0);
    expect(slices(), "order_slice_facts (keyed by slice, no workspace_id)").toBe(0);
  });
});
