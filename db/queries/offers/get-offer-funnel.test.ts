import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { CampaignRecord, OfferRecord, OrderLineRecord } from "@/lib/import";
import { seedCampaignFixture } from "@/lib/campaigns/testing/campaign-fixture";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/lib/testing/fixture-db";
import { tempDbPerTest } from "@/lib/testing/temp-db";
import { customers } from "../../schema";
import { bumpDataVersion } from "../bump-data-version";
import { importRecords } from "../testing/import-records";
import { undoImport } from "../undo-import";
import { getOfferFunnels } from "./get-offer-funnel";
import { offerFactsServe } from "./offer-facts-serve";
import { refreshOfferFacts } from "./refresh-offer-facts";

const AMS = "Europe/Amsterdam";
const all = makePeriod("2025-09-01", "2025-12-31", AMS); // every offer of the campaign fixture
const october = makePeriod("2025-10-01", "2025-10-31", AMS); // CMP-B's offer (1 Nov, local) is outside
const dim = (d: string) => segmentDimensionSchema.parse(d);
const region = dim("region");
const counts = (rows: { key: string; shown: number; accepted: number; purchased: number; customers: number; revenue: number }[]) =>
  rows.map(({ key, shown, accepted, purchased, customers, revenue }) => [key, shown, accepted, purchased, customers, revenue]);

function seeded() {
  return fixtureDb((db) => {
    const s = seedCampaignFixture(db);
    db.update(customers).set({ region: "Noord" }).where(inArray(customers.customerKey, ["t1", "t2"])).run();
    return s;
  });
}

describe("getOfferFunnels over all the data reads the kept offer facts", () => {
  it("gives what counting the offers gives, for every kind of dimension", () => {
    const { db, ws } = seeded();
    refreshOfferFacts(db, ws);
    expect(offerFactsServe(db, ws, all)).toBe(true);
    for (const d of ["region", "rfm", "history", "age_band", "channel"]) {
      const kept = getOfferFunnels(db, ws, all, dim(d));
      expect(kept, d).toEqual(getOfferFunnels(db, ws, all, dim(d), { source: "offers" }));
    }
    // The figures worked out in get-offers-report.test.ts: holdouts out, a refunded order not purchased.
    const kept = getOfferFunnels(db, ws, all, region);
    expect(counts(kept.campaign)).toEqual([
      ["CMP-A", 6, 3, 2, 5, 140],
      ["CMP-B", 1, 1, 1, 1, 100],
    ]);
    // One placement for both campaigns: t3 saw both, so 5 customers, not 5 + 1.
    expect(counts(kept.placement)).toEqual([["(unknown)", 7, 4, 3, 5, 240]]);
    expect(counts(kept.segment)).toEqual([
      ["(unknown)", 4, 2, 1, 3, 100],
      ["noord", 3, 2, 2, 2, 140],
    ]);
  });

  it("shows the kept rows in the default view, and counts the offers for a period that leaves one out", () => {
    const { db, ws } = seeded();
    refreshOfferFacts(db, ws);
    const before = getOfferFunnels(db, ws, all, region);
    const octoberBefore = getOfferFunnels(db, ws, october, region);
    db.$client.exec("UPDATE offer_funnel_facts SET shown = shown + 7 WHERE by = 'campaign' AND key = 'CMP-A'");
    db.$client.exec("UPDATE customer_offer_facts SET purchased = purchased + 1 WHERE customer_id = (SELECT min(customer_id) FROM customer_offer_facts)");
    const after = getOfferFunnels(db, ws, all, region);
    expect(after.campaign[0].shown).toBe(before.campaign[0].shown + 7);
    const purchased = (x: typeof after) => x.segment.reduce((a, r) => a + r.purchased, 0);
    expect(purchased(after)).toBe(purchased(before) + 1);
    expect(getOfferFunnels(db, ws, october, region)).toEqual(octoberBefore);
    expect(counts(octoberBefore.campaign)).toEqual([["CMP-A", 6, 3, 2, 5, 140]]);
  });

  it("counts the offers themselves when the kept facts are not for the current data", () => {
    const { db, ws } = seeded();
    refreshOfferFacts(db, ws);
    // An accepted offer added (and the version raised, as every import does) without the facts made again.
    db.$client.exec(`INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, variant, shown_at, accepted, revenue)
                     SELECT workspace_id, 'extra', customer_id, campaign_id, 'A', shown_at, 1, 5 FROM offers WHERE offer_key = 'of1'`);
    bumpDataVersion(db, ws);
    expect(offerFactsServe(db, ws, all)).toBe(false);
    const after = getOfferFunnels(db, ws, all, region);
    expect(counts(after.campaign)[0]).toEqual(["CMP-A", 7, 4, 2, 5, 145]);
    expect(after).toEqual(getOfferFunnels(db, ws, all, region, { source: "offers" }));
  });
});

describe("the kept offer facts follow every import", () => {
  const newDb = tempDbPerTest();
  const campaign: CampaignRecord = { line: 2, campaignId: "C1", name: "Cross", type: "cross_sell", startDate: "2025-01-01", endDate: null, cost: 100, channel: null, placement: "checkout", targetSegment: null, promotedSkus: [] };
  const offer = (n: number, accepted: boolean, orderId: string | null, placement: string | null = null): OfferRecord => ({
    line: n + 1, offerId: `f${n}`, customerId: "c1", customerEmail: null, customerPhone: null, campaignId: "C1",
    shownAt: Date.UTC(2025, 0, 2), accepted, variant: "A", placement, orderId, revenue: null,
  });
  const order: OrderLineRecord = {
    line: 2, orderId: "o9", orderedAt: Date.UTC(2025, 0, 3), customerId: "c1", customerEmail: null, customerPhone: null, lineNo: 1,
    sku: "S1", productName: "Mug", category: "Home", quantity: 2, unitPrice: 15, discount: 0, status: "paid", channel: "web", currency: "EUR",
  };
  const year = makePeriod("2025-01-01", "2025-12-31", "Europe/Amsterdam");

  it("an order imported after its offer counts as purchased, and undoing it takes the purchase back", async () => {
    const { db } = newDb();
    await importRecords(db, "campaigns", [campaign]);
    await importRecords(db, "offers", [offer(1, true, "o9"), offer(2, false, null, "cart")]);
    const expectKeptAndEqual = () => {
      expect(offerFactsServe(db, 1, year)).toBe(true);
      const kept = getOfferFunnels(db, 1, year, region);
      expect(kept).toEqual(getOfferFunnels(db, 1, year, region, { source: "offers" }));
      return kept;
    };
    // The accepted offer's order is not there yet: accepted, not purchased, no revenue.
    let f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 2, 1, 0, 1, 0]]);
    expect(counts(f.placement)).toEqual([
      ["cart", 1, 0, 0, 1, 0],
      ["checkout", 1, 1, 0, 1, 0],
    ]);
    const orders = await importRecords(db, "orders", [order]);
    f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 2, 1, 1, 1, 30]]);
    expect(counts(f.segment)).toEqual([["(unknown)", 2, 1, 1, 1, 30]]);
    undoImport(db, 1, orders.importId!);
    f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 2, 1, 0, 1, 0]]);
  });
});
