import type Database from "better-sqlite3";

/** Orders placed from startMs (included) to endMs (excluded), UTC instants as in lib/kpi/period. */
export type BasketPeriod = { startMs: number; endMs: number };

/** Calls visit(order id, product id) for each purchase line (quantity > 0) of the workspace's
 * counted orders with ids in [lo, hi), in order id order. */
export type PurchaseLineReader = (lo: number, hi: number, visit: (order: number, product: number) => void) => void;

/** The purchase lines of counted orders, by ranges of order ids (products page, basket analysis and
 * basket_chunks all read them this way). order_facts.counted is the KPIs' status rule
 * (lib/kpi/counted.ts), without reading each order's status text. */
export function purchaseLineReader(sqlite: Database.Database, workspaceId: number, period?: BasketPeriod): PurchaseLineReader {
  const params = period ? [workspaceId, period.startMs, period.endMs] : [workspaceId];
  // Lines in a fixed order whatever the plan (items are numbered as they first appear); the index holds the id.
  const from = `FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
       WHERE l.workspace_id = ? AND l.quantity > 0 AND f.counted
       ${period ? "AND f.ordered_at >= ? AND f.ordered_at < ?" : ""}
       AND l.order_id >= ? AND l.order_id < ?
       ORDER BY l.order_id, l.id`;
  const packing = productPacking(sqlite, workspaceId);
  // A range is read with all(): one call per row through iterate() was slower.
  if (packing) {
    // One number per line, order id and product packed together: better-sqlite3 returns one plucked
    // value for less than it takes to build a row of two.
    const packed = sqlite.prepare(`SELECT l.order_id * ${packing.scale} + (l.product_id - ${packing.base}) ${from}`).pluck();
    return (lo, hi, visit) => {
      for (const v of packed.all(...params, lo, hi) as number[]) {
        const order = Math.floor(v / packing.scale);
        visit(order, v - order * packing.scale + packing.base);
      }
    };
  }
  const rows = sqlite.prepare(`SELECT l.order_id, l.product_id ${from}`).raw();
  return (lo, hi, visit) => {
    for (const [order, product] of rows.all(...params, lo, hi) as [number, number][]) visit(order, product);
  };
}

/** How to pack (order id, product id) into one exact double: product ids relative to the workspace's
 * lowest, order ids times a power of two above the product range; null when that would not stay below 2^53. */
function productPacking(sqlite: Database.Database, workspaceId: number): { base: number; scale: number } | null {
  const r = sqlite
    .prepare("SELECT min(id) AS lo, max(id) AS hi, (SELECT max(id) FROM orders) AS orders FROM products WHERE workspace_id = ?")
    .get(workspaceId) as { lo: number | null; hi: number | null; orders: number | null };
  if (r.lo === null || r.hi === null || r.orders === null) return null;
  const scale = 2 ** Math.ceil(Math.log2(r.hi - r.lo + 2));
  return (r.orders + 1) * scale < Number.MAX_SAFE_INTEGER ? { base: r.lo, scale } : null;
}
