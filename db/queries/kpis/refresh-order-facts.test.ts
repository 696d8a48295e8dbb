import { describe, expect, it } from "vitest";
import type { OrderLineRecord, ProductRecord } from "@/lib/import";
import { Rng } from "@/lib/demo/random";
import { bucketsFor, makePeriod } from "@/lib/kpi/period";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords } from "../../testing/import-records";
import type { Db } from "../../client";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { refreshOrderFacts } from "./refresh-order-facts";
import { undoImport } from "../imports/undo-import";
import { getLtvAndCohorts } from "../customers/get-ltv-and-cohorts";
import { updateWorkspace } from "../workspaces/update-workspace";
import { getBaskets } from "../products/get-baskets";

const newDb = tempDbPerTest();

const DAY = 86_400_000;
const T0 = Date.parse("2025-01-01T00:00:00Z");
const SKUS = ["A1", "A2", "A3", "B1", "B2", "C1", "C2", "D1"];

/** Random orders of `customers` customers over 120 days: refunds, returns, tiers, several lines. */
function orders(seed: number, prefix: string, n: number, customers: number): OrderLineRecord[] {
  const rng = new Rng(seed);
  const out: OrderLineRecord[] = [];
  for (let o = 0; o < n; o++) {
    const at = T0 + rng.int(0, 120) * DAY + rng.int(0, 23) * 3_600_000 + rng.int(0, 59) * 60_000;
    const status = rng.chance(0.1) ? "refunded" : "paid";
    const customer = `c${rng.int(1, customers)}`;
    for (let k = 0, lines = rng.int(1, 3); k < lines; k++) {
      out.push({
        line: out.length + 2,
        orderId: `${prefix}${o}`,
        orderedAt: at,
        customerId: customer,
        customerEmail: null,
        customerPhone: null,
        lineNo: k + 1,
        sku: rng.pick(SKUS),
        productName: null,
        category: null,
        quantity: rng.chance(0.05) ? -1 : rng.int(1, 4),
        unitPrice: rng.int(1, 90) + 0.25,
        discount: 0,
        status,
        channel: "web",
        currency: "EUR",
      });
    }
  }
  return out;
}

const products: ProductRecord[] = SKUS.map((sku, i) => ({
  line: i + 2,
  sku,
  name: sku,
  category: `Cat ${sku[0]}`,
  family: sku[0] === "A" || sku[0] === "C" ? `F${sku[0]}` : null,
  tier: sku[0] === "A" ? Number(sku[1]) : null,
  price: 10 * Number(sku[1]),
  cost: null,
}));

/** The KPI counts straight from order_facts (the definitions in docs/kpis.md, no derived columns). */
function rawKpis(db: Db, s: number, e: number) {
  const q = (sql: string, ...p: number[]) => db.$client.prepare(sql).get(...p) as Record<string, number | null>;
  const inP = q(
    `SELECT count(DISTINCT customer_id) AS active, count(DISTINCT CASE WHEN cross_sell THEN customer_id END) AS cross,
      count(DISTINCT CASE WHEN upsell THEN customer_id END) AS up, count(DISTINCT CASE WHEN deep_sell THEN customer_id END) AS deep,
      count(*) AS orders, coalesce(sum(revenue), 0) AS revenue FROM order_facts WHERE counted AND ordered_at >= ? AND ordered_at < ?`,
    s,
    e,
  );
  const toEnd = q(
    `SELECT count(*) AS customers, coalesce(sum(n >= 2), 0) AS repeaters, coalesce(sum(r), 0) AS revenue
      FROM (SELECT customer_id, count(*) AS n, sum(revenue) AS r FROM order_facts WHERE counted AND ordered_at < ? GROUP BY customer_id)`,
    e,
  );
  return { inP, toEnd };
}

/** kpi_hours and prev_* exactly as a full recomputation gives them. */
function expectDerivedMatchRaw(db: Db, timeZone = "Europe/Amsterdam"): void {
  const kept = (sql: string) => db.$client.prepare(sql).all();
  const hours = kept(`SELECT hour, orders, round(revenue, 6) AS revenue, firsts, seconds, cross_n, up_n, deep_n, active_p, cross_p, up_p, deep_p
      FROM kpi_hours WHERE orders + firsts + seconds + cross_n + up_n + deep_n + active_p + cross_p + up_p + deep_p <> 0 ORDER BY hour`);
  const prev = kept("SELECT order_id, prev_at, prev_cross_at, prev_up_at, prev_deep_at FROM order_facts ORDER BY order_id");
  const customerFacts = kept("SELECT * FROM customer_facts ORDER BY customer_id");
  const months = kept("SELECT * FROM kpi_months WHERE active + cross + up + deep <> 0 ORDER BY start_ms");
  expectMonthsMatchRaw(db, timeZone);
  expectBasketsMatchLines(db);
  // A flag is set exactly when its prev_* is: kpi_hours, customer_facts and the segment table count the flags so.
  expect(
    kept(`SELECT count(*) AS n FROM order_facts
          WHERE counted AND (cross_sell <> (prev_cross_at IS NOT NULL) OR upsell <> (prev_up_at IS NOT NULL) OR deep_sell <> (prev_deep_at IS NOT NULL))`),
  ).toEqual([{ n: 0 }]);
  expect(kept("SELECT sum(cross_sell) > 0 AND sum(upsell) > 0 AND sum(deep_sell) > 0 AS some FROM order_facts WHERE counted")).toEqual([{ some: 1 }]);
  // customer_facts against the definition: each customer's counted orders, flagged ones apart.
  expect(customerFacts.length).toBeGreaterThan(0);
  expect(customerFacts.map((r) => ({ ...(r as { revenue: number }), revenue: Math.round((r as { revenue: number }).revenue * 1e6) }))).toEqual(
    kept(`SELECT workspace_id, customer_id, min(ordered_at) AS first_at, max(ordered_at) AS last_at, count(*) AS orders,
            cast(round(sum(revenue) * 1e6) AS integer) AS revenue, max(CASE WHEN cross_sell THEN ordered_at END) AS last_cross_at,
            max(CASE WHEN upsell THEN ordered_at END) AS last_up_at, max(CASE WHEN deep_sell THEN ordered_at END) AS last_deep_at
          FROM order_facts WHERE counted GROUP BY customer_id ORDER BY customer_id`),
  );
  refreshOrderFacts(db, 1); // the full recomputation
  expect(kept("SELECT * FROM customer_facts ORDER BY customer_id")).toEqual(customerFacts);
  expect(kept("SELECT * FROM kpi_months WHERE active + cross + up + deep <> 0 ORDER BY start_ms")).toEqual(months);
  expect(
    kept(`SELECT hour, orders, round(revenue, 6) AS revenue, firsts, seconds, cross_n, up_n, deep_n, active_p, cross_p, up_p, deep_p
      FROM kpi_hours WHERE orders + firsts + seconds + cross_n + up_n + deep_n + active_p + cross_p + up_p + deep_p <> 0 ORDER BY hour`),
  ).toEqual(hours);
  expect(kept("SELECT order_id, prev_at, prev_cross_at, prev_up_at, prev_deep_at FROM order_facts ORDER BY order_id")).toEqual(prev);
  // prev_* against the definition: the customer's previous counted (flagged) order.
  const wrong = db.$client
    .prepare(
      `SELECT count(*) FROM order_facts f WHERE f.counted AND f.prev_at IS NOT (
        SELECT coalesce(max(g.ordered_at), -9007199254740991) FROM order_facts g WHERE g.customer_id = f.customer_id AND g.counted AND g.seq < f.seq)`,
    )
    .pluck()
    .get();
  expect(wrong).toBe(0);

  // Every KPI count the same as from the raw definitions: hour-aligned periods (kpi_hours), periods
  // off the hour (scans), at the edges of the data, before, after, and across it all.
  const periods: [number, number][] = [
    [T0 - 30 * DAY, T0],
    [T0, T0 + 200 * DAY],
    [T0 + 10 * DAY, T0 + 40 * DAY],
    [T0 + 100 * DAY, T0 + 130 * DAY],
    [T0 + 55 * DAY, T0 + 56 * DAY],
    [T0 + 5 * DAY + 1_800_000, T0 + 80 * DAY + 900_000],
    [T0 + 119 * DAY, T0 + 121 * DAY + 3_600_000],
  ];
  for (const [s, e] of periods) {
    const k = getKpis(db, 1, { startMs: s, endMs: e }, { segment: [] });
    const { inP, toEnd } = rawKpis(db, s, e);
    expect(
      [k.crossSellRatio.numerator, k.upsellRatio.numerator, k.deepSellRatio.numerator, k.crossSellRatio.denominator, k.aov.denominator],
      `${s}-${e}`,
    ).toEqual([inP.cross, inP.up, inP.deep, inP.active, inP.orders]);
    expect(k.aov.numerator).toBeCloseTo(inP.revenue!, 6);
    expect([k.ltv.denominator, k.repeatPurchaseRate.numerator]).toEqual([toEnd.customers, toEnd.repeaters]);
    expect(k.ltv.numerator).toBeCloseTo(toEnd.revenue!, 6);
  }
  // The series' buckets equal the same period asked alone.
  const p = makePeriod("2025-01-20", "2025-04-20", "Europe/Amsterdam");
  const series = getKpiSeriesCounts(db, 1, bucketsFor(p, "week", "Europe/Amsterdam"), { segment: [] });
  const b = bucketsFor(p, "week", "Europe/Amsterdam")[3];
  const { inP } = rawKpis(db, b.startMs, b.endMs);
  expect(series.buckets[3]).toMatchObject({ active: inP.active, cross: inP.cross, up: inP.up, deep: inP.deep, orders: inP.orders });
}

/** basket_chunks give the products page exactly the baskets the order lines give, for all the data and a period. */
function expectBasketsMatchLines(db: Db): void {
  expect(db.$client.prepare("SELECT baskets_kept FROM workspace_state WHERE workspace_id = 1").pluck().get()).toBe(1);
  for (const period of [undefined, { startMs: T0 + 10 * DAY + 1_800_000, endMs: T0 + 40 * DAY }]) {
    const kept = getBaskets(db, 1, "product", period, { source: "kept" });
    const lines = getBaskets(db, 1, "product", period, { source: "lines" });
    expect(kept.baskets.offsets.length).toBeGreaterThan(period ? 20 : 100);
    expect([Array.from(kept.baskets.items), Array.from(kept.baskets.offsets), kept.names]).toEqual([
      Array.from(lines.baskets.items),
      Array.from(lines.baskets.offsets),
      lines.names,
    ]);
  }
}

/** kpi_months holds each calendar month's distinct counts as the raw definitions give them, and the
 * monthly series (which reads it) equals them too. */
function expectMonthsMatchRaw(db: Db, timeZone: string): void {
  expect(db.$client.prepare("SELECT kpi_months_timezone FROM workspace_state WHERE workspace_id = 1").pluck().get()).toBe(timeZone);
  const p = makePeriod("2024-12-01", "2025-05-31", timeZone); // the data: 2025-01-01 to 2025-05-01 (+ the time zone)
  const buckets = bucketsFor(p, "month", timeZone);
  const stored = db.$client.prepare("SELECT start_ms, end_ms, active, cross, up, deep FROM kpi_months WHERE workspace_id = 1").all() as {
    start_ms: number;
    end_ms: number;
    active: number;
    cross: number;
    up: number;
    deep: number;
  }[];
  const series = getKpiSeriesCounts(db, 1, buckets, { segment: [] });
  let withOrders = 0;
  buckets.forEach((b, i) => {
    const { inP } = rawKpis(db, b.startMs, b.endMs);
    const row = stored.find((r) => r.start_ms === b.startMs);
    if (inP.active) withOrders++;
    expect(row ? [row.end_ms, row.active, row.cross, row.up, row.deep] : [b.endMs, 0, 0, 0, 0], b.key).toEqual([
      b.endMs,
      inP.active,
      inP.cross,
      inP.up,
      inP.deep,
    ]);
    expect(series.buckets[i], b.key).toMatchObject({ active: inP.active, cross: inP.cross, up: inP.up, deep: inP.deep, orders: inP.orders });
  });
  expect(withOrders).toBeGreaterThanOrEqual(4);
  // The customers page's LTV and cohort triangle from customer_facts and kpi_cohorts, as from every order.
  const kept = getLtvAndCohorts(db, 1, timeZone, "stored");
  expect(kept.cohorts.cohorts.length).toBeGreaterThanOrEqual(4);
  expectNear(kept, getLtvAndCohorts(db, 1, timeZone, "orders"), "ltvAndCohorts");
}

/** Equal structures, numbers within 1e-6: sums of the same amounts in another order (and kept by
 * adding and taking out) differ in the last bits, so rounding both could land on either side. */
function expectNear(a: unknown, b: unknown, path: string): void {
  if (typeof a === "number" && typeof b === "number") return void expect(Math.abs(a - b), path).toBeLessThan(1e-6);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return void expect(a, path).toEqual(b);
  const keys = Object.keys(a as object);
  expect(keys, path).toEqual(Object.keys(b as object));
  for (const k of keys) expectNear((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
}

/** A new database with the products and 300 random orders of 40 customers, imported. */
async function shopWithOrders(): Promise<Db> {
  const t = newDb();
  await importRecords(t.db, "products", products);
  await importRecords(t.db, "orders", orders(1, "o", 300, 40));
  return t.db;
}

describe("derived KPI facts (prev_*, kpi_hours, kpi_months, kpi_cohorts, customer_facts, basket_chunks) stay equal to the raw computation", () => {
  it("after an import, a second overlapping import, and undoing it", async () => {
    const db = await shopWithOrders();
    expectDerivedMatchRaw(db);
    // The next orders get ids two basket chunks further on: the import touches chunks 0 and 2.
    db.$client.exec("UPDATE sqlite_sequence SET seq = 40000 WHERE name = 'orders'");

    // Overlapping: the same order ids with other lines, dates and customers, plus new orders and customers.
    const second = await importRecords(db, "orders", [...orders(2, "o", 120, 50), ...orders(3, "n", 80, 60)]);
    expectDerivedMatchRaw(db);

    expect(db.$client.prepare("SELECT chunk FROM basket_chunks ORDER BY chunk").pluck().all()).toEqual([0, 2]);

    // Orders of new customers only, all in chunk 2: chunk 0 is left as it was, not built again.
    db.$client.exec(`CREATE TEMP TABLE built (chunk INTEGER);
                     CREATE TEMP TRIGGER note_built AFTER INSERT ON basket_chunks BEGIN INSERT INTO built VALUES (new.chunk); END`);
    const third = await importRecords(
      db,
      "orders",
      orders(7, "z", 10, 5).map((r) => ({ ...r, customerId: `new-${r.customerId}` })),
    );
    expect(db.$client.prepare("SELECT chunk FROM temp.built").pluck().all()).toEqual([2]);
    db.$client.exec("DROP TRIGGER temp.note_built");
    expectDerivedMatchRaw(db);
    undoImport(db, 1, third.importId!);

    undoImport(db, 1, second.importId!);
    expectDerivedMatchRaw(db);
    expect(db.$client.prepare("SELECT chunk FROM basket_chunks ORDER BY chunk").pluck().all()).toEqual([0]);
  });

  it("reads baskets from the lines until basket_chunks are complete, and completes them at the next import", async () => {
    const db = await shopWithOrders();
    // A database from before basket_chunks.
    db.$client.exec("UPDATE workspace_state SET baskets_kept = 0; DELETE FROM basket_chunks");
    expect(() => getBaskets(db, 1, "product", undefined, { source: "kept" })).toThrow(/not complete/);
    expect(getBaskets(db, 1, "product").baskets.offsets.length).toBeGreaterThan(100); // from the lines
    // A small import of orders in chunk 2 builds every chunk, not just its own.
    db.$client.exec("UPDATE sqlite_sequence SET seq = 40000 WHERE name = 'orders'");
    await importRecords(
      db,
      "orders",
      orders(6, "n", 5, 3).map((r) => ({ ...r, customerId: `new-${r.customerId}` })),
    );
    expect(db.$client.prepare("SELECT chunk FROM basket_chunks ORDER BY chunk").pluck().all()).toEqual([0, 2]);
    expectDerivedMatchRaw(db);
  });

  it("builds kpi_months again in a new time zone, and keeps it there through imports", async () => {
    const db = await shopWithOrders();
    const rename = { name: "Shop", currency: "EUR", locale: "en" } as const;
    updateWorkspace(db, 1, { ...rename, timezone: "America/New_York" });
    // Boundaries six hours away from Amsterdam's: orders near midnight change month.
    expectMonthsMatchRaw(db, "America/New_York");
    await importRecords(db, "orders", orders(4, "o", 150, 50)); // overlapping: customers move
    expectMonthsMatchRaw(db, "America/New_York");
    // A database from before kpi_months (or a time zone changed behind its back) is built by the next refresh.
    db.$client.exec("UPDATE workspace_state SET kpi_months_timezone = NULL; DELETE FROM kpi_months");
    // Meanwhile the series scans the orders, with the same answer.
    const ny = "America/New_York";
    const [feb, mar] = [makePeriod("2025-02-01", "2025-02-28", ny), makePeriod("2025-03-01", "2025-03-31", ny)];
    expect(
      getKpiSeriesCounts(db, 1, bucketsFor(makePeriod("2025-02-01", "2025-03-31", ny), "month", ny), { segment: [] }).buckets.map((b) => b.active),
    ).toEqual([rawKpis(db, feb.startMs, feb.endMs).inP.active, rawKpis(db, mar.startMs, mar.endMs).inP.active]);
    await importRecords(db, "orders", orders(5, "n", 40, 70));
    expectMonthsMatchRaw(db, "America/New_York");
    expectDerivedMatchRaw(db, "America/New_York");
  });
});
