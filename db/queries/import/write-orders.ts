import type Database from "better-sqlite3";
import type { OrderLineRecord } from "@/lib/import";
import type { ImportContext } from "./import-context";

type OrderRow = { id: number; customer_id: number; ordered_at: number; status: string | null; channel: string | null; currency: string | null; import_id: number | null };
type LineRow = { line_no: number; product_id: number; category: string | null; quantity: number; unit_price: number; discount: number; import_id: number | null };
type Seen = { id: number; previous: { order: OrderRow; lines: LineRow[] } | null; lines: number };

/** Order lines: an order that appears in this file replaces that order's stored lines (so a
 * re-import or an overlapping export adds nothing twice); unknown customers and products are
 * created from what the row says. Counts are per line: new, updated, or unchanged. */
export class OrdersWriter {
  private readonly seen = new Map<string, Seen>();
  private readonly products: Map<string, number>;
  private readonly s: Record<string, Database.Statement>;

  constructor(private readonly ctx: ImportContext) {
    const q = (sql: string) => ctx.sqlite.prepare(sql);
    this.products = new Map(q("SELECT sku, id FROM products WHERE workspace_id = ?").raw().all(ctx.ws) as [string, number][]);
    this.s = {
      findOrder: q("SELECT id, customer_id, ordered_at, status, channel, currency, import_id FROM orders WHERE workspace_id = ? AND order_key = ?"),
      orderById: q("SELECT customer_id, ordered_at, status, channel, currency FROM orders WHERE id = ?"),
      lines: q("SELECT line_no, product_id, category, quantity, unit_price, discount, import_id FROM order_lines WHERE order_id = ? ORDER BY line_no, id"),
      deleteLines: q("DELETE FROM order_lines WHERE order_id = ?"),
      insertOrder: q("INSERT INTO orders (workspace_id, order_key, customer_id, ordered_at, status, channel, currency, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      updateOrder: q("UPDATE orders SET customer_id = ?, ordered_at = ?, status = ?, channel = ?, currency = ?, import_id = ? WHERE id = ?"),
      insertLine: q("INSERT INTO order_lines (workspace_id, order_id, line_no, product_id, category, quantity, unit_price, discount, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insertProduct: q("INSERT INTO products (workspace_id, sku, name, category, import_id) VALUES (?, ?, ?, ?, ?)"),
    };
  }

  write(records: OrderLineRecord[]): void {
    const { ctx, s } = this;
    for (const r of records) {
      const key = ctx.customerKey(r);
      if (!key) {
        ctx.reject({ line: r.line, column: "customer_id", value: null, message: "No customer id or e-mail address: every order line needs one." });
        continue;
      }
      const customerId = ctx.customerId(key);
      let order = this.seen.get(r.orderId);
      if (!order) {
        const existing = s.findOrder.get(ctx.ws, r.orderId) as OrderRow | undefined;
        if (existing) {
          const lines = s.lines.all(existing.id) as LineRow[];
          s.deleteLines.run(existing.id);
          s.updateOrder.run(customerId, r.orderedAt, r.status, r.channel, r.currency, ctx.importId, existing.id);
          ctx.touchedCustomers.add(existing.customer_id);
          order = { id: existing.id, previous: { order: existing, lines }, lines: 0 };
        } else {
          const id = Number(s.insertOrder.run(ctx.ws, r.orderId, customerId, r.orderedAt, r.status, r.channel, r.currency, ctx.importId).lastInsertRowid);
          ctx.logInsert("order", id);
          order = { id, previous: null, lines: 0 };
        }
        this.seen.set(r.orderId, order);
        ctx.touchedCustomers.add(customerId);
      }
      s.insertLine.run(ctx.ws, order.id, r.lineNo, this.productId(r), r.category, r.quantity, r.unitPrice, r.discount, ctx.importId);
      order.lines++;
    }
  }

  private productId(r: OrderLineRecord): number {
    let id = this.products.get(r.sku);
    if (id === undefined) {
      id = Number(this.s.insertProduct.run(this.ctx.ws, r.sku, r.productName, r.category, this.ctx.importId).lastInsertRowid);
      this.products.set(r.sku, id);
      this.ctx.logInsert("product", id);
    }
    return id;
  }

  /** Classifies every order of the file now that all its lines are in, and logs what undo needs. */
  finish(): void {
    const { ctx, s } = this;
    for (const order of this.seen.values()) {
      if (!order.previous) {
        ctx.counts.inserted += order.lines;
        continue;
      }
      const now = s.lines.all(order.id) as LineRow[];
      const was = order.previous;
      const after = s.orderById.get(order.id) as Omit<OrderRow, "id" | "import_id">;
      const same =
        was.order.customer_id === after.customer_id &&
        was.order.ordered_at === after.ordered_at &&
        was.order.status === after.status &&
        was.order.channel === after.channel &&
        was.order.currency === after.currency &&
        sameLines(was.lines, now);
      if (same) ctx.counts.unchanged += order.lines;
      else ctx.counts.updated += order.lines;
      ctx.logUpdate("order", order.id, was);
    }
  }
}

function sameLines(a: LineRow[], b: LineRow[]): boolean {
  const norm = (l: LineRow) => `${l.line_no}|${l.product_id}|${l.category}|${l.quantity}|${l.unit_price}|${l.discount}`;
  const x = a.map(norm).sort();
  const y = b.map(norm).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
