import { describe, expect, it } from "vitest";
import type { OrderLineRecord, ProductRecord } from "@/lib/import";
import { Rng } from "@/lib/demo/random";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords } from "../../testing/import-records";
import { classifyScope, type ScopeRead } from "./classify-scope";

const newDb = tempDbPerTest();

/**
 * The classification as one SQL statement, as Liftboard computed it until the import learned to
 * stream customers through lib/kpi/classify-orders.ts: the definitions written as windows over
 * every line. Kept as the reference the streaming version must equal on messy random data.
 */
const REFERENCE = `
    WITH
    ord AS (
      SELECT o.id, o.customer_id, o.ordered_at, o.order_key,
             coalesce(lower(trim(o.status)), '') NOT IN ('refunded','cancelled','canceled','voided') AS counted
      FROM orders o
      WHERE o.workspace_id = 1 AND o.customer_id IN (SELECT id FROM temp.scope_customers)
    ),
    pos AS (
      SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY ordered_at, order_key) AS seq
      FROM ord WHERE counted
    ),
    revenue AS (
      SELECT l.order_id, sum(l.quantity * l.unit_price - l.discount) AS revenue
      FROM order_lines l JOIN ord ON ord.id = l.order_id
      GROUP BY l.order_id
    ),
    -- MATERIALIZED: computed once; inlined, the cross-sell branch scanned all products per line.
    tiers AS MATERIALIZED (
      SELECT id AS product_id, family,
             coalesce(tier, CASE WHEN price IS NOT NULL
               THEN dense_rank() OVER (PARTITION BY family, price IS NULL ORDER BY price) END) AS tier
      FROM products
      WHERE workspace_id = 1 AND nullif(trim(family), '') IS NOT NULL
    ),
    family_floor AS (SELECT family, min(tier) AS lowest FROM tiers GROUP BY family),
    lines AS MATERIALIZED (
      SELECT pos.customer_id, pos.seq, l.product_id, l.quantity,
             coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), nullif(trim(p.family), ''), p.sku) AS category,
             t.family, t.tier
      FROM order_lines l
      JOIN pos ON pos.id = l.order_id
      JOIN products p ON p.id = l.product_id
      LEFT JOIN tiers t ON t.product_id = l.product_id
      WHERE l.quantity > 0
    ),
    category_first AS (SELECT customer_id, category, min(seq) AS seq FROM lines GROUP BY customer_id, category),
    new_categories AS (SELECT customer_id, seq, count(*) AS n FROM category_first GROUP BY customer_id, seq),
    cross_sell AS (
      SELECT customer_id, seq FROM (
        SELECT customer_id, seq, sum(n) OVER (PARTITION BY customer_id ORDER BY seq) AS known FROM new_categories
      ) WHERE known >= 2
    ),
    sku_qty AS (SELECT customer_id, seq, product_id, sum(quantity) AS q FROM lines GROUP BY customer_id, seq, product_id),
    deep_sell AS (
      SELECT DISTINCT customer_id, seq FROM (
        SELECT customer_id, seq, q,
               max(q) OVER (PARTITION BY customer_id, product_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
        FROM sku_qty
      ) WHERE before IS NOT NULL AND q > before
    ),
    family_tier AS (
      SELECT customer_id, seq, family, max(tier) AS t FROM lines WHERE tier IS NOT NULL GROUP BY customer_id, seq, family
    ),
    upsell AS (
      SELECT DISTINCT ft.customer_id, ft.seq FROM (
        SELECT customer_id, seq, family, t,
               max(t) OVER (PARTITION BY customer_id, family ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
        FROM family_tier
      ) ft JOIN family_floor ff ON ff.family = ft.family
      WHERE ft.t > ff.lowest AND (ft.before IS NULL OR ft.t > ft.before)
    )
    SELECT ord.id, ord.customer_id, ord.ordered_at, ord.counted, coalesce(r.revenue, 0) AS revenue, pos.seq,
           cs.seq IS NOT NULL AS cs, up.seq IS NOT NULL AS us, ds.seq IS NOT NULL AS ds
    FROM ord
    LEFT JOIN pos ON pos.id = ord.id
    LEFT JOIN revenue r ON r.order_id = ord.id
    LEFT JOIN cross_sell cs ON cs.customer_id = ord.customer_id AND cs.seq = pos.seq
    LEFT JOIN upsell up ON up.customer_id = ord.customer_id AND up.seq = pos.seq
    LEFT JOIN deep_sell ds ON ds.customer_id = ord.customer_id AND ds.seq = pos.seq`;

// Families by explicit tier, by price rank (with a price tie and a product without a price), blank
// and padded categories and families, products without a category (the line's own, else the family, else the product).
const products: ProductRecord[] = [
  ["A1", "Audio", "Amp", 1, 50],
  ["A2", "Audio", "Amp", 2, 80],
  ["A3", " Audio", "Amp", 3, 120],
  ["B1", "Books", "Bundle", null, 10],
  ["B2", "Books", "Bundle", null, 20],
  ["B3", "Books", "Bundle", null, 20],
  ["B4", "Books", "Bundle", null, null],
  ["C1", "", null, null, 5],
  ["C2", null, "  ", null, 7],
  ["D1", "Decor ", null, null, 9],
  ["E1", "Extras", " Bundle", null, 15],
].map(([sku, category, family, tier, price], i) => ({
  line: i + 2,
  sku: sku as string,
  name: sku as string,
  category: category as string | null,
  family: family as string | null,
  tier: tier as number | null,
  price: price as number | null,
  cost: null,
}));

function orders(seed: number, n: number, customers: number): OrderLineRecord[] {
  const rng = new Rng(seed);
  const out: OrderLineRecord[] = [];
  const T0 = Date.parse("2025-03-01T00:00:00Z");
  for (let o = 0; o < n; o++) {
    // Few distinct instants, so ties in ordered_at are common and order_key decides.
    const at = T0 + rng.int(0, 40) * 86_400_000;
    const status = rng.pick(["paid", "paid", "paid", "refunded", "Cancelled", null]);
    const customer = `c${rng.int(1, customers)}`;
    for (let k = 0, lines = rng.int(0, 4); k < Math.max(lines, 1); k++) {
      out.push({
        line: out.length + 2,
        orderId: `o${rng.int(0, 9)}-${o}`,
        orderedAt: at,
        customerId: customer,
        customerEmail: null,
        customerPhone: null,
        lineNo: k + 1,
        sku: rng.pick(products).sku,
        productName: null,
        category: rng.pick([null, "Gifts", " Gifts", "Misc"]),
        quantity: rng.chance(0.1) ? -1 : rng.chance(0.05) ? 0 : rng.int(1, 4),
        unitPrice: rng.int(1, 90) + 0.1,
        discount: rng.chance(0.2) ? 0.3 : 0,
        status,
        channel: "web",
        currency: "EUR",
      });
    }
  }
  return out;
}

describe("the streaming classification", () => {
  it("equals the SQL definition on random orders: ties, refunds, returns, tiers by price, blank categories", async () => {
    const t = newDb();
    const db = t.db;
    await importRecords(db, "products", products);
    await importRecords(db, "orders", orders(7, 2_000, 150));
    await importRecords(db, "orders", orders(8, 600, 200)); // some customers again, some new: a partial refresh
    const facts = db.$client
      .prepare(
        "SELECT order_id AS id, customer_id, counted, round(revenue, 9) AS revenue, seq, cross_sell AS cs, upsell AS us, deep_sell AS ds FROM order_facts ORDER BY order_id",
      )
      .all();
    db.$client.exec(
      "CREATE TEMP TABLE IF NOT EXISTS scope_customers (id INTEGER PRIMARY KEY); DELETE FROM temp.scope_customers; INSERT INTO temp.scope_customers SELECT id FROM customers",
    );
    const reference = db.$client
      .prepare(`SELECT id, customer_id, counted, round(revenue, 9) AS revenue, seq, cs, us, ds FROM (${REFERENCE}) ORDER BY id`)
      .all();
    expect(facts.length).toBeGreaterThan(2_000);
    const flagged = (k: string) => facts.filter((f) => (f as Record<string, number>)[k] === 1).length;
    expect([flagged("cs"), flagged("us"), flagged("ds")].every((n) => n > 50)).toBe(true); // the data exercises every flag
    expect(facts).toEqual(reference);
  });
});

describe("reading the scope", () => {
  it("classifies the same sorted (at once or in pieces) as customer by customer: guests, and customers whose rows span chunks", async () => {
    const t = newDb();
    const db = t.db;
    await importRecords(db, "products", products);
    // ~10,000 lines of 90 customers (~110 lines each, so the sorted scope's chunks of 2,048 rows end inside
    // customers' orders), every seventh order a guest checkout: no customer id, e-mail or phone.
    const records = orders(11, 4_000, 90).map((r) => (Number(r.orderId.split("-")[1]) % 7 === 0 ? { ...r, customerId: null } : r));
    await importRecords(db, "orders", records);
    const sqlite = db.$client;
    const classify = (read: ScopeRead) => {
      sqlite.exec(
        "CREATE TEMP TABLE IF NOT EXISTS scope_customers (id INTEGER PRIMARY KEY); DELETE FROM temp.scope_customers; INSERT INTO temp.scope_customers SELECT id FROM customers",
      );
      sqlite.exec("DELETE FROM order_facts; DELETE FROM order_slice_facts");
      const steps: number[] = [];
      const hours = classifyScope(sqlite, 1, undefined, (s) => void (s && steps.push(s.done)), read);
      return {
        facts: sqlite.prepare("SELECT * FROM order_facts ORDER BY order_id").all(),
        slices: sqlite.prepare("SELECT * FROM order_slice_facts ORDER BY slice_id, ordered_at, order_id").all(),
        hours: [...hours].sort((a, b) => a[0] - b[0]),
        steps,
      };
    };
    const sorted = classify("sorted");
    const byCustomer = classify("by customer");
    // Sorted in pieces of customers (here ~2,000 lines each, ~5 pieces), as the largest scopes are.
    const inPieces = classify({ linesPerPiece: 2_000 });
    expect(inPieces.facts).toEqual(byCustomer.facts);
    expect(inPieces.slices).toEqual(byCustomer.slices);
    expect(inPieces.hours).toEqual(byCustomer.hours);
    expect(sorted.facts.length).toBeGreaterThan(4_000);
    expect(sorted.facts).toEqual(byCustomer.facts);
    expect(sorted.slices).toEqual(byCustomer.slices);
    expect(sorted.hours).toEqual(byCustomer.hours);
    // Not vacuous: guests among them (no place in a history), several sorted chunks, customers' progress.
    const guests = (sorted.facts as { seq: number | null }[]).filter((f) => f.seq === null).length;
    expect(guests).toBeGreaterThan(400);
    expect(sorted.steps.length).toBeGreaterThan(4);
    expect(sorted.steps.at(-1)).toBe(byCustomer.steps.at(-1));
  });
});
