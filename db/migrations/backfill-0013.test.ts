import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedCampaignFixture } from "@/db/testing/campaign-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";

// Databases made before 0013 hold order facts without the margin columns; the backfill must give what
// the classification writes for new data, and both must be the sums over the order's lines with a cost.
const { db } = fixtureDb(seedCampaignFixture);
const sqlite = db.$client;

const migration = readFileSync(path.join(__dirname, "0013_order_margins.sql"), "utf8");
const backfill = migration.slice(migration.indexOf("-- Backfill")).trim();
const margins = () =>
  sqlite.prepare("SELECT order_id, round(margin_revenue, 9) AS r, round(gross_margin, 9) AS g, cost_lines AS n FROM order_facts ORDER BY order_id").all();

describe("migration 0013's backfill and the classification's order margins", () => {
  it("equal the sums over each order's lines whose product has a cost", () => {
    const written = margins();
    const fromLines = sqlite
      .prepare(
        `SELECT f.order_id, round(coalesce(sum(CASE WHEN p.cost IS NOT NULL THEN ol.quantity * ol.unit_price - ol.discount END), 0), 9) AS r,
                round(coalesce(sum(CASE WHEN p.cost IS NOT NULL THEN ol.quantity * (ol.unit_price - p.cost) - ol.discount END), 0), 9) AS g,
                count(p.cost) AS n
         FROM order_facts f LEFT JOIN order_lines ol ON ol.order_id = f.order_id LEFT JOIN products p ON p.id = ol.product_id
         GROUP BY f.order_id ORDER BY f.order_id`,
      )
      .all();
    expect(written).toEqual(fromLines);
    expect(written.filter((m) => (m as { n: number }).n > 0).length).toBeGreaterThan(3);

    sqlite.exec("UPDATE order_facts SET margin_revenue = 0, gross_margin = 0, cost_lines = 0"); // as after 0013's ALTERs
    sqlite.exec(backfill);
    expect(margins()).toEqual(written);
  });
});
