import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "@/db/testing/temp-db";

const newDb = tempDbPerTest();
const migration = readFileSync(path.join(__dirname, "0021_keep_saved_product_views.sql"), "utf8");

// Views saved before the products page led with signal keep what they showed.
describe("migration 0021", () => {
  it("spells out the old defaults in saved products views that relied on them, and leaves the rest alone", () => {
    const { db } = newDb();
    const add = db.$client.prepare("INSERT INTO saved_reports (workspace_id, name, page, query, created_at) VALUES (1, ?, ?, ?, 0)");
    add.run("default", "products", "");
    add.run("by support", "products", "sort=support&minLift=2");
    add.run("all chance", "products", "hideChance=true&minOrders=3&sort=confidence");
    add.run("overview", "overview", "from=2026-01-01");
    db.$client.exec(migration.replaceAll("--> statement-breakpoint", ""));
    const queries = db.$client.prepare("SELECT name, query FROM saved_reports ORDER BY id").raw().all();
    expect(queries).toEqual([
      ["default", "sort=lift&hideChance=false&minOrders=1"],
      ["by support", "sort=support&minLift=2&hideChance=false&minOrders=1"],
      ["all chance", "hideChance=true&minOrders=3&sort=confidence"],
      ["overview", "from=2026-01-01"],
    ]);
  });
});
