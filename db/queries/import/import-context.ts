import type Database from "better-sqlite3";
import type { RowRejection } from "@/lib/import";
import { customerKeyOf } from "./customer-key";

export type Entity = "customer" | "product" | "order" | "campaign" | "offer" | "feedback";
export type Counts = { rowsRead: number; inserted: number; updated: number; unchanged: number; rejected: number };

export const MAX_KEPT_REJECTIONS = 10_000;

/** Shared state of one import: the connection (inside its transaction), caches of keys to row
 * ids, counters, the rejections, and the change log that makes undo possible. */
export class ImportContext {
  readonly counts: Counts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  readonly rejections: RowRejection[] = [];
  /** Customers whose order history changed: their order_facts are refreshed at the end. */
  readonly touchedCustomers = new Set<number>();
  productsChanged = false;
  private customers: Map<string, number> | null = null;
  private readonly logChange: Database.Statement;
  private readonly insertCustomer: Database.Statement;

  constructor(
    readonly sqlite: Database.Database,
    readonly ws: number,
    readonly importId: number,
    readonly salt: string,
  ) {
    this.logChange = sqlite.prepare(
      "INSERT INTO import_changes (workspace_id, import_id, entity, row_id, action, previous) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertCustomer = sqlite.prepare("INSERT INTO customers (workspace_id, customer_key, import_id) VALUES (?, ?, ?)");
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per import. */
  stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.sqlite.prepare(sql)));
    return st;
  }

  reject(r: RowRejection): void {
    this.counts.rejected++;
    if (this.rejections.length < MAX_KEPT_REJECTIONS) this.rejections.push(r);
  }

  logInsert(entity: Entity, rowId: number): void {
    this.logChange.run(this.ws, this.importId, entity, rowId, "insert", null);
  }

  logUpdate(entity: Entity, rowId: number, previous: unknown): void {
    this.logChange.run(this.ws, this.importId, entity, rowId, "update", JSON.stringify(previous));
  }

  private customerMap(): Map<string, number> {
    if (!this.customers) {
      const rows = this.sqlite.prepare("SELECT customer_key, id FROM customers WHERE workspace_id = ?").raw().all(this.ws) as [string, number][];
      this.customers = new Map(rows);
    }
    return this.customers;
  }

  customerKey(ref: Parameters<typeof customerKeyOf>[0]): string | null {
    return customerKeyOf(ref, this.salt);
  }

  /** The id of an existing customer, or undefined. */
  findCustomer(key: string): number | undefined {
    return this.customerMap().get(key);
  }

  /** A row that names an unknown customer creates it from what the row says (here: its key). */
  customerId(key: string): number {
    const map = this.customerMap();
    let id = map.get(key);
    if (id === undefined) {
      // Not logged: undo finds the customers an import added by their import_id.
      id = Number(this.insertCustomer.run(this.ws, key, this.importId).lastInsertRowid);
      map.set(key, id);
    }
    return id;
  }

  rememberCustomer(key: string, id: number): void {
    this.customerMap().set(key, id);
  }
}
