import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { refreshDerivedData } from "./refresh-derived-data";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const version = () => db.$client.prepare("SELECT data_version FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId) as number;
const keptFor = () => db.$client.prepare("SELECT DISTINCT data_version FROM campaign_facts WHERE workspace_id = ?").pluck().all(workspaceId);

// Cached answers are keyed by data_version: each refresh raises it once, and what it keeps for the
// whole workspace is kept for the version it leaves.
describe("refreshDerivedData", () => {
  it("raises data_version once per refresh, whatever changed", () => {
    const customers = db.$client.prepare("SELECT id FROM customers WHERE workspace_id = ? LIMIT 2").pluck().all(workspaceId) as number[];
    for (const change of [{ customers: "all" as const }, { customers: new Set(customers) }, { customers: new Set<number>() }]) {
      const before = version();
      refreshDerivedData(db, workspaceId, change);
      expect(version(), JSON.stringify([...(change.customers === "all" ? ["all"] : change.customers)])).toBe(before + 1);
      expect(keptFor()).toEqual([before + 1]);
    }
  });
});
