import type Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { IdBitSet } from "@/lib/id-bit-set";
import { RejectionGroups, type RowRejection } from "@/lib/import";
import { customerKeyOf } from "./customer-key";

export type Entity = "customer" | "product" | "order" | "campaign" | "offer" | "feedback";
export type Counts = {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Orders the file holds with no customer id, e-mail or phone: guest checkouts. */
  guestOrders: number;
};

export const MAX_KEPT_REJECTIONS = 10_000;

// Customer keys resolved recently: lines of an order, and customers who come back soon, skip the index
// lookup. Bounded, so an import's memory does not grow with its customers, as a Map of every key's would;
// small, since the keys it holds (and their churn) raised the import's peak memory and a bigger cache
// made it no faster (docs/benchmarks.md).
const CUSTOMER_CACHE_ENTRIES = 10_000;

/** Shared state of one import: the connection (inside its transaction), caches of keys to row
 * ids, counters, the rejections, and the change log that makes undo possible. */
export class ImportContext {
  readonly counts: Counts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, guestOrders: 0 };
  readonly rejections: RowRejection[] = [];
  /** Every rejection counted by reason, also past the first MAX_KEPT_REJECTIONS kept. */
  readonly rejectionGroups = new RejectionGroups();
  /** Customers whose order history changed: their order_facts are refreshed at the end. */
  readonly touchedCustomers = new IdBitSet();
  productsChanged = false;
  private readonly customers: LRUCache<string, number>;
  private readonly logChange: Database.Statement;
  private readonly insertCustomer: Database.Statement;
  private readonly selectCustomer: Database.Statement;

  constructor(
    readonly sqlite: Database.Database,
    readonly workspaceId: number,
    readonly importId: number,
    readonly salt: string,
    customerCacheEntries = CUSTOMER_CACHE_ENTRIES,
  ) {
    this.customers = new LRUCache<string, number>({ max: customerCacheEntries });
    this.logChange = sqlite.prepare("INSERT INTO import_changes (workspace_id, import_id, entity, row_id, action, previous) VALUES (?, ?, ?, ?, ?, ?)");
    this.insertCustomer = sqlite.prepare("INSERT INTO customers (workspace_id, customer_key, guest, import_id) VALUES (?, ?, ?, ?)");
    this.selectCustomer = sqlite.prepare("SELECT id FROM customers WHERE workspace_id = ? AND customer_key = ?").pluck();
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
    this.rejectionGroups.add(r);
    if (this.rejections.length < MAX_KEPT_REJECTIONS) this.rejections.push(r);
  }

  logInsert(entity: Entity, rowId: number): void {
    this.logChange.run(this.workspaceId, this.importId, entity, rowId, "insert", null);
  }

  logUpdate(entity: Entity, rowId: number, previous: unknown): void {
    this.logChange.run(this.workspaceId, this.importId, entity, rowId, "update", JSON.stringify(previous));
  }

  customerKey(ref: Parameters<typeof customerKeyOf>[0]): string | null {
    return customerKeyOf(ref, this.salt);
  }

  /** The id of an existing customer, or undefined. */
  findCustomer(key: string): number | undefined {
    let id = this.customers.get(key);
    if (id === undefined) {
      id = this.selectCustomer.get(this.workspaceId, key) as number | undefined;
      if (id !== undefined) this.customers.set(key, id);
    }
    return id;
  }

  /** A row that names an unknown customer creates it from what the row says (here: its key). A guest
   * checkout gets a customer of its own, marked as a guest (guestKey), that no customer-level KPI counts. */
  customerId(key: string, guest = false): number {
    let id = this.findCustomer(key);
    if (id === undefined) {
      // Not logged: undo finds the customers an import added by their import_id.
      id = Number(this.insertCustomer.run(this.workspaceId, key, Number(guest), this.importId).lastInsertRowid);
      this.customers.set(key, id);
    }
    return id;
  }

  rememberCustomer(key: string, id: number): void {
    this.customers.set(key, id);
  }
}
