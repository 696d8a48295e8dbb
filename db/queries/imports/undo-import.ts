import type { Db } from "../../client";
import { AppFailure } from "@/lib/result";
import type { Entity } from "./import-context";
import { ensureWorkspaceState } from "../derived/workspace-state";
import type Database from "better-sqlite3";
import { refreshDerivedData, type DataChange } from "../derived/refresh-derived-data";
import { bulkDelete } from "../../sqlite/bulk-delete";

const TABLE: Record<Entity, string> = {
  customer: "customers",
  product: "products",
  order: "orders",
  campaign: "campaigns",
  offer: "offers",
  feedback: "feedback",
};

type Change = { entity: Entity; row_id: number; action: "insert" | "update"; previous: string | null };
type Row = Record<string, string | number | null>;
type Customers = Extract<DataChange, { customers: unknown }>["customers"];
type Previous = Row & { lines?: Row[]; order?: Row; attributes?: { key: string; value: string }[] };

/** Undoes a committed import in one transaction: rows it added are removed, rows it changed get
 * their previous values back. Imports are undone newest first. */
export function undoImport(db: Db, workspaceId: number, importId: number): { removed: number; restored: number } {
  const sqlite = db.$client;
  // The write lock first, so that the job worker waits for a running import (a transaction that has
  // read before it writes is refused at once while another connection writes): a first write to the
  // workspace's data file, where BEGIN IMMEDIATE would hold the main file too (beginDataWrite).
  return sqlite.transaction(() => {
    ensureWorkspaceState(sqlite, workspaceId);
    const imp = sqlite.prepare("SELECT status, kind FROM imports WHERE id = ? AND workspace_id = ?").get(importId, workspaceId) as
      { status: string; kind: string } | undefined;
    if (!imp) throw new AppFailure("not_found", `No import #${importId} in this workspace.`);
    if (imp.kind === "demo") throw new AppFailure("invalid_input", "Demo data is not undone import by import: reset or delete the data in Settings.");
    if (imp.status !== "committed") throw new AppFailure("conflict", `Import #${importId} was already undone.`);
    // Newest first: a later import may hang rows on what this one added (orders on its customers).
    const later = sqlite
      .prepare("SELECT min(id) FROM imports WHERE workspace_id = ? AND id > ? AND status = 'committed' AND kind <> 'demo'")
      .pluck()
      .get(workspaceId, importId) as number | null;
    if (later !== null) throw new AppFailure("conflict", `Import #${later} came later: imports are undone newest first, so undo #${later} first.`);

    const changes = sqlite
      .prepare("SELECT entity, row_id, action, previous FROM import_changes WHERE import_id = ? ORDER BY id DESC")
      .all(importId) as Change[];
    const updates = changes.filter((c) => c.action === "update").map((c) => ({ ...c, row: JSON.parse(c.previous ?? "null") as Previous }));
    const byImport = ["orders", "customers"];
    const logged = changes.filter((c) => c.action === "insert" && !byImport.includes(TABLE[c.entity]));
    let removed = 0;
    let applied = false;
    const apply = () => {
      applied = true;
      // Rows it changed first: they get their previous values (and import_id) back.
      for (const c of updates) {
        if (c.entity === "order") restoreOrder(db, workspaceId, c.row.order!, c.row.lines!);
        else if (c.row.attributesOnly) restoreAttributes(db, workspaceId, c.row_id, c.row.attributes!);
        else restoreRow(db, TABLE[c.entity], c.row);
      }
      // Orders and customers it added are not logged one by one (hundreds of thousands in a large
      // file): after the restores, the rows still carrying this import's id are exactly those it
      // added, as later imports are undone first.
      // Everything is counted before anything is deleted: a customer's cascade also takes offers and
      // feedback that are logged on their own.
      for (const table of byImport) {
        removed += sqlite.prepare(`SELECT count(*) FROM ${table} WHERE workspace_id = ? AND import_id = ?`).pluck().get(workspaceId, importId) as number;
      }
      for (const c of logged) {
        removed += sqlite.prepare(`SELECT count(*) FROM ${TABLE[c.entity]} WHERE id = ? AND workspace_id = ?`).pluck().get(c.row_id, workspaceId) as number;
      }
      // An order's lines are deleted before it, set by set: a large import's rows are most of their
      // tables, and bulkDelete then builds the indexes again rather than deleting from them row by row.
      // (Their facts are gone already: the refresh took out those of every customer in scope.)
      bulkDelete(sqlite, "order_lines", "order_id IN (SELECT id FROM orders WHERE workspace_id = ? AND import_id = ?)", [workspaceId, importId]);
      for (const table of byImport) bulkDelete(sqlite, table, "workspace_id = ? AND import_id = ?", [workspaceId, importId]);
      // Customers and orders logged by older versions are gone with the rows above.
      for (const c of logged) sqlite.prepare(`DELETE FROM ${TABLE[c.entity]} WHERE id = ? AND workspace_id = ?`).run(c.row_id, workspaceId);
      sqlite.prepare("UPDATE imports SET status = 'undone' WHERE id = ?").run(importId);
    };
    // The derived data of the customers whose orders or rows it added or changed, taken out before the
    // rows change (apply) and made again after: an import into a large workspace is undone in the time
    // its own customers take. Products it added or changed recount every customer's orders.
    refreshDerivedData(db, workspaceId, { customers: customersToRefresh(sqlite, workspaceId, importId) }, { apply });
    if (!applied) throw new Error("undoImport: the refresh did not apply the undo");
    const restored = updates.length;
    return { removed, restored };
  })();
}

function restoreRow(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row).filter((k) => k !== "id");
  db.$client.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`).run(...cols.map((c) => row[c]), row.id);
}

function restoreOrder(db: Db, workspaceId: number, order: Row, lines: Row[]): void {
  restoreRow(db, "orders", order);
  db.$client.prepare("DELETE FROM order_lines WHERE order_id = ?").run(order.id);
  const insert = db.$client.prepare(
    "INSERT INTO order_lines (workspace_id, order_id, line_no, product_id, category, quantity, unit_price, discount, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const l of lines) insert.run(workspaceId, order.id, l.line_no, l.product_id, l.category, l.quantity, l.unit_price, l.discount, l.import_id);
}

function restoreAttributes(db: Db, workspaceId: number, customerId: number, attributes: { key: string; value: string }[]): void {
  db.$client.prepare("DELETE FROM customer_attributes WHERE customer_id = ?").run(customerId);
  const insert = db.$client.prepare("INSERT INTO customer_attributes (workspace_id, customer_id, key, value) VALUES (?, ?, ?, ?)");
  for (const a of attributes) insert.run(workspaceId, customerId, a.key, a.value);
}

/**
 * The customers whose derived data undoing the import changes: those of the orders it added or changed
 * (which carry its id until they are restored), an order's customer before the change, and the
 * customers it added or changed. "all" when it changed products that orders of other imports may buy
 * (as the import itself decided: a products file, or a priced newcomer to a family with earlier
 * products, whose tiers it shifts), or when they are most of the workspace's customers (one pass over
 * all of them is then cheaper). Products an orders file added for its own SKUs classify only its orders.
 */
export function customersToRefresh(sqlite: Database.Database, workspaceId: number, importId: number): Customers {
  const productsChanged = sqlite
    .prepare(
      `SELECT 1 FROM import_changes c JOIN imports i ON i.id = c.import_id JOIN products p ON p.id = c.row_id
       WHERE c.import_id = ? AND c.entity = 'product'
         AND (i.kind = 'products' OR c.action = 'update'
              OR (p.family IS NOT NULL AND p.price IS NOT NULL
                  AND EXISTS (SELECT 1 FROM products q WHERE q.workspace_id = p.workspace_id AND q.family = p.family AND q.import_id IS NOT c.import_id)))
       LIMIT 1`,
    )
    .get(importId);
  if (productsChanged) return "all";
  const ids = new Set(
    sqlite
      .prepare(
        `SELECT customer_id FROM orders WHERE workspace_id = ? AND import_id = ?
         UNION SELECT id FROM customers WHERE workspace_id = ? AND import_id = ?
         UNION SELECT row_id FROM import_changes WHERE import_id = ? AND entity = 'customer' AND action = 'update'
         UNION SELECT json_extract(previous, '$.order.customer_id') FROM import_changes WHERE import_id = ? AND entity = 'order' AND action = 'update'`,
      )
      .pluck()
      .all(workspaceId, importId, workspaceId, importId, importId, importId) as (number | null)[],
  );
  ids.delete(null);
  const all = sqlite.prepare("SELECT count(*) FROM customers WHERE workspace_id = ?").pluck().get(workspaceId) as number;
  return ids.size * 2 > all ? "all" : (ids as Set<number>);
}
