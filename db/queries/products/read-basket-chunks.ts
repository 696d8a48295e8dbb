import type Database from "better-sqlite3";
import type { BasketSet } from "@/lib/basket/pack-baskets";
import type { BasketPeriod } from "./read-purchase-lines";
import { typedView as view } from "../../sqlite/typed-blobs";

/** The product baskets kept in basket_chunks (db/schema/facts.ts), of the orders in the period (all
 * without one), with products numbered in order of first appearance: exactly what reading the order
 * lines gives. `keys` are the product ids behind the numbers. */
export function readBasketChunks(sqlite: Database.Database, workspaceId: number, period?: BasketPeriod): { baskets: BasketSet; keys: number[] } {
  const chunks = sqlite
    .prepare("SELECT orders, ordered_at, offsets, items FROM basket_chunks WHERE workspace_id = ? ORDER BY chunk")
    .raw()
    .all(workspaceId) as [number, Buffer, Buffer, Buffer][];
  let orders = 0;
  let lines = 0;
  for (const [n, , , it] of chunks) {
    orders += n;
    lines += it.byteLength / 4;
  }
  const items = new Int32Array(lines);
  const offsets = new Int32Array(orders + 1);
  const ids = new Map<number, number>();
  const keys: number[] = [];
  let used = 0;
  let count = 0;
  const [from, to] = period ? [period.startMs, period.endMs] : [-Infinity, Infinity];
  for (const [n, atBytes, offBytes, itBytes] of chunks) {
    const at = view(atBytes, Float64Array);
    const off = view(offBytes, Int32Array);
    const it = view(itBytes, Int32Array);
    for (let b = 0; b < n; b++) {
      if (!(at[b] >= from && at[b] < to)) continue;
      for (let i = off[b]; i < off[b + 1]; i++) {
        let id = ids.get(it[i]);
        if (id === undefined) {
          id = keys.push(it[i]) - 1;
          ids.set(it[i], id);
        }
        items[used++] = id;
      }
      offsets[++count] = used;
    }
  }
  return { baskets: { items: items.subarray(0, used), offsets: offsets.subarray(0, count + 1) }, keys };
}
