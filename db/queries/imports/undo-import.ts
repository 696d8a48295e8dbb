import type { Db } from "../../client";
import { AppFailure } from "@/lib/result";
import type { Entity } from "./import-context";
import { refreshDerivedData } from "../derived/refresh-derived-data";

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

/** Undoes a committed import in one transaction: rows it added are removed, rows it changed get
 * their previous values back. Imports are undone newest first. */
export function undoImport(db: Db, workspaceId: number, importId: number): { removed: number; restored: number } {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
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
    let removed = 0;
    let restored = 0;
    // Rows it changed first: they get their previous values (and import_id) back.
    for (const c of changes) {
      if (c.action !== "update") continue;
      const previous = JSON.parse(c.previous ?? "null") as Row & { lines?: Row[]; order?: Row; attributes?: { key: string; value: string }[] };
      if (c.entity === "order") restoreOrder(db, workspaceId, previous.order!, previous.lines!);
      else if (previous.attributesOnly) restoreAttributes(db, workspaceId, c.row_id, previous.attributes!);
      else restoreRow(db, TABLE[c.entity], previous);
      restored++;
    }
    // Orders and customers it added are not logged one by one (hundreds of thousands in a large
    // file): after the restores, the rows still carrying this import's id are exactly those it
    // added, as later imports are undone first. Their lines and facts go with them (cascade).
    // Everything is counted before anything is deleted: a customer's cascade also takes offers
    // and feedback that are logged on their own.
    const byImport = ["orders", "customers"];
    for (const table of byImport) {
      removed += sqlite.prepare(`SELECT count(*) FROM ${table} WHERE workspace_id = ? AND import_id = ?`).pluck().get(workspaceId, importId) as number;
    }
    const logged = changes.filter((c) => c.action === "insert" && !byImport.includes(TABLE[c.entity]));
    for (const c of logged) {
      removed += sqlite.prepare(`SELECT count(*) FROM ${TABLE[c.entity]} WHERE id = ? AND workspace_id = ?`).pluck().get(c.row_id, workspaceId) as number;
    }
    for (const table of byImport) sqlite.prepare(`DELETE FROM ${table} WHERE workspace_id = ? AND import_id = ?`).run(workspaceId, importId);
    // Customers and orders logged by older versions are gone with the rows above.
    for (const c of logged) sqlite.prepare(`DELETE FROM ${TABLE[c.entity]} WHERE id = ? AND workspace_id = ?`).run(c.row_id, workspaceId);
    sqlite.prepare("UPDATE imports SET status = 'undone' WHERE id = ?").run(importId);
    refreshDerivedData(db, workspaceId, { customers: "all" });
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
