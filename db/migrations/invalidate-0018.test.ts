import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedCampaignFixture } from "@/db/testing/campaign-fixture";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/db/testing/fixture-db";
import { getOfferFunnels } from "../queries/offers/get-offer-funnel";
import { refreshOfferFacts } from "../queries/offers/refresh-offer-facts";

// Databases made before 0018 hold current offer totals without purchases and revenue, and no funnel rows:
// read as kept, the funnel would show nothing purchased and no campaigns until the next import.
const { db, workspaceId } = fixtureDb(seedCampaignFixture);
const migration = readFileSync(path.join(__dirname, "0018_offer_funnel_facts.sql"), "utf8");
// Since 0026 the version lives in workspace_state: the same statement, on today's schema.
const invalidate = migration
  .slice(migration.indexOf("-- Kept offer totals"))
  .trim()
  .replace("UPDATE `workspaces` SET", "UPDATE `workspace_state` SET");

describe("migration 0018", () => {
  it("stops the default view from reading offer totals made before it", () => {
    const all = makePeriod("2025-09-01", "2025-12-31", "Europe/Amsterdam");
    const region = segmentDimensionSchema.parse("region");
    refreshOfferFacts(db, workspaceId);
    const live = getOfferFunnels(db, workspaceId, all, region, { source: "offers" });
    expect(live.campaign.length).toBe(2);
    // As after 0018's CREATE and ALTERs on a database whose totals were current.
    db.$client.exec("DELETE FROM offer_funnel_facts; UPDATE customer_offer_facts SET purchased = 0, revenue = 0");
    expect(getOfferFunnels(db, workspaceId, all, region).campaign).toEqual([]);
    db.$client.exec(invalidate);
    expect(getOfferFunnels(db, workspaceId, all, region)).toEqual(live);
  });
});
