import { beforeAll, describe, expect, it } from "vitest";
import type { OrderLineRecord } from "@/lib/import";
import type { KpiFilters } from "@/lib/kpi/filters";
import { bucketsFor, makePeriod } from "@/lib/kpi/period";
import { shapeSeries } from "@/lib/kpi/series";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/db/testing/fixture-db";
import { tempDb } from "@/db/testing/temp-db";
import { importRecords } from "@/db/testing/import-records";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getClvTransactions } from "../customers/get-clv-transactions";
import { getLtvAndCohorts } from "../customers/get-ltv-and-cohorts";
import { getTargetOptions } from "../customers/get-target-options";
import { getTargetCandidates } from "../customers/get-target-candidates";
import { getBaskets } from "../products/get-baskets";
import { undoImport } from "../imports/undo-import";
import { getSegmentTable } from "../segments/get-segment-table";
import { getWorkspaceSummary } from "../workspaces/get-workspace-summary";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { getOverview } from "./get-overview";
import { refreshOrderFacts } from "./refresh-order-facts";

// The hand-worked fixture (get-kpis.test.ts), and the same with four guest checkouts imported through
// the import path: lines with no customer id, e-mail or phone. A guest order is an order (revenue,
// orders, AOV, baskets) and no customer (no ratio, LTV, repeat rate, segment, CLV or target list).
const AMS = "Europe/Amsterdam";
const october = makePeriod("2025-10-01", "2025-10-31", AMS);
const base = fixtureDb(seedKpiFixture);
const guests = fixtureDb(seedKpiFixture);

const line = (
  orderId: string,
  at: string,
  status: string | null,
  channel: string,
  sku: string,
  quantity: number,
  unitPrice: number,
  n: number,
): OrderLineRecord => ({
  line: n,
  lineNo: n,
  orderId,
  orderedAt: Date.parse(at),
  customerId: null,
  customerEmail: null,
  customerPhone: null,
  sku,
  productName: null,
  category: null,
  quantity,
  unitPrice,
  discount: 0,
  status,
  channel,
  currency: null,
});
const GUEST_LINES = [
  // g1: Nova's top tier and an accessory in one order: for a customer, an upsell and a cross-sell. 720.
  line("g1", "2025-10-10T10:00:00Z", "paid", "web", "P3", 1, 700, 2),
  line("g1", "2025-10-10T10:00:00Z", "paid", "web", "C1", 1, 20, 3),
  line("g2", "2025-10-12T10:00:00Z", "paid", "pos", "B1", 3, 10, 4), // 30
  line("g3", "2025-10-13T10:00:00Z", "refunded", "web", "B1", 1, 10, 5), // not counted
  line("g4", "2025-09-15T10:00:00Z", "paid", "web", "F1", 2, 3, 6), // 6, before October
];

let guestImport = 0;
beforeAll(async () => {
  const s = await importRecords(guests.db, "orders", GUEST_LINES, { workspaceId: guests.workspaceId });
  expect(s).toMatchObject({ status: "committed", inserted: 5, rejected: 0, guestOrders: 4 });
  guestImport = s.importId!;
});

const kpis = (db: typeof base.db, ws: number, filters: Partial<KpiFilters> = {}, period = october) => getKpis(db, ws, period, { segment: [], ...filters });

describe("guest orders", () => {
  it("count in revenue, orders and AOV, and in no customer KPI (October, worked out by hand)", () => {
    const k = kpis(guests.db, guests.workspaceId);
    const b = kpis(base.db, base.workspaceId);
    // The fixture's 2166 over 21 orders, plus g1 (720) and g2 (30); g3 is refunded, g4 in September.
    expect(k.aov.numerator).toBeCloseTo(2166 + 720 + 30, 9);
    expect(k.aov.denominator).toBe(21 + 2);
    // No guest is an active customer, a cross- or upsell, or part of lifetime value.
    for (const id of ["crossSellRatio", "upsellRatio", "deepSellRatio", "ltv", "repeatPurchaseRate", "offerConversion"] as const) {
      expect(k[id], id).toEqual(b[id]);
    }
    expect(k.ltv).toMatchObject({ denominator: 15 });
    expect(k.ltv.numerator).toBeCloseTo(3302, 9);
  });

  it("hold under each order filter and their pair, and drop out under a segment", () => {
    // Only g1 is a web order: an order with no customer, so every ratio divides by zero customers.
    const web = kpis(guests.db, guests.workspaceId, { channel: "web" });
    expect(web.aov).toEqual({ value: 720, numerator: 720, denominator: 1 });
    expect(web.crossSellRatio).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(web.ltv).toEqual({ value: null, numerator: 0, denominator: 0 });
    // Phones: the fixture's Phones orders plus g1; the customers' figures as before.
    const phones = kpis(guests.db, guests.workspaceId, { category: "Phones" });
    const basePhones = kpis(base.db, base.workspaceId, { category: "Phones" });
    expect(phones.aov.numerator).toBeCloseTo(basePhones.aov.numerator + 720, 9);
    expect(phones.aov.denominator).toBe(basePhones.aov.denominator + 1);
    expect(phones.crossSellRatio).toEqual(basePhones.crossSellRatio);
    expect(phones.ltv).toEqual(basePhones.ltv);
    // A channel and a category together number each customer's orders again: g1 stays no customer.
    const both = kpis(guests.db, guests.workspaceId, { channel: "web", category: "Phones" });
    expect(both.aov).toEqual({ value: 720, numerator: 720, denominator: 1 });
    expect(both.upsellRatio).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(both.repeatPurchaseRate).toEqual({ value: null, numerator: 0, denominator: 0 });
    // A segment is a set of customers: no guest is in one.
    const north = { segment: [{ key: "region", value: "N" }] };
    expect(kpis(guests.db, guests.workspaceId, north)).toEqual(kpis(base.db, base.workspaceId, north));
  });

  it("give the overview's cards under a filter as getKpis does, and segment rows as without them", () => {
    const w = { id: guests.workspaceId, timezone: AMS };
    const filters: KpiFilters[] = [
      { segment: [], channel: "web" },
      { segment: [], category: "Phones" },
      { segment: [], channel: "web", category: "Phones" },
      { segment: [{ key: "region", value: "N" }] },
      { segment: [{ key: "region", value: "N" }], category: "Phones" },
      { segment: [], campaign: "CMP1" },
    ];
    for (const f of filters) {
      const label = JSON.stringify(f);
      // The cards come from the series' reads under a filter; getKpis reads the period on its own.
      const q = {
        from: "2025-10-01",
        to: "2025-10-31",
        compare: "none" as const,
        segment: f.segment,
        campaign: f.campaign,
        channel: f.channel,
        category: f.category,
      };
      expect(getOverview(guests.db, w, q, Date.parse("2025-11-15T12:00:00Z")).kpis, label).toEqual(getKpis(guests.db, guests.workspaceId, october, f));
      // Guests are in no row: each row is what it is in the fixture without them.
      const rows = (db: typeof base.db, ws: number) =>
        getSegmentTable(db, ws, october, f, segmentDimensionSchema.parse("region"), { minSize: 1 }).rows.map((r) => [r.value, r.kpis]);
      expect(rows(guests.db, guests.workspaceId), label).toEqual(rows(base.db, base.workspaceId));
    }
  });

  it("add to each month's orders and AOV, never to its lifetime value", () => {
    const period = makePeriod("2025-01-01", "2025-10-31", AMS); // over 183 days: monthly bars
    const buckets = bucketsFor(period, "month", AMS);
    const series = (db: typeof base.db, ws: number) => shapeSeries(getKpiSeriesCounts(db, ws, buckets, { segment: [] }));
    const g = series(guests.db, guests.workspaceId);
    const b = series(base.db, base.workspaceId);
    // g4 in September; g1 and g2 in October.
    expect(g.map((p, i) => p.aov.denominator - b[i].aov.denominator)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(g[9].aov.numerator - b[9].aov.numerator).toBeCloseTo(750, 9);
    expect(g.map((p) => p.ltv)).toEqual(b.map((p) => p.ltv));
    expect(g.map((p) => p.crossSellRatio)).toEqual(b.map((p) => p.crossSellRatio));
  });

  it("are in no segment row, no CLV history and no target list, and the summary counts them apart", () => {
    const byRegion = (db: typeof base.db, ws: number) => getSegmentTable(db, ws, october, { segment: [] }, segmentDimensionSchema.parse("region"));
    const g = byRegion(guests.db, guests.workspaceId);
    const b = byRegion(base.db, base.workspaceId);
    expect(g.rows.map((r) => [r.value, r.customers, r.kpis.aov])).toEqual(b.rows.map((r) => [r.value, r.customers, r.kpis.aov]));
    expect(getClvTransactions(guests.db, guests.workspaceId)).toEqual(getClvTransactions(base.db, base.workspaceId));
    const facts = (db: typeof base.db, ws: number) => db.$client.prepare("SELECT count(*) FROM customer_facts WHERE workspace_id = ?").pluck().get(ws);
    expect(facts(guests.db, guests.workspaceId)).toBe(facts(base.db, base.workspaceId));
    // g1 bought C1 and no B1: as a customer it would be on the list "bought C1, not yet B1".
    const id = (sku: string) =>
      guests.db.$client.prepare("SELECT id FROM products WHERE workspace_id = ? AND sku = ?").pluck().get(guests.workspaceId, sku) as number;
    const list = getTargetCandidates(guests.db, guests.workspaceId, { kind: "pair", boughtId: id("C1"), notBoughtId: id("B1") });
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((c) => c.customerKey.startsWith("guest:"))).toEqual([]);
    const s = getWorkspaceSummary(guests.db, guests.workspaceId, AMS);
    const sb = getWorkspaceSummary(base.db, base.workspaceId, AMS);
    expect(s).toMatchObject({ customers: sb.customers, guestOrders: 4, orders: sb.orders + 4, countedOrders: sb.countedOrders + 3 });
    expect(s.revenue).toBeCloseTo(sb.revenue + 720 + 30 + 6, 9);
  });

  it("are no buyer in the target lists' product picker", () => {
    const buyers = (db: typeof base.db, ws: number) => getTargetOptions(db, ws).products.map((p) => [p.sku, p.buyers]);
    expect(buyers(guests.db, guests.workspaceId)).toEqual(buyers(base.db, base.workspaceId));
  });

  it("alone make no customer on the customers page", async () => {
    const only = tempDb();
    try {
      const ws = seedKpiFixture(only.db).workspaceId;
      only.db.$client.prepare("DELETE FROM orders WHERE workspace_id = ?").run(ws);
      refreshOrderFacts(only.db, ws);
      await importRecords(only.db, "orders", GUEST_LINES, { workspaceId: ws });
      for (const source of ["stored", "orders"] as const) expect(getLtvAndCohorts(only.db, ws, AMS, source).ltv.customers, source).toBe(0);
    } finally {
      only.cleanup();
    }
  });

  it("are baskets of products bought together", () => {
    const count = (db: typeof base.db, ws: number) => getBaskets(db, ws, "product").baskets.offsets.length - 1;
    expect(count(guests.db, guests.workspaceId)).toBe(count(base.db, base.workspaceId) + 3); // g1, g2, g4
  });

  it("give the same facts from the import's partial refresh as from a full rebuild", () => {
    const views: Partial<KpiFilters>[] = [{}, { channel: "web" }, { category: "Phones" }, { channel: "web", category: "Phones" }];
    const before = views.map((f) => kpis(guests.db, guests.workspaceId, f));
    const hours = () => guests.db.$client.prepare("SELECT * FROM kpi_hours WHERE workspace_id = ? ORDER BY hour").all(guests.workspaceId);
    const kept = hours();
    refreshOrderFacts(guests.db, guests.workspaceId);
    expect(views.map((f) => kpis(guests.db, guests.workspaceId, f))).toEqual(before);
    expect(hours()).toEqual(kept);
  });

  it("leave with their import when it is undone, guests and all", () => {
    undoImport(guests.db, guests.workspaceId, guestImport);
    expect(kpis(guests.db, guests.workspaceId)).toEqual(kpis(base.db, base.workspaceId));
    expect(guests.db.$client.prepare("SELECT count(*) FROM customers WHERE workspace_id = ? AND guest").pluck().get(guests.workspaceId)).toBe(0);
    expect(getWorkspaceSummary(guests.db, guests.workspaceId, AMS)).toMatchObject({ guestOrders: 0 });
  });

  it('cannot be named by a file: a customer id "guest:…" is a customer of its own', async () => {
    const customer = { line: 2, customerEmail: null, customerPhone: null, signupDate: null, birthYear: null, gender: null, city: null, region: null };
    const more = { channel: null, marketingOptOut: null, attributes: {} };
    await importRecords(guests.db, "orders", GUEST_LINES, { workspaceId: guests.workspaceId }); // the guests again
    await importRecords(guests.db, "customers", [{ ...customer, ...more, customerId: "guest:g1", country: "XX" }], { workspaceId: guests.workspaceId });
    const row = guests.db.$client.prepare("SELECT guest FROM customers WHERE workspace_id = ? AND customer_key = 'guest:g1'").get(guests.workspaceId);
    expect(row).toEqual({ guest: 0 });
    // A segment holding that customer (no orders) reads nothing, and every guest order is still a guest's.
    expect(kpis(guests.db, guests.workspaceId, { segment: [{ key: "country", value: "XX" }] }).aov).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(getWorkspaceSummary(guests.db, guests.workspaceId, AMS).guestOrders).toBe(4);
    expect(kpis(guests.db, guests.workspaceId).aov.denominator).toBe(23);
  });
});
