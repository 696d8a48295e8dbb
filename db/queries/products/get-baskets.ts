import type { Db } from "../../client";
import type { BasketSet } from "@/lib/basket/pack-baskets";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { purchaseLineReader, type BasketPeriod } from "./read-purchase-lines";
import { readBasketChunks } from "./read-basket-chunks";
import { LINE_CATEGORY } from "../kpis/line-category-sql";
import { isFresh } from "../derived/freshness";
import type Database from "better-sqlite3";
import { idListSql, parseIdList } from "../../sqlite/id-lists";

export type { BasketPeriod };
export type BasketLevel = "product" | "category";
export type Baskets = { baskets: BasketSet; names: string[] };

/** One basket per counted order with a purchase line: its distinct skus (or categories), as small
 * integer ids for the miner (numbered in order of first appearance), in order id order, packed
 * (lib/basket/pack-baskets.ts: an array per basket held far more heap). Without a
 * period, all orders. Products come from basket_chunks when they are complete for the workspace
 * (kept at import), categories from order_slice_facts when it is (as the category filter compares
 * them: without regard to ASCII case, named as first seen; identical baskets merged, with weights),
 * otherwise both from the order lines;
 * `source` forces one way and `idsPerRead` sets the category reads' chunk, for tests. */
export function getBaskets(
  db: Db,
  workspaceId: number,
  level: BasketLevel,
  period?: BasketPeriod,
  { source, idsPerRead }: { source?: "kept" | "lines"; idsPerRead?: number } = {},
): Baskets {
  // One snapshot: whether the chunks are complete, the chunks and the skus.
  return readSnapshot(db, () => {
    const sqlite = db.$client;
    if (level === "category") {
      const keptSlices = isFresh(sqlite, workspaceId, "order_slice_facts");
      if (source === "kept" && !keptSlices) throw new Error("getBaskets: order_slice_facts are not built for this workspace");
      return source !== "lines" && keptSlices ? keptCategoryBaskets(sqlite, workspaceId, period, idsPerRead) : categoryBaskets(db, workspaceId, period);
    }
    const kept = sqlite.prepare("SELECT baskets_kept FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId) === 1;
    if (source === "kept" && !kept) throw new Error("getBaskets: basket_chunks are not complete for this workspace");
    const { baskets, keys } = source !== "lines" && kept ? readBasketChunks(sqlite, workspaceId, period) : productBaskets(db, workspaceId, period);
    const sku = new Map(sqlite.prepare("SELECT id, sku FROM products WHERE workspace_id = ?").raw().all(workspaceId) as [number, string][]);
    return { baskets, names: keys.map((k) => sku.get(k)!) };
  });
}

const ORDERS_PER_READ = 16_384;

/** Ranges of order ids that together hold every order (each range whole orders, a bounded number of lines). */
function* orderRanges(db: Db): Generator<[number, number]> {
  const [lo, hi] = orderIdRange(db.$client);
  for (let a = lo; a <= hi; a += ORDERS_PER_READ) yield [a, a + ORDERS_PER_READ];
}

/** The lowest and highest order id of the database ([0, -1] without orders). Each end on its own: SQLite
 * reads min() or max() from the index's end only when it is the query's one aggregate. */
function orderIdRange(sqlite: Database.Database): [number, number] {
  return sqlite.prepare("SELECT coalesce((SELECT min(id) FROM orders), 0), coalesce((SELECT max(id) FROM orders), -1)").raw().get() as [number, number];
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
 * every pair). An order is in a category's slice once, so each basket's items are distinct. Identical
 * baskets are merged, with weights (BasketSet.weights).
 */
function keptCategoryBaskets(sqlite: Database.Database, workspaceId: number, period?: BasketPeriod, chunk?: number): Baskets {
  const slices = sqlite.prepare("SELECT id, label FROM fact_slices WHERE workspace_id = ? AND dimension = 'category' ORDER BY id").raw().all(workspaceId) as [
    number,
    string,
  ][];
  const read = sliceOrderIds(sqlite, period, chunk);
  const bySlice = slices.map(([id]) => read(id));
  let maxId = -1;
  for (const ids of bySlice) for (let i = 0; i < ids.length; i++) if (ids[i] > maxId) maxId = ids[i];
  // start[o]..start[o + 1]: where order o's categories go.
  const start = new Int32Array(maxId + 2);
  for (const ids of bySlice) for (let i = 0; i < ids.length; i++) start[ids[i] + 1]++;
  let baskets = 0;
  for (let o = 0; o <= maxId; o++) {
    if (start[o + 1] > 0) baskets++;
    start[o + 1] += start[o];
  }
  const fill = start.slice(0, maxId + 1);
  const ranks = new Int32Array(start[maxId + 1]);
  bySlice.forEach((ids, rank) => {
    for (let i = 0; i < ids.length; i++) ranks[fill[ids[i]]++] = rank;
  });
  // Items numbered in order of first appearance, as the other readers number them.
  const itemOf = new Int32Array(slices.length).fill(-1);
  const names: string[] = [];
  const items = new Int32Array(ranks.length);
  const offsets = new Int32Array(baskets + 1);
  // A few categories make millions of orders a few thousand distinct baskets: identical ones are merged,
  // with a weight (the miner takes each as often), found by their set of categories as bits: an array
  // slot per set up to 20 categories, else a map of the bits as a number, exact up to 52. An order's
  // ranks ascend, so a merged basket's items are as its first order's.
  const width = slices.length;
  const slot = width <= 20 ? new Int32Array(1 << width) : null; // basket + 1, 0 = none yet
  const merge = !slot && width <= 52 ? new Map<number, number>() : null;
  const bit = Float64Array.from({ length: Math.min(width, 52) }, (_, r) => 2 ** r);
  const weights = slot || merge ? new Int32Array(baskets) : null;
  let k = 0;
  let b = 0;
  for (let o = 0; o <= maxId; o++) {
    if (start[o + 1] === start[o]) continue;
    if (slot) {
      let bits = 0;
      for (let i = start[o]; i < start[o + 1]; i++) bits |= 1 << ranks[i];
      const same = slot[bits] - 1;
      if (same >= 0) {
        weights![same]++;
        continue;
      }
      slot[bits] = b + 1;
      weights![b] = 1;
    } else if (merge) {
      let bits = 0;
      for (let i = start[o]; i < start[o + 1]; i++) bits += bit[ranks[i]];
      const same = merge.get(bits);
      if (same !== undefined) {
        weights![same]++;
        continue;
      }
      merge.set(bits, b);
      weights![b] = 1;
    }
    for (let i = start[o]; i < start[o + 1]; i++) {
      const r = ranks[i];
      if (itemOf[r] < 0) itemOf[r] = names.push(slices[r][1]) - 1;
      items[k++] = itemOf[r];
    }
    offsets[++b] = k;
  }
  const set: BasketSet = { items: items.subarray(0, k), offsets: offsets.subarray(0, b + 1) };
  if (weights) set.weights = weights.subarray(0, b);
  return { baskets: set, names };
}

/** At most 11 characters an id with its comma: 40M ids stay under the longest string V8 makes. */
const IDS_PER_TEXT = 40_000_000;

/**
 * A category slice's order ids in the period: one text for the whole slice when every order id the
 * database holds would fit one (no slice has more orders than that), else `chunk` ids at a time in
 * key order (a slower statement: its LIMIT reads through a subquery). `chunk` forces the second way.
 */
function sliceOrderIds(sqlite: Database.Database, period: BasketPeriod | undefined, chunk?: number): (sliceId: number) => Int32Array {
  const startMs = period?.startMs ?? Number.MIN_SAFE_INTEGER;
  const endMs = period?.endMs ?? Number.MAX_SAFE_INTEGER;
  const [lo, hi] = orderIdRange(sqlite);
  const span = hi - lo + 1;
  if (chunk === undefined && span <= IDS_PER_TEXT) {
    const whole = sqlite.prepare(`SELECT ${idListSql("order_id")} FROM order_slice_facts WHERE slice_id = ? AND ordered_at >= ? AND ordered_at < ?`).raw();
    return (sliceId) => {
      const [text, count] = whole.get(sliceId, startMs, endMs) as [string | null, number];
      const ids = new Int32Array(count);
      parseIdList(text, count, ids, 0);
      return ids;
    };
  }
  return chunkedOrderIds(sqlite, startMs, endMs, chunk ?? IDS_PER_TEXT);
}

function chunkedOrderIds(sqlite: Database.Database, startMs: number, endMs: number, chunk: number): (sliceId: number) => Int32Array {
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`idsPerRead must be a whole number of at least 1; got ${chunk}.`);
  const rows = (after: string) => `FROM order_slice_facts WHERE slice_id = ? ${after} AND ordered_at >= ? AND ordered_at < ? ORDER BY ordered_at, order_id`;
  const first = sqlite.prepare(`SELECT ${idListSql("order_id")} FROM (SELECT order_id ${rows("")} LIMIT ?)`).raw();
  const next = sqlite.prepare(`SELECT ${idListSql("order_id")} FROM (SELECT order_id ${rows("AND (ordered_at, order_id) > (?, ?)")} LIMIT ?)`).raw();
  const lastOf = (after: string) => sqlite.prepare(`SELECT ordered_at, order_id ${rows(after)} LIMIT 1 OFFSET ?`).raw();
  const firstLast = lastOf("");
  const nextLast = lastOf("AND (ordered_at, order_id) > (?, ?)");
  return (sliceId) => {
    const parts: [string | null, number][] = [];
    let key: [number, number] | null = null;
    for (;;) {
      const [text, count] = (key ? next.get(sliceId, ...key, startMs, endMs, chunk) : first.get(sliceId, startMs, endMs, chunk)) as [string | null, number];
      parts.push([text, count]);
      if (count < chunk) break;
      key = (key ? nextLast.get(sliceId, ...key, startMs, endMs, chunk - 1) : firstLast.get(sliceId, startMs, endMs, chunk - 1)) as [number, number];
    }
    const ids = new Int32Array(parts.reduce((n, [, count]) => n + count, 0));
    let at = 0;
    for (const [text, count] of parts) {
      parseIdList(text, count, ids, at);
      at += count;
    }
    return ids;
  };
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
