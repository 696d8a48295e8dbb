import { describe, expect, it } from "vitest";
import type { OrderLineRecord, ProductRecord } from "@/lib/import";
import { Rng } from "@/lib/demo/random";
import { kpiQuerySchema, type KpiFilters } from "@/lib/kpi/filters";
import { bucketsFor, makePeriod, type Period } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import type { Db } from "@/db/client";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { importRecords } from "@/db/testing/import-records";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { getSegmentTable } from "../segments/get-segment-table";
import { computeBeforeAfter } from "../campaigns/compute-before-after";
import { getBeforeAfter } from "../campaigns/get-before-after";
import { listCampaigns } from "../campaigns/list-campaigns";
import { getDataRange } from "./get-data-range";
import { isKept, KEPT_TABLES } from "../../sqlite/kept-temp-tables";
import { isFresh } from "../derived/freshness";
import { getFilterOptions } from "./get-filter-options";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { getOverview } from "./get-overview";
import { resolveFilters } from "./kpi-filter-sql";
import { refreshOrderFacts } from "./refresh-order-facts";
import { customersToRefresh, undoImport } from "../imports/undo-import";
import { BASKET_CHUNK_ORDERS } from "../../schema";

const AMS = "Europe/Amsterdam";
const NOW = Date.parse("2025-11-15T12:00:00Z");

/** The same answer computed from the order lines (kpi-filter-sql.ts's factFilterSql), as a workspace
 * whose order_slice_facts are not built reads it. */
function live<T>(db: Db, workspaceId: number, answer: () => T): T {
  const saved = db.$client.prepare("SELECT * FROM derived_freshness WHERE workspace_id = ?").all(workspaceId);
  db.$client.prepare("DELETE FROM derived_freshness WHERE workspace_id = ?").run(workspaceId);
  try {
    expect(isFresh(db.$client, workspaceId, "order_slice_facts")).toBe(false);
    return answer();
  } finally {
    const put = db.$client.prepare("INSERT INTO derived_freshness (workspace_id, name, code_version) VALUES (@workspace_id, @name, @code_version)");
    for (const row of saved) put.run(row);
  }
}

/** Every channel and category value (in its own spelling and another case), an unknown one, and every pair. */
function orderFilters(db: Db, workspaceId: number): KpiFilters[] {
  const { channels, categories } = getFilterOptions(db, workspaceId);
  const channelValues = [...channels, ...channels.map((c) => c.toUpperCase()), "nowhere"];
  const categoryValues = [...categories, ...categories.map((c) => c.toLowerCase()), "nothing"];
  return [
    ...channelValues.map((channel) => ({ segment: [], channel })),
    ...categoryValues.map((category) => ({ segment: [], category })),
    ...channels.flatMap((channel) => categories.map((category) => ({ segment: [], channel, category }))),
  ];
}

describe("channel and category filters read order_slice_facts", () => {
  const { db, workspaceId } = fixtureDb((d) => {
    const seeded = seedKpiFixture(d);
    // Channels on the hand-worked fixture: web, App (another case than the filter's), none.
    d.$client.exec(`UPDATE orders SET channel = CASE
      WHEN order_key IN ('o02', 'o03', 'o05', 'o08', 'o13', 'o16', 'o17', 'o19', 'o21', 'o24', 'o27') THEN 'web'
      WHEN order_key IN ('o01', 'o04', 'o06', 'o09', 'o12', 'o14', 'o20', 'o22', 'o23', 'o33') THEN 'App' END`);
    refreshOrderFacts(d, seeded.workspaceId);
    return seeded;
  });
  const october = makePeriod("2025-10-01", "2025-10-31", AMS);

  it("counts a channel's orders by hand", () => {
    // October web orders (all counted): o02 o03 (c01), o05 (c02), o08 (c03), o13 (c05), o16 o17 (c06),
    // o19 (c08), o21 (c09, 31 Oct 23:59 local), o24 (c11), o27 (c12): 11 orders of 9 customers.
    const web = getKpis(db, workspaceId, october, { segment: [], channel: "WEB" });
    expect(web.aov.denominator).toBe(11);
    // An order keeps its own flags (a filter restricts which orders count, not what they are):
    // the web cross-sells are o02 (c01), o19 (c08) and o24 (c11); c05's is o14, an App order.
    expect(web.crossSellRatio).toMatchObject({ numerator: 3, denominator: 9 });
    // No web order before October: of the 9, c01 (o02, o03) and c06 (o16, o17) ordered twice.
    expect(web.repeatPurchaseRate).toMatchObject({ numerator: 2, denominator: 9 });
  });

  it("gives every card, series point and before/after window the live computation gives, under each filter and pair", () => {
    const queries = orderFilters(db, workspaceId).flatMap((f) => [
      { channel: f.channel, category: f.category, from: "2025-10-01", to: "2025-10-31" },
      { channel: f.channel, category: f.category, segment: "region=N" },
      { channel: f.channel, category: f.category, campaign: "CMP1", from: "2025-09-15", to: "2025-11-02" },
    ]);
    expect(queries.length).toBeGreaterThan(100);
    for (const query of queries) {
      const q = kpiQuerySchema.parse(query);
      const kept = getOverview(db, { id: workspaceId, timezone: AMS }, q, NOW);
      expect(kept, JSON.stringify(query)).toEqual(live(db, workspaceId, () => getOverview(db, { id: workspaceId, timezone: AMS }, q, NOW)));
    }
  });

  it("never reads another view's resolved sets: a view resolved earlier computes its own again", () => {
    const a: KpiFilters = { segment: [{ key: "region", value: "N" }], channel: "web", category: "Coffee" };
    const b: KpiFilters = { segment: [], channel: "app", category: "Phones" };
    const expected = getKpis(db, workspaceId, october, a);
    expect(expected.aov.denominator).toBeGreaterThan(0);
    const resolved = resolveFilters(db, workspaceId, a);
    expect(getKpis(db, workspaceId, october, resolved)).toEqual(expected);
    // Another view's pair refills the temp table of kept orders; then a second resolution of the first view's own output.
    expect(getKpis(db, workspaceId, october, b)).not.toEqual(expected);
    expect(getKpis(db, workspaceId, october, resolved)).toEqual(expected);
    resolveFilters(db, workspaceId, b);
    expect(getKpiSeriesCounts(db, workspaceId, bucketsFor(october, "week", AMS), resolved)).toEqual(
      getKpiSeriesCounts(db, workspaceId, bucketsFor(october, "week", AMS), a),
    );
    expect(getKpis(db, workspaceId, october, resolveFilters(db, workspaceId, resolveFilters(db, workspaceId, a)))).toEqual(expected);
    // Views under other filters past what a connection keeps: the first view's tables are dropped, and
    // its resolution computes its sets again.
    const first = resolveFilters(db, workspaceId, a);
    const others = orderFilters(db, workspaceId).filter((f) => f.channel && f.category);
    expect(others.length).toBeGreaterThan(KEPT_TABLES);
    for (const f of others) resolveFilters(db, workspaceId, f);
    expect(first.tables!.some((t) => !isKept(db.$client, t))).toBe(true);
    expect(getKpis(db, workspaceId, october, first)).toEqual(expected);
  });

  it("gives the segment table the live computation gives", () => {
    for (const by of ["region", "history", "rfm"]) {
      const dimension = segmentDimensionSchema.parse(by);
      for (const filters of orderFilters(db, workspaceId)) {
        const kept = getSegmentTable(db, workspaceId, october, filters, dimension, { minSize: 1 });
        expect(kept, `${by} ${JSON.stringify(filters)}`).toEqual(
          live(db, workspaceId, () => getSegmentTable(db, workspaceId, october, filters, dimension, { minSize: 1 })),
        );
      }
    }
  });
});

describe("a segment or campaign whose customers' ids lie far apart", () => {
  // c01 (region N, in CMP1's offers) moved 2,000,000 ids up: the set no longer fits a byte map per
  // id, and is tested as a temp table instead.
  const { db, workspaceId } = fixtureDb((d) => {
    const seeded = seedKpiFixture(d);
    d.$client.exec(`UPDATE orders SET channel = CASE WHEN order_key IN ('o02', 'o05', 'o13', 'o16', 'o19', 'o21', 'o24') THEN 'web' ELSE 'App' END`);
    d.$client.pragma("foreign_keys = OFF");
    const far = `(SELECT id FROM customers WHERE customer_key = 'c01')`;
    for (const table of ["order_facts", "order_slice_facts", "customer_facts"]) d.$client.exec(`DELETE FROM ${table} WHERE customer_id = ${far}`);
    for (const table of ["orders", "offers", "customer_attributes"])
      d.$client.exec(`UPDATE ${table} SET customer_id = customer_id + 2000000 WHERE customer_id = ${far}`);
    d.$client.exec(`UPDATE customers SET id = id + 2000000 WHERE customer_key = 'c01'`);
    d.$client.pragma("foreign_keys = ON");
    refreshOrderFacts(d, seeded.workspaceId);
    return seeded;
  });

  it("gives the live computation's cards, series and segment rows", () => {
    const ids = db.$client.prepare("SELECT min(id), max(id) FROM customers WHERE workspace_id = ?").raw().get(workspaceId) as [number, number];
    expect(ids[1] - ids[0]).toBeGreaterThan(1_000_000);
    // The set's rows are kept aside: no byte map is made for so wide a range.
    expect(resolveFilters(db, workspaceId, { segment: [{ key: "region", value: "N" }], channel: "web" }).orderRows?.inTemp).toBe(true);
    expect(resolveFilters(db, workspaceId, { segment: [{ key: "region", value: "Z" }], channel: "web" }).orderRows?.inTemp).toBe(false);
    const queries = [
      { segment: "region=N", channel: "web" },
      { segment: "region=N", category: "Coffee", from: "2025-10-01", to: "2025-10-31" },
      { campaign: "CMP1", channel: "App", from: "2025-09-15", to: "2025-11-02" },
    ];
    for (const query of queries) {
      const q = kpiQuerySchema.parse(query);
      const kept = getOverview(db, { id: workspaceId, timezone: AMS }, q, NOW);
      expect(kept.kpis.aov.denominator, JSON.stringify(query)).toBeGreaterThan(0);
      expect(kept, JSON.stringify(query)).toEqual(live(db, workspaceId, () => getOverview(db, { id: workspaceId, timezone: AMS }, q, NOW)));
    }
    const october = makePeriod("2025-10-01", "2025-10-31", AMS);
    const filters: KpiFilters = { segment: [{ key: "region", value: "N" }], channel: "web" };
    const table = getSegmentTable(db, workspaceId, october, filters, segmentDimensionSchema.parse("region"), { minSize: 1 });
    expect(table.all.crossSellRatio.denominator).toBeGreaterThan(0);
    expect(table).toEqual(
      live(db, workspaceId, () => getSegmentTable(db, workspaceId, october, filters, segmentDimensionSchema.parse("region"), { minSize: 1 })),
    );
  });
});

// Products with categories in several spellings, a family fallback and none.
const products: ProductRecord[] = [
  ["A1", "Audio", "Amp", 1],
  ["A2", "audio", "Amp", 2],
  ["B1", "Books", null, null],
  ["C1", null, "Cables", null],
  ["D1", " Decor ", null, null],
  ["E1", null, null, null],
].map(([sku, category, family, tier], i) => ({
  line: i + 2,
  sku: sku as string,
  name: sku as string,
  category: category as string | null,
  family: family as string | null,
  tier: tier as number | null,
  price: 10 + i,
  cost: null,
}));

function orders(seed: number, n: number, customers: number): OrderLineRecord[] {
  const rng = new Rng(seed);
  const out: OrderLineRecord[] = [];
  const T0 = Date.parse("2025-03-01T00:00:00Z");
  for (let o = 0; o < n; o++) {
    // Few distinct instants (ties), some off the hour (periods that are not whole hours).
    const at = T0 + rng.int(0, 60) * 86_400_000 + rng.pick([0, 0, 1_800_000]);
    const status = rng.pick(["paid", "paid", "paid", "refunded", null]);
    const customer = `c${rng.int(1, customers)}`;
    const channel = rng.pick(["web", "Web", "app", null, "Marketplace"]);
    for (let k = 0, lines = rng.int(1, 4); k < lines; k++) {
      out.push({
        line: out.length + 2,
        orderId: `o${seed}-${o}`,
        orderedAt: at,
        customerId: customer,
        customerEmail: null,
        customerPhone: null,
        lineNo: k + 1,
        sku: rng.pick(products).sku,
        productName: null,
        category: rng.pick([null, "Gifts", "gifts "]),
        quantity: rng.chance(0.1) ? -1 : rng.int(1, 4),
        unitPrice: rng.int(1, 90) + 0.25,
        discount: 0,
        status,
        channel,
        currency: "EUR",
      });
    }
  }
  return out;
}

describe("order_slice_facts on random orders", () => {
  const newDb = tempDbPerTest();

  async function randomShop() {
    const { db } = newDb();
    await importRecords(db, "products", products);
    await importRecords(db, "orders", orders(1, 1_500, 120));
    await importRecords(db, "orders", orders(2, 400, 160)); // some customers again, some new: a partial refresh
    return db;
  }

  const periods: Period[] = [
    makePeriod("2025-03-01", "2025-05-31", AMS),
    makePeriod("2025-03-20", "2025-04-02", AMS),
    { from: "2025-03-10", to: "2025-04-10", startMs: Date.parse("2025-03-10T00:30:00Z"), endMs: Date.parse("2025-04-10T12:30:00Z") },
  ];

  it("equal the live computation for every filter, pair and period after a partial refresh", async () => {
    const db = await randomShop();
    expect(isFresh(db.$client, 1, "order_slice_facts")).toBe(true);
    const filters = orderFilters(db, 1);
    expect(filters.length).toBeGreaterThan(30);
    let nonEmpty = 0;
    for (const f of filters) {
      for (const p of periods) {
        const kept = getKpis(db, 1, p, f);
        expect(kept, `${JSON.stringify(f)} ${p.from}`).toEqual(live(db, 1, () => getKpis(db, 1, p, f)));
        if (kept.crossSellRatio.numerator > 0 && kept.repeatPurchaseRate.numerator > 0) nonEmpty++;
      }
      const buckets = bucketsFor(periods[0], "week", AMS);
      expect(getKpiSeriesCounts(db, 1, buckets, f)).toEqual(live(db, 1, () => getKpiSeriesCounts(db, 1, buckets, f)));
    }
    expect(nonEmpty).toBeGreaterThan(60); // the data exercises the counts, not only zeros
  });

  it("are built again for every customer when they are stale, and stay equal after an undo-like refresh", async () => {
    const db = await randomShop();
    const count = () => db.$client.prepare("SELECT count(*) FROM order_slice_facts").pluck().get() as number;
    const full = count();
    db.$client.exec("DELETE FROM derived_freshness; DELETE FROM order_slice_facts");
    expect(count()).toBe(0);
    refreshOrderFacts(db, 1, [1, 2]); // a partial refresh of stale slices builds them all
    expect(count()).toBe(full);
    expect(isFresh(db.$client, 1, "order_slice_facts")).toBe(true);
    // Orders of some customers removed, then those customers refreshed (as an undo does).
    db.$client.exec("DELETE FROM orders WHERE customer_id IN (3, 4, 5)");
    refreshOrderFacts(db, 1, [3, 4, 5]);
    for (const f of orderFilters(db, 1)) {
      expect(getKpis(db, 1, periods[0], f), JSON.stringify(f)).toEqual(live(db, 1, () => getKpis(db, 1, periods[0], f)));
    }
  });
});

describe("undoing an import into a workspace with data", () => {
  const newDb = tempDbPerTest();
  // Each customer's kept rows: exact integers and stored values, so any order left or lost shows.
  const KEPT = [
    "SELECT * FROM order_facts ORDER BY order_id",
    "SELECT * FROM order_slice_facts ORDER BY slice_id, ordered_at, order_id",
    "SELECT * FROM customer_facts ORDER BY workspace_id, customer_id",
    "SELECT workspace_id, chunk, orders, hex(ordered_at), hex(offsets), hex(items) FROM basket_chunks ORDER BY chunk",
    "SELECT * FROM kpi_hours WHERE orders + guest_orders + active_p + cross_p + up_p + deep_p <> 0 ORDER BY hour",
    "SELECT * FROM kpi_months WHERE active + cross + up + deep <> 0 ORDER BY start_ms",
    // Revenue taken out and put back: equal to the cent (sums of floating-point amounts).
    "SELECT cohort_ms, month_ms, customers, round(revenue, 2) FROM kpi_cohorts WHERE customers <> 0 OR round(revenue, 2) <> 0 ORDER BY 1, 2",
  ];

  it("rebuilds only the customers it touched, and leaves each kept table as before the import", async () => {
    const { db } = newDb();
    await importRecords(db, "products", products);
    await importRecords(db, "orders", orders(1, 1_500, 120));
    const kept = () => KEPT.map((q) => db.$client.prepare(q).all());
    const before = kept();
    const periods = [makePeriod("2025-03-01", "2025-05-31", AMS), makePeriod("2025-03-20", "2025-04-02", AMS)];
    const kpisBefore = periods.map((p) => getKpis(db, 1, p, { segment: [] }));
    // Some customers again (new orders among their old ones, in the same months), some new.
    // Its orders in a basket chunk of their own (db/schema/facts.ts): once they are gone, no order left
    // of these customers says that chunk must be built again.
    db.$client.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'orders'").run(BASKET_CHUNK_ORDERS - 1);
    const movedFrom = db.$client.prepare("SELECT customer_id FROM orders WHERE order_key = 'o1-0'").pluck().get() as number;
    // And five of the first import's orders changed: other quantities, the first one moved to a new customer.
    const changed = orders(1, 5, 120).map((l) => ({ ...l, quantity: l.quantity + 1, customerId: l.orderId === "o1-0" ? "c999" : l.customerId }));
    const second = await importRecords(db, "orders", [...orders(2, 40, 160), ...changed]);
    expect(second.inserted).toBeGreaterThan(0);
    expect(second.updated).toBeGreaterThan(0);
    expect(db.$client.prepare("SELECT count(*) FROM customers WHERE import_id = ?").pluck().get(second.importId!)).toBeGreaterThan(0);
    // Only the customers of its orders are rebuilt, not every customer.
    const scope = customersToRefresh(db.$client, 1, second.importId!);
    const theirs = db.$client.prepare("SELECT customer_id FROM orders WHERE import_id = ? UNION SELECT ? ORDER BY 1").pluck().all(second.importId!, movedFrom);
    expect(scope === "all" ? scope : [...scope].sort((a, b) => a - b)).toEqual(theirs);
    expect(undoImport(db, 1, second.importId!).removed).toBeGreaterThan(0);
    expect(kept()).toEqual(before);
    expect(periods.map((p) => getKpis(db, 1, p, { segment: [] }))).toEqual(kpisBefore);
    for (const f of orderFilters(db, 1)) {
      expect(getKpis(db, 1, periods[0], f), JSON.stringify(f)).toEqual(live(db, 1, () => getKpis(db, 1, periods[0], f)));
    }
  });
});

describe("undoing a products import", () => {
  const newDb = tempDbPerTest();

  it("classifies every customer's orders again: the categories it changed are undone everywhere", async () => {
    const { db } = newDb();
    await importRecords(db, "products", products);
    await importRecords(db, "orders", orders(1, 600, 80));
    const period = makePeriod("2025-03-01", "2025-05-31", AMS);
    const before = getKpis(db, 1, period, { segment: [] });
    const facts = () => db.$client.prepare("SELECT order_id, cross_sell, upsell, deep_sell FROM order_facts ORDER BY order_id").all();
    const factsBefore = facts();
    // Every product in one category: no order is a cross-sell any more. No customer is in this file.
    const oneCategory = await importRecords(
      db,
      "products",
      products.map((p) => ({ ...p, category: "Everything", family: null })),
    );
    expect(getKpis(db, 1, period, { segment: [] }).crossSellRatio.numerator).toBe(0);
    expect(before.crossSellRatio.numerator).toBeGreaterThan(0);
    expect(customersToRefresh(db.$client, 1, oneCategory.importId!)).toBe("all");
    undoImport(db, 1, oneCategory.importId!);
    expect(facts()).toEqual(factsBefore);
    expect(getKpis(db, 1, period, { segment: [] })).toEqual(before);
  });
});

describe("the filter bar's channels and categories", () => {
  const newDb = tempDbPerTest();

  it("are the values with a counted order, each spelling once, as first seen", async () => {
    const { db } = newDb();
    await importRecords(db, "products", [...products, { line: 9, sku: "Z9", name: "Z9", category: "Unsold", family: null, tier: null, price: 1, cost: null }]);
    await importRecords(db, "orders", orders(3, 300, 40));
    const kept = getFilterOptions(db, 1);
    // Web and web are one channel; Unsold has no order; only refunded orders would not count either.
    expect(kept.channels.map((c) => c.toLowerCase())).toEqual(["app", "marketplace", "web"]); // in order without regard to case
    expect(kept.categories).not.toContain("Unsold");
    expect(kept.categories.map((c) => c.toLowerCase())).toEqual(["audio", "books", "cables", "decor", "e1", "gifts"]);
    // The unbuilt fallback lists every spelling and every product's category.
    const fallback = live(db, 1, () => getFilterOptions(db, 1));
    expect(fallback.channels).toEqual(["Marketplace", "Web", "app", "web"]);
    expect(fallback.categories).toContain("Unsold");
  });
});

describe("a filter's sets, kept on the connection between views", () => {
  const newDb = tempDbPerTest();

  function seeded() {
    const { db } = newDb();
    const { workspaceId } = seedKpiFixture(db);
    db.$client.exec(`UPDATE orders SET channel = CASE WHEN order_key IN ('o02', 'o03', 'o05', 'o13', 'o16', 'o19', 'o21', 'o24') THEN 'web' ELSE 'App' END`);
    refreshOrderFacts(db, workspaceId);
    return { db, workspaceId, ws: { id: workspaceId, timezone: AMS } };
  }

  async function c01BuysAgain(db: Db, workspaceId: number) {
    // c01 (region N, reached by CMP1) buys coffee on the web again, in the windows after CMP1's start, through an import.
    await importRecords(
      db,
      "orders",
      [1, 2].map((lineNo) => ({
        line: lineNo + 1,
        orderId: "o99",
        orderedAt: Date.parse("2025-10-06T10:00:00Z"),
        customerId: "c01",
        customerEmail: null,
        customerPhone: null,
        lineNo,
        sku: lineNo === 1 ? "B1" : "F1",
        productName: null,
        category: null,
        quantity: 5,
        unitPrice: 10,
        discount: 0,
        status: "paid",
        channel: "web",
        currency: "EUR",
      })),
      { workspaceId },
    );
  }

  it("serve the next view under the same filter, and never a view after the data changed", async () => {
    const { db, workspaceId, ws } = seeded();
    // A segment, a campaign, each with an order filter: set, offers and rows tables, the before/after
    // windows, and the history before the series (the import's order is in it).
    const queries = [
      { segment: "region=N" },
      { segment: "region=N", channel: "web" },
      { campaign: "CMP1" },
      { campaign: "CMP1", channel: "web", category: "Coffee" },
    ].map((q) => kpiQuerySchema.parse({ ...q, from: "2025-10-10", to: "2025-10-31" }));
    const filtersOf = (q: (typeof queries)[number]): KpiFilters => ({ segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category });
    const before = queries.map((q) => getOverview(db, ws, q, NOW));
    const tables = queries.map((q) => resolveFilters(db, workspaceId, filtersOf(q)).tables);
    for (const [i, q] of queries.entries()) {
      expect(tables[i]!.length).toBeGreaterThan(0);
      // Another period under the same filter reads the same tables.
      expect(resolveFilters(db, workspaceId, filtersOf(q)).tables).toEqual(tables[i]);
    }
    await c01BuysAgain(db, workspaceId);
    for (const [i, q] of queries.entries()) {
      const after = getOverview(db, ws, q, NOW);
      expect(after.kpis, JSON.stringify(q)).not.toEqual(before[i].kpis);
      // The windows too: computed now, not kept from before the import.
      expect(after.beforeAfter, JSON.stringify(q)).not.toEqual(before[i].beforeAfter);
      expect(after.beforeAfter).toEqual(computeBeforeAfter(db, ws, after.campaigns, after.dataRange, filtersOf(q)));
      expect(after, JSON.stringify(q)).toEqual(live(db, workspaceId, () => getOverview(db, ws, q, NOW)));
      // Unresolved filters keep nothing: the cards and the previous period's as computed now.
      const period = makePeriod(after.period.from, after.period.to, AMS);
      expect(after.kpis).toEqual(getKpis(db, workspaceId, period, filtersOf(q)));
      expect(after.comparison!.kpis).toEqual(getKpis(db, workspaceId, makePeriod(after.comparison!.from, after.comparison!.to, AMS), filtersOf(q)));
      expect(resolveFilters(db, workspaceId, filtersOf(q)).tables).not.toEqual(tables[i]);
    }
  });

  it("file a filter's before/after windows under the data state its sets were read in", async () => {
    const { db, workspaceId, ws } = seeded();
    const filters: KpiFilters = { segment: [{ key: "region", value: "N" }] };
    const resolvedBefore = resolveFilters(db, workspaceId, filters);
    await c01BuysAgain(db, workspaceId);
    const campaigns = listCampaigns(db, workspaceId);
    const range = getDataRange(db, workspaceId, AMS);
    // A view that resolved its filters before the import and asks for the windows after it.
    const late = getBeforeAfter(db, ws, campaigns, range, resolvedBefore);
    const now = computeBeforeAfter(db, ws, campaigns, range, filters);
    expect(late).not.toEqual(now);
    expect(getBeforeAfter(db, ws, campaigns, range, resolveFilters(db, workspaceId, filters))).toEqual(now);
  });
});
