import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { campaigns, customers, offers } from "../../schema";
import { refreshDerivedData } from "../derived/refresh-derived-data";
import { getKpis } from "./get-kpis";

// The KPI fixture plus holdout rows: customers kept out of the campaign were never shown an offer,
// so they are no offer shown for offer conversion, as on the Campaigns and Offers pages.
const { db, workspaceId } = fixtureDb((db) => {
  const seeded = seedKpiFixture(db);
  const campaign = db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.workspaceId, seeded.workspaceId)).get()!;
  const ids = db.select({ id: customers.id }).from(customers).where(eq(customers.workspaceId, seeded.workspaceId)).limit(3).all();
  ids.forEach(({ id }, i) =>
    db
      .insert(offers)
      .values({
        workspaceId: seeded.workspaceId,
        offerKey: `h${i}`,
        customerId: id,
        campaignId: campaign.id,
        variant: i === 0 ? " Holdout" : "control",
        shownAt: new Date("2025-10-10T09:00:00Z"),
        accepted: false,
      })
      .run(),
  );
  // As an import of these rows leaves the kept data (offer_hours among it).
  refreshDerivedData(db, seeded.workspaceId, { customers: "all" });
  return seeded;
});

describe("offer conversion with a holdout", () => {
  it("leaves the holdout rows out, whatever the filters", () => {
    const october = makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam");
    // Still c01 (yes), c02, c05 (yes), c08 of the fixture: the three holdout rows add nothing.
    expect(getKpis(db, workspaceId, october, { segment: [] }).offerConversion).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
    expect(getKpis(db, workspaceId, october, { segment: [], campaign: "CMP1" }).offerConversion).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
  });
});
