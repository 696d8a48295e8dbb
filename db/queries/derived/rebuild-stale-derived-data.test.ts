import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getKpis } from "../kpis/get-kpis";
import { DERIVED_VERSIONS, isFresh } from "./freshness";
import { rebuildStaleDerivedData } from "./rebuild-stale-derived-data";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const october = makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam");
const none = { segment: [] };

describe("rebuildStaleDerivedData (at server start)", () => {
  it("leaves derived data built by this code alone", () => {
    expect(rebuildStaleDerivedData(db)).toEqual([]);
  });

  it("rebuilds facts classified by an older version of the code, with no backfill written by hand", () => {
    const expected = getKpis(db, workspaceId, october, none);
    expect(expected.crossSellRatio.numerator).toBeGreaterThan(0);
    // As an older classification left them: no cross-sells, and its version in the record.
    db.$client.exec("UPDATE order_facts SET cross_sell = 0, prev_cross_at = NULL; UPDATE kpi_hours SET cross_n = 0, cross_p = 0");
    db.$client.prepare("UPDATE derived_freshness SET code_version = ? WHERE name = 'order_facts'").run(DERIVED_VERSIONS.order_facts - 1);
    expect(getKpis(db, workspaceId, october, none).crossSellRatio.numerator).toBe(0);
    expect(rebuildStaleDerivedData(db)).toEqual([workspaceId]);
    expect(getKpis(db, workspaceId, october, none)).toEqual(expected);
    expect(isFresh(db.$client, workspaceId, "order_facts")).toBe(true);
    expect(rebuildStaleDerivedData(db)).toEqual([]);
  });

  it("builds what a database from before the record lacks (order_slice_facts), for every customer", () => {
    const expected = getKpis(db, workspaceId, october, { segment: [], category: "Coffee" });
    db.$client.exec("DELETE FROM derived_freshness; DELETE FROM order_slice_facts; DELETE FROM fact_slices");
    expect(rebuildStaleDerivedData(db)).toEqual([workspaceId]);
    expect(db.$client.prepare("SELECT count(*) FROM order_slice_facts").pluck().get()).toBeGreaterThan(20);
    expect(getKpis(db, workspaceId, october, { segment: [], category: "Coffee" })).toEqual(expected);
  });

  it("builds offer_hours alone when only it is missing, without classifying every order again", () => {
    const expected = getKpis(db, workspaceId, october, none);
    expect(expected.offerConversion.denominator).toBeGreaterThan(0);
    db.$client.exec("DELETE FROM offer_hours; DELETE FROM derived_freshness WHERE name = 'offer_hours'");
    const version = () => db.$client.prepare("SELECT data_version FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId);
    const before = version();
    expect(rebuildStaleDerivedData(db)).toEqual([workspaceId]);
    expect(version()).toBe(before); // a full refresh raises it
    expect(isFresh(db.$client, workspaceId, "offer_hours")).toBe(true);
    expect(getKpis(db, workspaceId, october, none)).toEqual(expected);
  });
});
