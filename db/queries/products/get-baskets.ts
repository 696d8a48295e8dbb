import type { Db } from "../../client";
import type { BasketSet } from "@/lib/basket/pack-baskets";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { purchaseLineReader, type BasketPeriod } from "./read-purchase-lines";
import { readBasketChunks } from "./read-basket-chunks";
import { LINE_CATEGORY } from "../kpis/line-category-sql";
import { isFresh } from "../derived/freshness";
import type Database from "better-sqlite3";

export type { BasketPeriod };
export type BasketLevel = "product" | "category";
export type Baskets = { baskets: BasketSet; names: string[] };

/** One basket per counted order with a purchase line: its distinct skus (or categories), as small
 * integer ids for the miner (numbered in order of first appearance), in order id order, packed
 * (lib/basket/pack-baskets.ts: an array per basket held far more heap). Without a
 * period, all orders. Products come from basket_chunks when they are complete for the workspace
 * (kept at import), categories from order_slice_facts when it is (as the category filter compares
 * them: without regard to ASCII case, named as first seen), otherwise both from the order lines;
 * `source` forces one way, for tests. */
export function getBaskets(db: Db, workspaceId: number, level: BasketLevel, period?: BasketPeriod, { source }: { source?: "kept" | "lines" } = {}): Baskets {
  // One snapshot: whether the chunks are complete, the chunks and the skus.
  return readSnapshot(db, () => {
    const sqlite = db.$client;
    if (level === "category") {
      const keptSlices = isFresh(sqlite, workspaceId, "order_slice_facts");
      if (source === "kept" && !keptSlices) throw new Error("getBaskets: order_slice_facts are not built for this workspace");
      return source !== "lines" && keptSlices ? keptCategoryBaskets(sqlite, workspaceId, period) : categoryBaskets(db, workspaceId, period);
    }
    const kept = sqlite.prepare("SELECT baskets_kept FROM workspaces WHERE id = ?").pluck().get(workspaceId) === 1;
    if (source === "kept" && !kept) throw new Error("getBaskets: basket_chunks are not complete for this workspace");
    const { baskets, keys } = source !== "lines" && kept ? readBasketChunks(sqlite, workspaceId, period) : productBaskets(db, workspaceId, period);
    const sku = new Map(sqlite.prepare("SELECT id, sku FROM products WHERE workspace_id = ?").raw().all(workspaceId) as [number, string][]);
    return { baskets, names: keys.map((k) => sku.get(k)!) };
  });
}

const ORDERS_PER_READ = 16_384;

/** Ranges of order ids that together hold every order (each range whole orders, a bounded number of lines). */
function* orderRanges(db: Db): Generator<[number, number]> {
  const [lo, hi] = db.$client.prepare("SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM orders").raw().get() as [number, number];
  for (let a = lo; a <= hi; a += ORDERS_PER_READ) yield [a, a + ORDERS_PER_READ];
}

function productBaskets(db: Db, workspaceId: number, period?: BasketPeriod) {
  const read = purchaseLineReader(db.$client, workspaceId, period);
  const b = basketBuilder<number>();
  for (const [lo, hi] of orderRanges(db)) read(lo, hi, b.add);
  return b.done();
}

function categoryBaskets(db: Db, workspaceId: number, period?: BasketPeriod): Baskets {
  const rows = db.$client
    .prepare(
      `SELECT l.order_id, ${LINE_CATEGORY}
       FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id JOIN products p ON p.id = l.product_id
       WHERE l.workspace_id = ? AND l.quantity > 0 AND f.counted
       ${period ? "AND f.ordered_at >= ? AND f.ordered_at < ?" : ""}
       AND l.order_id >= ? AND l.order_id < ?
       ORDER BY l.order_id, l.id`,
    )
    .raw();
  const params = period ? [workspaceId, period.startMs, period.endMs] : [workspaceId];
  const b = basketBuilder<string>();
  for (const [lo, hi] of orderRanges(db)) for (const [order, key] of rows.all(...params, lo, hi) as [number, string][]) b.add(order, key);
  const { baskets, keys } = b.done();
  return { baskets, names: keys };
}

/**
 * Category baskets from order_slice_facts: each category's counted orders in the period (one range of
 * its slice), put in order id order by a counting sort over the order ids (no line read, no sort of
 * every pair). An order is in a category's slice once, so each basket's items are distinct.
 */
function keptCategoryBaskets(sqlite: Database.Database, workspaceId: number, period?: BasketPeriod): Baskets {
  const slices = sqlite.prepare("SELECT id, label FROM fact_slices WHERE workspace_id = ? AND dimension = 'category' ORDER BY id").raw().all(workspaceId) as [
    number,
    string,
  ][];
  const read = sqlite.prepare(`SELECT order_id FROM order_slice_facts WHERE slice_id = ? ${period ? "AND ordered_at >= ? AND ordered_at < ?" : ""}`).pluck();
  const bySlice = slices.map(([id]) => Int32Array.from((period ? read.all(id, period.startMs, period.endMs) : read.all(id)) as number[]));
  let maxId = -1;
  for (const ids of bySlice) for (const id of ids) if (id > maxId) maxId = id;
  // start[o]..start[o + 1]: where order o's categories go.
  const start = new Int32Array(maxId + 2);
  for (const ids of bySlice) for (const id of ids) start[id + 1]++;
  for (let o = 0; o <= maxId; o++) start[o + 1] += start[o];
  const fill = start.slice(0, maxId + 1);
  const ranks = new Int32Array(start[maxId + 1]);
  bySlice.forEach((ids, rank) => {
    for (const id of ids) ranks[fill[id]++] = rank;
  });
  // Items numbered in order of first appearance, as the other readers number them.
  const itemOf = new Int32Array(slices.length).fill(-1);
  const names: string[] = [];
  const items = new Int32Array(ranks.length);
  const offsets: number[] = [0];
  for (let o = 0, k = 0; o <= maxId; o++) {
    if (start[o + 1] === start[o]) continue;
    for (let i = start[o]; i < start[o + 1]; i++) {
      const r = ranks[i];
      if (itemOf[r] < 0) itemOf[r] = names.push(slices[r][1]) - 1;
      items[k++] = itemOf[r];
    }
    offsets.push(start[o + 1]);
  }
  return { baskets: { items, offsets: Int32Array.from(offsets) }, names };
}

/** Collects (order, item) pairs given in order id order into baskets of distinct items. */
function basketBuilder<K>() {
  const ids = new Map<K, number>();
  const keys: K[] = [];
  const items: number[] = [];
  const offsets: number[] = [0];
  let current = -1;
  let start = 0; // where the current basket's items begin
  return {
    add(order: number, key: K) {
      if (order !== current) {
        if (items.length > start) offsets.push(items.length);
        start = items.length;
        current = order;
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.push(key) - 1;
        ids.set(key, id);
      }
      for (let i = start; i < items.length; i++) if (items[i] === id) return;
      items.push(id);
    },
    done(): { baskets: BasketSet; keys: K[] } {
      if (items.length > start) offsets.push(items.length);
      return { baskets: { items: Int32Array.from(items), offsets: Int32Array.from(offsets) }, keys };
    },
  };
}
