import type Database from "better-sqlite3";
import { BASKET_CHUNK_ORDERS as N } from "../../schema";
import { purchaseLineReader } from "./read-purchase-lines";
import { blobOf as bytes } from "../../sqlite/typed-blobs";
import { ensureWorkspaceState } from "../derived/workspace-state";

/**
 * Rebuilds a workspace's basket_chunks (db/schema/facts.ts) after its order_facts changed: every chunk
 * (`all`, or when they were never complete), or only the chunks holding an order of a customer in
 * temp.scope_customers, which are all the orders an import can have added, changed or recounted, and
 * `before`: the chunks that held their orders before a change that removed some (scopeChunks, taken
 * then). Runs in the caller's transaction.
 */
export function refreshBasketChunks(sqlite: Database.Database, workspaceId: number, scope: "all" | "scope", before: number[] = []): void {
  // Product ids are stored as 32-bit integers: beyond that, baskets are read from the lines.
  if ((sqlite.prepare("SELECT coalesce(max(id), 0) FROM products").pluck().get() as number) > 0x7fffffff) {
    sqlite.prepare("DELETE FROM basket_chunks WHERE workspace_id = ?").run(workspaceId);
    setBasketsKept(sqlite, workspaceId, false);
    return;
  }
  const kept = sqlite.prepare("SELECT baskets_kept FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId) === 1;
  const partial = scope === "scope" && kept;
  // Through orders_customer_idx or orders_date_idx, both covering the id.
  const chunks = partial
    ? [...new Set([...before, ...scopeChunks(sqlite, workspaceId)])].sort((a, b) => a - b)
    : (sqlite.prepare(`SELECT DISTINCT id / ${N} FROM orders WHERE workspace_id = ? ORDER BY 1`).pluck().all(workspaceId) as number[]);
  if (partial) {
    const drop = sqlite.prepare("DELETE FROM basket_chunks WHERE workspace_id = ? AND chunk = ?");
    for (const c of chunks) drop.run(workspaceId, c);
  } else {
    sqlite.prepare("DELETE FROM basket_chunks WHERE workspace_id = ?").run(workspaceId);
  }
  const read = purchaseLineReader(sqlite, workspaceId);
  // By rowid range: through order_facts_kpi_idx SQLite would read every counted order of the workspace per chunk.
  const times = sqlite.prepare("SELECT order_id, ordered_at FROM order_facts WHERE +workspace_id = ? AND +counted AND order_id >= ? AND order_id < ?").raw();
  const insert = sqlite.prepare("INSERT INTO basket_chunks (workspace_id, chunk, orders, ordered_at, offsets, items) VALUES (?, ?, ?, ?, ?, ?)");
  const at = new Float64Array(N);
  for (const c of chunks) {
    const lo = c * N;
    for (const [id, t] of times.all(workspaceId, lo, lo + N) as [number, number][]) at[id - lo] = t;
    const orderedAt: number[] = [];
    const offsets: number[] = [0];
    const items: number[] = [];
    let current = -1;
    let start = 0; // where the current order's products begin
    read(lo, lo + N, (order, product) => {
      if (order !== current) {
        if (current !== -1) offsets.push(items.length);
        start = items.length;
        current = order;
        orderedAt.push(at[order - lo]);
      }
      for (let i = start; i < items.length; i++) if (items[i] === product) return;
      items.push(product);
    });
    if (current === -1) continue;
    offsets.push(items.length);
    insert.run(workspaceId, c, orderedAt.length, bytes(Float64Array.from(orderedAt)), bytes(Int32Array.from(offsets)), bytes(Int32Array.from(items)));
  }
  setBasketsKept(sqlite, workspaceId, true);
}

function setBasketsKept(sqlite: Database.Database, workspaceId: number, kept: boolean): void {
  ensureWorkspaceState(sqlite, workspaceId);
  sqlite.prepare("UPDATE workspace_state SET baskets_kept = ? WHERE workspace_id = ?").run(kept ? 1 : 0, workspaceId);
}

/** The basket chunks holding an order of a customer in temp.scope_customers. */
export function scopeChunks(sqlite: Database.Database, workspaceId: number): number[] {
  return sqlite
    .prepare(`SELECT DISTINCT id / ${N} FROM orders WHERE workspace_id = ? AND customer_id IN (SELECT id FROM temp.scope_customers) ORDER BY 1`)
    .pluck()
    .all(workspaceId) as number[];
}
