import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";

// Databases made before 0004 hold order facts without the previous-order columns and no kpi_hours;
// the migration's backfill must give exactly what refreshOrderFacts writes for new data.
const { db } = fixtureDb(seedKpiFixture);
const sqlite = db.$client;

const migration = readFileSync(path.join(__dirname, "0004_kpi_hours.sql"), "utf8");
const backfill = migration
  .slice(migration.indexOf("-- Backfill"))
  .split("--> statement-breakpoint")
  .map((s) => s.trim())
  .filter(Boolean);

const facts = () => sqlite.prepare("SELECT order_id, prev_at, prev_cross_at, prev_up_at, prev_deep_at FROM order_facts ORDER BY order_id").all();
const hours = () => sqlite.prepare("SELECT * FROM kpi_hours ORDER BY workspace_id, hour").all();

describe("migration 0004's backfill", () => {
  it("rebuilds the previous-order columns and kpi_hours exactly as an import does", () => {
    const wantFacts = facts();
    const wantHours = hours();
    expect(wantHours.length).toBeGreaterThan(10);
    expect(wantFacts.some((f) => (f as { prev_cross_at: number | null }).prev_cross_at !== null)).toBe(true);

    // The state of a database migrated up to 0003.
    sqlite.exec("UPDATE order_facts SET prev_at = NULL, prev_cross_at = NULL, prev_up_at = NULL, prev_deep_at = NULL; DELETE FROM kpi_hours;");
    expect(backfill.length).toBe(3);
    for (const statement of backfill) sqlite.exec(statement);

    expect(facts()).toEqual(wantFacts);
    expect(hours()).toEqual(wantHours);
  });
});
