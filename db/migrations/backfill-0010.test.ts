import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";

// Databases made before 0010 hold order facts and no customer_facts; the migration's backfill must
// give exactly what refreshOrderFacts writes for new data (the same sums, to the last bit).
const { db } = fixtureDb(seedKpiFixture);
const sqlite = db.$client;

const migration = readFileSync(path.join(__dirname, "0010_customer_facts.sql"), "utf8");
const backfill = migration.slice(migration.indexOf("-- Backfill")).trim();
const rows = () => sqlite.prepare("SELECT * FROM customer_facts ORDER BY workspace_id, customer_id").all();

describe("migration 0010's backfill", () => {
  it("fills customer_facts exactly as an import does", () => {
    const want = rows();
    expect(want.length).toBeGreaterThan(5);
    expect(want.some((r) => (r as { last_cross_at: number | null }).last_cross_at !== null)).toBe(true);

    sqlite.exec("DELETE FROM customer_facts"); // the state of a database migrated up to 0009
    sqlite.exec(backfill);
    expect(rows()).toEqual(want);
  });
});
