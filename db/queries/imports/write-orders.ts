import type Database from "better-sqlite3";
import type { OrderLineRecord } from "@/lib/import";
import type { ImportContext } from "./import-context";
import { DeferredIndexes } from "../../sqlite/deferred-indexes";
import { guestKey } from "./customer-key";
import { IdBitSet } from "@/lib/id-bit-set";

type OrderRow = {
  id: number;
  customer_id: number;
  ordered_at: number;
  status: string | null;
  channel: string | null;
  currency: string | null;
  import_id: number | null;
};
type LineRow = {
  line_no: number;
  product_id: number;
  category: string | null;
  quantity: number;
  unit_price: number;
  discount: number;
  import_id: number | null;
};
/** What an order says, besides its key: compared to tell a changed order from an unchanged one. */
type OrderFields = Omit<OrderRow, "id" | "import_id">;
type Updated = { previous: { order: OrderRow; lines: LineRow[] }; lines: number };
/** A stored order the file names, held until its lines are all read: written only if they differ. */
type Held = { existing: OrderRow; customerId: number; row: OrderLineRecord; lines: (string | number | null)[] };
type Current = { key: string; id: number; updated: Updated | null; held: Held | null };
/** A customer's address on one of their orders, and that order's date. */
type Location = { at: number; city: string | null; region: string | null; country: string | null };

// Secondary indexes the writer never reads while it writes (lookups go by orders_key_uq and, for orders
// the file replaces, order_lines_order_idx); orders_customer_idx is rebuilt before the classification
// reads customers' histories through it.
const DEFERRABLE = [
  "orders_customer_idx",
  "orders_date_idx",
  "orders_customer_fk_idx",
  "orders_import_idx",
  "order_lines_product_idx",
  "order_lines_import_idx",
];

// Lines are written LINES_PER_INSERT to a statement: one multi-row INSERT costs far less than as many single ones.
const LINES_PER_INSERT = 64;
const LINE_COLUMNS = 9;

/** Order lines: an order that appears in this file replaces that order's stored lines (so a
 * re-import or an overlapping export adds nothing twice); unknown customers and products are
 * created from what the row says. Counts are per line: new, updated, or unchanged.
 * A stored order is compared with the file's once its lines are read, and left as it is when they are
 * the same: re-importing an export rewrites, logs and reclassifies only what changed.
 * Memory stays flat: only orders that changed are remembered (for undo and the counts), and those left
 * unchanged by one bit; an order this import wrote is recognised by its import_id when its key comes back.
 * A file with addresses also holds each of its customers' latest one until the end (placeCustomers). */
export class OrdersWriter {
  private readonly updated = new Map<number, Updated>();
  private readonly unchanged = new IdBitSet();
  /** Each customer's address on their latest order in this file that gives one (placeCustomers). */
  private readonly located = new Map<number, Location>();
  private readonly products: Map<string, number>;
  private readonly s: Record<string, Database.Statement>;
  private current: Current | null = null;
  private readonly pending: (string | number | null)[] = [];
  private readonly indexes: DeferredIndexes;
  private linesWritten = 0;

  constructor(private readonly ctx: ImportContext) {
    const q = (sql: string) => ctx.sqlite.prepare(sql);
    const linesBefore = q("SELECT coalesce(max(id), 0) FROM order_lines").pluck().get() as number;
    this.indexes = new DeferredIndexes(ctx.sqlite, DEFERRABLE, linesBefore);
    this.products = new Map(q("SELECT sku, id FROM products WHERE workspace_id = ?").raw().all(ctx.workspaceId) as [string, number][]);
    const row = `(${Array(LINE_COLUMNS).fill("?").join(", ")})`;
    const insertLines = "INSERT INTO order_lines (workspace_id, order_id, line_no, product_id, category, quantity, unit_price, discount, import_id) VALUES ";
    this.s = {
      findOrder: q("SELECT id, customer_id, ordered_at, status, channel, currency, import_id FROM orders WHERE workspace_id = ? AND order_key = ?"),
      orderById: q("SELECT customer_id, ordered_at, status, channel, currency FROM orders WHERE id = ?"),
      lines: q("SELECT line_no, product_id, category, quantity, unit_price, discount, import_id FROM order_lines WHERE order_id = ? ORDER BY line_no, id"),
      deleteLines: q("DELETE FROM order_lines WHERE order_id = ?"),
      insertOrder: q(
        "INSERT INTO orders (workspace_id, order_key, customer_id, ordered_at, status, channel, currency, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      updateOrder: q("UPDATE orders SET customer_id = ?, ordered_at = ?, status = ?, channel = ?, currency = ?, import_id = ? WHERE id = ?"),
      insertLine: q(insertLines + row),
      insertLines: q(insertLines + Array(LINES_PER_INSERT).fill(row).join(", ")),
      insertProduct: q("INSERT INTO products (workspace_id, sku, name, category, family, price, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      familyHasEarlierProducts: q("SELECT 1 FROM products WHERE workspace_id = ? AND family = ? AND import_id IS NOT ? LIMIT 1"),
    };
  }

  write(records: OrderLineRecord[]): void {
    const { ctx } = this;
    for (const r of records) {
      // An order's customer is its first line's (as the grouper carries order-level columns).
      if (this.current?.key !== r.orderId) {
        this.settleHeld();
        const key = ctx.customerKey(r);
        const customerId = key ? ctx.customerId(key) : ctx.customerId(guestKey(r.orderId, ctx.salt), true);
        this.current = this.openOrder(r, customerId, key === null);
        if (key !== null && (r.city ?? r.region ?? r.country ?? null) !== null) {
          const seen = this.located.get(customerId);
          if (!seen || r.orderedAt >= seen.at)
            this.located.set(customerId, { at: r.orderedAt, city: r.city ?? null, region: r.region ?? null, country: r.country ?? null });
        }
      }
      const line = [ctx.workspaceId, this.current.id, r.lineNo, this.productId(r), r.category, r.quantity, r.unitPrice, r.discount, ctx.importId];
      if (this.current.held) {
        this.current.held.lines.push(...line);
        continue;
      }
      this.addLine(line);
    }
    this.flush(); // so a later lookup of these orders' lines sees them
    this.indexes.check(this.linesWritten);
  }

  private addLine(line: (string | number | null)[]): void {
    this.pending.push(...line);
    if (this.pending.length === LINES_PER_INSERT * LINE_COLUMNS) this.flush();
    if (this.current!.updated) this.current!.updated.lines++;
    else this.ctx.counts.inserted++;
    this.linesWritten++;
  }

  /** The order a line belongs to: new, written earlier in this file (its lines were not contiguous),
   * or stored before: held until its lines are read (settleHeld). */
  private openOrder(r: OrderLineRecord, customerId: number, guest: boolean): Current {
    const { ctx, s } = this;
    const existing = s.findOrder.get(ctx.workspaceId, r.orderId) as OrderRow | undefined;
    if (guest && existing?.import_id !== ctx.importId) ctx.counts.guestOrders++;
    if (!existing) {
      ctx.touchedCustomers.add(customerId);
      // Not logged: undo finds the orders an import added by their import_id.
      const id = Number(s.insertOrder.run(ctx.workspaceId, r.orderId, customerId, r.orderedAt, r.status, r.channel, r.currency, ctx.importId).lastInsertRowid);
      return { key: r.orderId, id, updated: null, held: null };
    }
    if (existing.import_id === ctx.importId) return { key: r.orderId, id: existing.id, updated: this.updated.get(existing.id) ?? null, held: null };
    if (this.unchanged.has(existing.id)) {
      // More lines of an order found unchanged above (its lines are not contiguous): its stored lines
      // were that first part, and stay; it now changes, and these lines are added to them.
      const updated = this.replace(r, customerId, existing, false);
      // Its first part was counted unchanged: those lines (the stored ones) are counted with the order now.
      updated.lines = updated.previous.lines.length;
      ctx.counts.unchanged -= updated.lines;
      return { key: r.orderId, id: existing.id, updated, held: null };
    }
    return { key: r.orderId, id: existing.id, updated: null, held: { existing, customerId, row: r, lines: [] } };
  }

  /** The held order's lines are all read: the same as stored (its fields and lines), it is left as it
   * is; otherwise its stored lines are replaced by these. */
  private settleHeld(): void {
    const held = this.current?.held;
    if (!held) return;
    const { ctx, s } = this;
    this.current!.held = null;
    const { existing, row: r, customerId } = held;
    const stored = s.lines.all(existing.id) as LineRow[];
    const file: LineRow[] = [];
    for (let i = 0; i < held.lines.length; i += LINE_COLUMNS) {
      const [, , line_no, product_id, category, quantity, unit_price, discount] = held.lines.slice(i, i + LINE_COLUMNS) as LineTuple;
      file.push({ line_no, product_id, category, quantity, unit_price, discount, import_id: null });
    }
    const fields = { customer_id: customerId, ordered_at: r.orderedAt, status: r.status, channel: r.channel, currency: r.currency };
    if (sameOrder(existing, stored, fields, file)) {
      this.unchanged.add(existing.id);
      ctx.counts.unchanged += file.length;
      return;
    }
    this.current!.updated = this.replace(r, customerId, existing, true, stored);
    for (let i = 0; i < held.lines.length; i += LINE_COLUMNS) this.addLine(held.lines.slice(i, i + LINE_COLUMNS));
  }

  /** A stored order this file changes: its fields written, its stored lines deleted (`dropLines`) or
   * kept (the first part of its lines, found unchanged above), remembered for undo and the counts. */
  private replace(r: OrderLineRecord, customerId: number, existing: OrderRow, dropLines: boolean, stored?: LineRow[]): Updated {
    const { ctx, s } = this;
    this.flush();
    const lines = stored ?? (s.lines.all(existing.id) as LineRow[]);
    if (dropLines) s.deleteLines.run(existing.id);
    s.updateOrder.run(customerId, r.orderedAt, r.status, r.channel, r.currency, ctx.importId, existing.id);
    ctx.touchedCustomers.add(customerId);
    ctx.touchedCustomers.add(existing.customer_id);
    const updated: Updated = { previous: { order: existing, lines }, lines: 0 };
    this.updated.set(existing.id, updated);
    return updated;
  }

  private flush(): void {
    const p = this.pending;
    if (p.length === LINES_PER_INSERT * LINE_COLUMNS) this.s.insertLines.run(p);
    else for (let i = 0; i < p.length; i += LINE_COLUMNS) this.s.insertLine.run(p.slice(i, i + LINE_COLUMNS));
    p.length = 0;
  }

  private productId(r: OrderLineRecord): number {
    let id = this.products.get(r.sku);
    if (id === undefined) {
      id = Number(
        this.s.insertProduct.run(this.ctx.workspaceId, r.sku, r.productName, r.category, r.productFamily ?? null, r.productPrice ?? null, this.ctx.importId)
          .lastInsertRowid,
      );
      this.products.set(r.sku, id);
      // A priced newcomer to a family that products of earlier imports belong to can change that
      // family's tiers, and so the upsells of customers this import does not touch: refresh them all.
      // (A family new in this import is bought only by customers it touches.)
      if (!this.ctx.productsChanged && r.productFamily !== undefined && r.productPrice !== undefined) {
        this.ctx.productsChanged = this.s.familyHasEarlierProducts.get(this.ctx.workspaceId, r.productFamily, this.ctx.importId) !== undefined;
      }
      this.ctx.logInsert("product", id);
    }
    return id;
  }

  /** Counts the replaced orders as updated or unchanged now that all their lines are in, and logs what undo needs. */
  finish(): void {
    const { ctx, s } = this;
    this.settleHeld();
    this.flush();
    for (const [id, order] of this.updated) {
      const was = order.previous;
      if (sameOrder(was.order, was.lines, s.orderById.get(id) as OrderFields, s.lines.all(id) as LineRow[])) ctx.counts.unchanged += order.lines;
      else ctx.counts.updated += order.lines;
      ctx.logUpdate("order", id, was);
    }
    this.placeCustomers();
    this.indexes.restore();
  }

  /**
   * A customer takes city, region and country from their latest order that gives an address (an export
   * of orders is often all a shop has: without this, segments by region or country hold one "(unknown)"
   * row). A customers file's address is never overruled: it leaves located_at NULL. An address an order
   * of an earlier import gave is replaced only by a later order's. Logged for undo, except on the
   * customers this import adds (undo removes them).
   */
  private placeCustomers(): void {
    if (this.located.size === 0) return;
    const { ctx } = this;
    const read = ctx.sqlite.prepare("SELECT * FROM customers WHERE id = ?");
    const place = ctx.sqlite.prepare("UPDATE customers SET city = ?, region = ?, country = ?, located_at = ? WHERE id = ?");
    for (const [id, l] of this.located) {
      const c = read.get(id) as { city: string | null; region: string | null; country: string | null; located_at: number | null; import_id: number | null };
      const byCustomersFile = c.located_at === null && (c.city ?? c.region ?? c.country) !== null;
      if (byCustomersFile || (c.located_at !== null && c.located_at > l.at)) continue;
      if (c.city === l.city && c.region === l.region && c.country === l.country && c.located_at === l.at) continue;
      if (c.import_id !== ctx.importId) ctx.logUpdate("customer", id, c);
      place.run(l.city, l.region, l.country, l.at, id);
    }
  }
}

/** A line as the writer binds it: workspace, order, line_no, product, category, quantity, unit price, discount, import. */
type LineTuple = [number, number, number, number, string | null, number, number, number, number];

function sameOrder(a: OrderFields, aLines: LineRow[], b: OrderFields, bLines: LineRow[]): boolean {
  return (
    a.customer_id === b.customer_id &&
    a.ordered_at === b.ordered_at &&
    a.status === b.status &&
    a.channel === b.channel &&
    a.currency === b.currency &&
    sameLines(aLines, bLines)
  );
}

function sameLines(a: LineRow[], b: LineRow[]): boolean {
  const norm = (l: LineRow) => `${l.line_no}|${l.product_id}|${l.category}|${l.quantity}|${l.unit_price}|${l.discount}`;
  const x = a.map(norm).sort();
  const y = b.map(norm).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
