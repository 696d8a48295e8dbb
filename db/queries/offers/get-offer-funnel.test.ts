import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isFresh } from "../derived/freshness";
import { countViewOffers } from "../kpis/count-view-offers";
import type { CampaignRecord, OfferRecord, OrderLineRecord } from "@/lib/import";
import { seedCampaignFixture } from "@/db/testing/campaign-fixture";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { customers } from "../../schema";
import { bumpDataVersion } from "../imports/bump-data-version";
import { getDataRange } from "../kpis/get-data-range";
import { getSegmentTable } from "../segments/get-segment-table";
import { importRecords } from "../../testing/import-records";
import { undoImport } from "../imports/undo-import";
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

const newDb = tempDbPerTest();
function seeded() {
  const { db } = newDb();
  const ws = seedCampaignFixture(db).workspaceId;
  db.update(customers)
    .set({ region: "Noord" })
    .where(inArray(customers.customerKey, ["t1", "t2"]))
    .run();
  return { db, ws };
}

describe("getOfferFunnels over all the data reads the kept offer facts", () => {
  it("gives what counting the offers gives, for every kind of dimension", () => {
    const { db, ws: workspaceId } = seeded();
    refreshOfferFacts(db, workspaceId);
    expect(offerFactsServe(db, workspaceId, all)).toBe(true);
    for (const d of ["region", "rfm", "history", "age_band", "channel"]) {
      const kept = getOfferFunnels(db, workspaceId, all, dim(d));
      expect(kept, d).toEqual(getOfferFunnels(db, workspaceId, all, dim(d), { source: "offers" }));
    }
    // The figures worked out in get-offers-report.test.ts: holdouts out, a refunded order not purchased.
    const kept = getOfferFunnels(db, workspaceId, all, region);
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
    const { db, ws: workspaceId } = seeded();
    refreshOfferFacts(db, workspaceId);
    const before = getOfferFunnels(db, workspaceId, all, region);
    const octoberBefore = getOfferFunnels(db, workspaceId, october, region);
    db.$client.exec("UPDATE offer_funnel_facts SET shown = shown + 7 WHERE by = 'campaign' AND key = 'CMP-A'");
    db.$client.exec("UPDATE customer_offer_facts SET purchased = purchased + 1 WHERE customer_id = (SELECT min(customer_id) FROM customer_offer_facts)");
    const after = getOfferFunnels(db, workspaceId, all, region);
    expect(after.campaign[0].shown).toBe(before.campaign[0].shown + 7);
    const purchased = (x: typeof after) => x.segment.reduce((a, r) => a + r.purchased, 0);
    expect(purchased(after)).toBe(purchased(before) + 1);
    expect(getOfferFunnels(db, workspaceId, october, region)).toEqual(octoberBefore);
    expect(counts(octoberBefore.campaign)).toEqual([["CMP-A", 6, 3, 2, 5, 140]]);
  });

  it("counts the offers themselves when the kept facts are not for the current data", () => {
    const { db, ws: workspaceId } = seeded();
    refreshOfferFacts(db, workspaceId);
    // An accepted offer added (and the version raised, as every import does) without the facts made again.
    db.$client.exec(`INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, variant, shown_at, accepted, revenue)
                     SELECT workspace_id, 'extra', customer_id, campaign_id, 'A', shown_at, 1, 5 FROM offers WHERE offer_key = 'of1'`);
    bumpDataVersion(db, workspaceId);
    expect(offerFactsServe(db, workspaceId, all)).toBe(false);
    const after = getOfferFunnels(db, workspaceId, all, region);
    expect(counts(after.campaign)[0]).toEqual(["CMP-A", 7, 4, 2, 5, 145]);
    expect(after).toEqual(getOfferFunnels(db, workspaceId, all, region, { source: "offers" }));
  });
});

describe("the kept offer facts follow every import", () => {
  const campaign: CampaignRecord = {
    line: 2,
    campaignId: "C1",
    name: "Cross",
    type: "cross_sell",
    startDate: "2025-01-01",
    endDate: null,
    cost: 100,
    channel: null,
    placement: "checkout",
    targetSegment: null,
    promotedSkus: [],
  };
  type OfferArgs = { customer?: string; accepted: boolean; orderId?: string; placement?: string; variant?: string; revenue?: number };
  const offer = (n: number, o: OfferArgs): OfferRecord => ({
    line: n + 1,
    offerId: `f${n}`,
    customerId: o.customer ?? "c1",
    customerEmail: null,
    customerPhone: null,
    campaignId: "C1",
    shownAt: Date.UTC(2025, 0, 2),
    accepted: o.accepted,
    variant: o.variant ?? "A",
    placement: o.placement ?? null,
    orderId: o.orderId ?? null,
    revenue: o.revenue ?? null,
  });
  const order: OrderLineRecord = {
    line: 2,
    orderId: "o9",
    orderedAt: Date.UTC(2025, 0, 3),
    customerId: "c1",
    customerEmail: null,
    customerPhone: null,
    lineNo: 1,
    sku: "S1",
    productName: "Mug",
    category: "Home",
    quantity: 2,
    unitPrice: 15,
    discount: 0,
    status: "paid",
    channel: "web",
    currency: "EUR",
  };
  const year = makePeriod("2025-01-01", "2025-12-31", "Europe/Amsterdam");
  // f1: c1 accepts, linked to o9 (not imported yet), placed by its campaign (checkout); f2: c1 declines in the cart;
  // f3: c2 accepts in the cart with its own revenue, 19.99 (not a whole number: kept and live sums must agree to the bit).
  const offers = (f2 = {}, f1 = {}) => [
    offer(1, { accepted: true, orderId: "o9", ...f1 }),
    offer(2, { accepted: false, placement: "cart", ...f2 }),
    offer(3, { customer: "c2", accepted: true, placement: "cart", revenue: 19.99 }),
  ];

  it("an order imported after its offer counts as purchased, undo takes it back, a re-import to control takes the offer out", async () => {
    const { db } = newDb();
    await importRecords(db, "campaigns", [campaign]);
    await importRecords(db, "offers", offers());
    const expectKeptAndEqual = () => {
      expect(offerFactsServe(db, 1, year)).toBe(true);
      const kept = getOfferFunnels(db, 1, year, region);
      expect(kept).toEqual(getOfferFunnels(db, 1, year, region, { source: "offers" }));
      // The overview's offer counts, summed per hour (offer_hours), are the funnel's.
      expect(isFresh(db.$client, 1, "offer_hours")).toBe(true);
      const total = (k: "shown" | "accepted") => kept.campaign.reduce((n, r) => n + r[k], 0);
      expect(countViewOffers(db, 1, { segment: [] }, year)).toEqual({ shown: total("shown"), accepted: total("accepted") });
      return kept;
    };
    // f1's order is not there yet: accepted, not purchased, no revenue of its own.
    let f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 3, 2, 0, 2, 19.99]]);
    expect(counts(f.placement)).toEqual([
      ["cart", 2, 1, 0, 2, 19.99],
      ["checkout", 1, 1, 0, 1, 0],
    ]);
    const orders = await importRecords(db, "orders", [order]);
    f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 3, 2, 1, 2, 19.99 + 30]]);
    expect(counts(f.segment)).toEqual([["(unknown)", 3, 2, 1, 2, 19.99 + 30]]);
    // The RFM table of the default view, kept with the groups at the same import, with the kept offer totals.
    const range = getDataRange(db, 1, "Europe/Amsterdam")!;
    const all = makePeriod(range.first, range.last, "Europe/Amsterdam");
    const rfm = dim("rfm");
    expect(db.$client.prepare("SELECT counts IS NOT NULL FROM rfm_facts").pluck().get()).toBe(1);
    expect(getSegmentTable(db, 1, all, { segment: [] }, rfm)).toEqual(getSegmentTable(db, 1, all, { segment: [] }, rfm, { source: "orders" }));

    undoImport(db, 1, orders.importId!);
    f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 3, 2, 0, 2, 19.99]]);
    // The same offers again: f2 now in the control group, f1 shown in the cart.
    await importRecords(db, "offers", offers({ variant: " Control" }, { placement: "cart" }));
    f = expectKeptAndEqual();
    expect(counts(f.campaign)).toEqual([["C1", 2, 2, 0, 2, 19.99]]);
    expect(counts(f.placement)).toEqual([["cart", 2, 2, 0, 2, 19.99]]);
  });
});
