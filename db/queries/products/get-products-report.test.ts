import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces/workspaces";
import { refreshOrderFacts } from "@/db/queries/kpis/refresh-order-facts";
import { customers, orderLines, orders, products } from "@/db/schema";
import { productsQuerySchema } from "@/lib/basket/products-query";
import { fixtureDb } from "@/db/testing/fixture-db";
import { getProductsReport, type ProductsReport } from "./get-products-report";

// sku, name, category, price, cost
const PRODUCTS = [
  ["A", "Espresso machine", "Coffee", 200, 140],
  ["B", "Milk jug", "Accessories", 20, 8],
  ["C", "Beans", "Coffee", 10, null], // no cost: bundles with it take the cautious 5%
  ["D", "Grinder", "Grinders", 250, 230], // thin margin: bundles with it are held to half the margin
  ["E", "Tasting spoon", null, null, null], // no price: no price range, no bundle
  ["SHIP", "Verzendkosten", null, 4.95, null], // shipping: no product, left out of every basket
] as const;

// order, UTC time (workspace in Amsterdam), status, skus
const ORDERS: [string, string, string, string[]][] = [
  ["o1", "2025-09-10T10:00:00Z", "paid", ["A", "B"]],
  ["o2", "2025-09-11T10:00:00Z", "paid", ["A", "B", "B"]], // B twice: one item
  ["o3", "2025-09-12T10:00:00Z", "paid", ["A", "B", "C"]],
  ["o4", "2025-09-13T10:00:00Z", "paid", ["A", "C"]],
  ["o5", "2025-09-30T22:30:00Z", "paid", ["B"]], // 1 October 00:30 in Amsterdam
  ["o6", "2025-10-02T10:00:00Z", "paid", ["C"]],
  ["o7", "2025-10-03T10:00:00Z", "paid", ["C", "D"]],
  ["o8", "2025-10-04T10:00:00Z", "paid", ["A", "D"]],
  ["o9", "2025-10-05T10:00:00Z", "paid", ["C", "E"]],
  ["o10", "2025-10-06T10:00:00Z", "paid", ["B", "C"]],
  ["o11", "2025-10-07T10:00:00Z", "refunded", ["A", "B"]], // not counted
  ["o12", "2025-10-08T10:00:00Z", "paid", ["SHIP"]], // shipping alone: no basket
];
// Shipping rides along with some orders; taken out, it changes none of the counts below.
for (const o of ORDERS) if (["o1", "o4", "o7", "o10"].includes(o[0])) o[3].push("SHIP");

function seed(db: Db) {
  const ws = createWorkspace(db, { name: "Baskets", currency: "EUR", timezone: "Europe/Amsterdam", locale: "en" });
  const ids = new Map<string, number>();
  for (const [sku, name, category, price, cost] of PRODUCTS) {
    ids.set(sku, db.insert(products).values({ workspaceId: ws.id, sku, name, category, price, cost }).returning({ id: products.id }).get().id);
  }
  const customer = db.insert(customers).values({ workspaceId: ws.id, customerKey: "c1" }).returning({ id: customers.id }).get().id;
  for (const [orderKey, at, status, skus] of ORDERS) {
    const order = db
      .insert(orders)
      .values({ workspaceId: ws.id, orderKey, customerId: customer, orderedAt: new Date(at), status })
      .returning({ id: orders.id })
      .get().id;
    skus.forEach((sku, i) =>
      db
        .insert(orderLines)
        .values({ workspaceId: ws.id, orderId: order, lineNo: i + 1, productId: ids.get(sku)!, quantity: 1, unitPrice: 1 })
        .run(),
    );
  }
  refreshOrderFacts(db, ws.id);
  return { workspaceId: ws.id };
}

const { db, workspaceId: id } = fixtureDb(seed);
const ws = { id, timezone: "Europe/Amsterdam" };
// Support 0.1 of 10 baskets is one basket: every pair that occurs makes a rule (with the page's floor of
// orders behind a rule and its chance filter off, and sorted by lift).
const report = (query: Record<string, string> = {}, limit?: number) =>
  getProductsReport(
    db,
    ws,
    productsQuerySchema.parse({ minSupport: "0.1", minConfidence: "0.1", minOrders: "1", hideChance: "false", sort: "lift", ...query }),
    { limit },
  );
const find = (r: ProductsReport, x: string[], y: string) =>
  r.rules.find((rule) => rule.antecedent.map((i) => i.key).join() === x.join() && rule.consequent.key === y);

describe("getProductsReport on a hand-built shop", () => {
  it("measures a product rule by hand", () => {
    const r = report();
    expect(r.transactions).toBe(10); // o11 is refunded, o12 holds only shipping
    expect(r.skippedBaskets).toBe(0);
    expect(r.minCount).toBe(1);
    // A in o1-o4, o8 (5); B in o1-o3, o5, o10 (5); both in o1-o3 (3).
    // Support 3/10, confidence 3/5, lift 0.6 / (5/10) = 1.2, leverage 0.3 − 0.5 × 0.5 = 0.05,
    // conviction (1 − 0.5) / (1 − 0.6) = 1.25.
    const ab = find(r, ["A"], "B")!;
    expect(ab).toMatchObject({
      antecedent: [{ key: "A", name: "Espresso machine" }],
      consequent: { key: "B", name: "Milk jug" },
      count: 3,
      antecedentCount: 5,
      consequentCount: 5,
    });
    expect(ab.support).toBeCloseTo(0.3, 12);
    expect(ab.confidence).toBeCloseTo(0.6, 12);
    expect(ab.lift).toBeCloseTo(1.2, 12);
    expect(ab.leverage).toBeCloseTo(0.05, 12);
    expect(ab.conviction).toBeCloseTo(1.25, 12);
    // Fisher, one-sided: the chance that 3 or more of A's 5 baskets hold B when 5 of the 10 do:
    // C(5,3)C(5,2) + C(5,4)C(5,1) + C(5,5)C(5,0) = 100 + 25 + 1 = 126 of C(10,5) = 252, so p = 0.5.
    expect(ab.pValue).toBeCloseTo(0.5, 12);
    expect(ab.qValue).toBeGreaterThanOrEqual(ab.pValue);
  });

  it("flags the price range and prices the bundle", () => {
    const r = report();
    // A jug (20) after a 200 machine: below 200 × 0.25 = 50. Bundle 220, cost 148: margin 32.7%, half
    // is over 10%, so 10% off: 198.00, keeping 50.00.
    expect(find(r, ["A"], "B")).toMatchObject({
      priceFit: { position: "below", price: 20, low: 50, high: 200 },
      bundle: { listPrice: 220, bundlePrice: 198, saving: 22, discount: 0.1, margin: 50 },
    });
    // The machine (200) after a 250 grinder: in 62.5..250. Bundle 450, cost 370: margin 17.8%, half 8.9%
    // → 8% off: 414.00, keeping 44.00. D in o7, o8; with A in o8: confidence 1/2, lift 0.5 / 0.5 = 1.
    const da = find(r, ["D"], "A")!;
    expect(da).toMatchObject({ count: 1, priceFit: { position: "in" }, bundle: { listPrice: 450, bundlePrice: 414, discount: 0.08, margin: 44 } });
    expect(da.lift).toBeCloseTo(1, 12);
    // The machine after a jug: above the jug's 20.
    expect(find(r, ["B"], "A")!.priceFit?.position).toBe("above");
    // Beans have no cost: 5% off 210 = 199.50, margin unknown.
    expect(find(r, ["A"], "C")!.bundle).toEqual({ listPrice: 210, bundlePrice: 199.5, saving: 10.5, discount: 0.05, margin: null });
    // The gift card has no price: no advice. E only in o9 with C: confidence 1, conviction infinite.
    expect(find(r, ["E"], "C")).toMatchObject({ priceFit: null, bundle: null, confidence: 1, conviction: null });
  });

  it("sorts by lift by default, or by support, and caps the rows", () => {
    const byLift = report();
    expect(byLift.rules.map((x) => x.lift)).toEqual([...byLift.rules.map((x) => x.lift)].sort((a, b) => b - a));
    const bySupport = report({ sort: "support" });
    // A and B together in 3 of 10 baskets: the most common pair, both ways.
    expect(
      bySupport.rules
        .slice(0, 2)
        .map((x) => `${x.antecedent[0].key}>${x.consequent.key}`)
        .sort(),
    ).toEqual(["A>B", "B>A"]);
    expect(bySupport.rules[0].support).toBeCloseTo(0.3, 12);
    const capped = report({}, 2);
    expect(capped.rules).toHaveLength(2);
    expect(capped.totalRules).toBe(byLift.totalRules);
    expect(capped.totalRules).toBeGreaterThan(2);
  });

  it("filters by lift, rule length and chance", () => {
    const all = report();
    const lifted = report({ minLift: "1.5" });
    expect(lifted.totalRules).toBeLessThan(all.totalRules);
    expect(lifted.rules.every((x) => x.lift >= 1.5)).toBe(true);
    // Three-item rules come from o3 (A, B, C) only; maxLength 2 drops them, minLength 3 keeps only them.
    expect(all.rules.some((x) => x.antecedent.length === 2)).toBe(true);
    expect(report({ maxLength: "2" }).rules.every((x) => x.antecedent.length === 1)).toBe(true);
    const triples = report({ minLength: "3" });
    expect(triples.rules.length).toBeGreaterThan(0);
    expect(triples.rules.every((x) => x.antecedent.length === 2)).toBe(true);
    // Ten baskets cannot show any pair beyond chance: every q-value is above 0.05.
    expect(all.rules.every((x) => x.qValue > 0.05)).toBe(true);
    expect(report({ hideChance: "true" }).totalRules).toBe(0);
  });

  it("mines categories, with no price advice", () => {
    const r = report({ level: "category" });
    // Coffee (A or C) in 9 baskets, Accessories (B) in 5, both in o1, o2, o3, o10: confidence 4/9,
    // lift (4/9) / (5/10) = 8/9.
    const rule = find(r, ["Coffee"], "Accessories")!;
    expect(rule).toMatchObject({ count: 4, antecedentCount: 9, consequentCount: 5, priceFit: null, bundle: null });
    expect(rule.lift).toBeCloseTo(8 / 9, 12);
  });

  it("mines only the orders of the period, in the workspace's time zone", () => {
    // September in Amsterdam: o1-o4 (o5 is 1 October there). A in 4, B in 3, both in 3: lift (3/4) / (3/4) = 1.
    const r = report({ from: "2025-09-01", to: "2025-09-30" });
    expect(r.period).toEqual({ from: "2025-09-01", to: "2025-09-30" });
    expect(r.transactions).toBe(4);
    expect(find(r, ["A"], "B")).toMatchObject({ count: 3, antecedentCount: 4, consequentCount: 3, lift: 1 });
    // Only a start: up to the last day with data.
    expect(report({ from: "2025-10-01" })).toMatchObject({ transactions: 6, period: { from: "2025-10-01", to: "2025-10-08" } });
    expect(report().period).toBeNull();
  });
});

describe("getProductsReport leads with signal", () => {
  it("leaves shipping out of every basket, and says so, for products and for categories", () => {
    for (const level of ["product", "category"]) {
      const r = report({ level });
      expect(r.leftOut, level).toEqual({ names: ["Verzendkosten"], orders: 1 });
      expect(r.rules.some((rule) => [...rule.antecedent, rule.consequent].some((i) => i.key === "SHIP"))).toBe(false);
    }
  });

  it("by default needs 5 orders behind a rule, hides chance pairs and sorts by leverage", () => {
    // The page's defaults: no pair of this 10-order shop is in 5 orders.
    const defaults = getProductsReport(db, ws, productsQuerySchema.parse({}));
    expect(defaults.minCount).toBe(5);
    expect(defaults.totalRules).toBe(0);
    // Three orders: only A and B are together that often (o1-o3); Fisher's p for 3 of 10 is chance.
    const three = report({ minOrders: "3" });
    expect(three.minCount).toBe(3);
    expect(three.rules.map((x) => `${x.antecedent[0].key}>${x.consequent.key}`).sort()).toEqual(["A>B", "B>A"]);
    expect(report({ minOrders: "3", hideChance: "true" }).totalRules).toBe(0);
  });
});

describe("products without a name", () => {
  // An order line may give only a SKU (UCI's guest lines hold some without a Description): its product is named by it.
  const unnamed = fixtureDb((d) => {
    const seeded = seed(d);
    d.$client.prepare("UPDATE products SET name = NULL WHERE sku = 'B'").run();
    return seeded;
  });

  it("are named by their SKU, in rules and in the check for non-product lines", () => {
    const r = getProductsReport(
      unnamed.db,
      { id: unnamed.workspaceId, timezone: "Europe/Amsterdam" },
      productsQuerySchema.parse({ minOrders: "1", hideChance: "false" }),
    );
    const b = r.rules.flatMap((x) => [...x.antecedent, x.consequent]).find((i) => i.key === "B");
    expect(b).toMatchObject({ key: "B", name: "B" });
  });
});
