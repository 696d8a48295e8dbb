import type Database from "better-sqlite3";
import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import { classifyCustomerOrders, makeCatalog, type ClassifyOrder, type ClassifyProduct, type OrderFact, type ProductCatalog } from "@/lib/kpi/classify-orders";
import type { MonthTallies } from "@/lib/kpi/tally-months";
import { sliceCustomerOrders, sliceKey, type SliceDimension } from "@/lib/kpi/slice-orders";
import { orderMargin } from "@/lib/campaigns/order-margin";
import { GUEST_PREV, HOUR_MS, NO_PREV } from "../../schema";
import { DeferredIndexes } from "../../sqlite/deferred-indexes";
import { productFallbackCategory } from "./line-category-sql";
import type { Checkpoint } from "@/lib/cancel";

/** Orders counted by the hour of their prev_* instants: [active, cross, up, deep] per hour. */
export type PrevHourCounts = Map<number, [number, number, number, number]>;

// Customers are read this many at a time: the lines of a chunk are all that is held in memory. Small
// chunks die young in V8's heap (2,000 customers' rows were promoted and grew the heap).
const CUSTOMERS_PER_READ = 500;
// Rows of the sorted scope read at a time (about as many as CUSTOMERS_PER_READ customers have).
const ROWS_PER_READ = 2048;
// The scope is sorted at once when it holds at least this share of the workspace's customers.
const SORTED_SCOPE_SHARE = 4;
const SORTED_LINES_PER_PIECE = 1_000_000;
const FACTS_PER_INSERT = 64;
const FACT_COLUMNS = 17;
const SLICE_COLUMNS = 11;
const SLICES_PER_INSERT = 256;

const counted = `coalesce(lower(trim(o.status)), '') NOT IN (${UNCOUNTED_STATUSES.map((s) => `'${s}'`).join(",")})`;

/**
 * Writes order_facts for every order of the customers in temp.scope_customers (whose old facts are
 * already deleted): each customer's orders and lines are read in (ordered_at, order_key) order and
 * classified in one pass (lib/kpi/classify-orders.ts), and tallied into `tallies` when given. The rows
 * come in chunks (scopeChunks), not through SQL windows over every line (faster, with a far lower memory
 * peak): JavaScript holds one chunk at a time; `read` picks how they are read (for tests).
 */
export function classifyScope(
  sqlite: Database.Database,
  workspaceId: number,
  tallies?: MonthTallies,
  checkpoint: Checkpoint = () => {},
  read: ScopeRead = "auto",
): PrevHourCounts {
  const products = sqlite.prepare(PRODUCTS).raw().all(workspaceId) as [number, string | null, string, string | null, number | null, number | null][];
  const catalog = makeCatalog(
    products.map(([id, category, fallbackCategory, family, tier]): [number, ClassifyProduct] => [
      id,
      { category, fallbackCategory, family, tier: family === null ? null : tier },
    ]),
  );
  const costs = new Map(products.map(([id, , , , , cost]) => [id, cost]));
  const costOf = (productId: number) => costs.get(productId) ?? null;
  // Facts come out in customer order; order_facts is keyed by order id. Gathered in a temp table and
  // copied in id order, they append to it instead of one random b-tree insert each.
  // The temp table is a heap (rowid order) and the copy sorts once: keyed by order id, each insert
  // into it was itself a random b-tree insert, which cost more than the copy's sort does.
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS new_facts_heap (order_id INTEGER, workspace_id INTEGER, customer_id INTEGER, ordered_at INTEGER,
    counted INTEGER, revenue REAL, seq INTEGER, cross_sell INTEGER, upsell INTEGER, deep_sell INTEGER, prev_at INTEGER, prev_cross_at INTEGER,
    prev_up_at INTEGER, prev_deep_at INTEGER, margin_revenue REAL, gross_margin REAL, cost_lines INTEGER)`);
  sqlite.exec("DELETE FROM temp.new_facts_heap");
  const row = `(${Array(FACT_COLUMNS).fill("?").join(", ")})`;
  const insert = (n: number) => sqlite.prepare(`${INSERT_FACTS} ${Array(n).fill(row).join(", ")}`);
  const insertMany = insert(FACTS_PER_INSERT);
  const pending: (number | null)[] = [];
  const hours: PrevHourCounts = new Map();
  const slices = new SliceWriter(sqlite, workspaceId);
  // Guest checkouts (customers.guest) are no customer: their orders keep their revenue and lose
  // what makes them part of a customer's history (asGuest); they add nothing to the month tallies.
  // Looked up per chunk through customers_guest_idx, so memory stays flat however many there are.
  const guestsIn = sqlite.prepare("SELECT id FROM customers WHERE workspace_id = ? AND guest AND id >= ? AND id <= ?").pluck();
  let guests = new Set<number>();
  const total = sqlite.prepare("SELECT count(*) FROM temp.scope_customers").pluck().get() as number;
  let done = 0;
  const write = (customerId: number, orders: ClassifyOrder[], channels: (string | null)[]) => {
    done++;
    const guest = guests.has(customerId);
    const facts = classifyCustomerOrders(orders, catalog, NO_PREV);
    if (guest) for (const f of facts) asGuest(f);
    slices.add(customerId, orders, facts, channels, catalog, guest);
    if (!guest) tallies?.addCustomer(facts, (i) => orders[i].orderedAt);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      const m = orderMargin(orders[i].lines, costOf);
      pending.push(
        f.id,
        workspaceId,
        customerId,
        orders[i].orderedAt,
        Number(f.counted),
        f.revenue,
        f.seq,
        Number(f.crossSell),
        Number(f.upsell),
        Number(f.deepSell),
        f.prevAt,
        f.prevCrossAt,
        f.prevUpAt,
        f.prevDeepAt,
        m.revenueWithCost,
        m.grossMargin,
        m.linesWithCost,
      );
      countPrevHours(hours, f);
      if (pending.length === FACTS_PER_INSERT * FACT_COLUMNS) {
        insertMany.run(pending);
        pending.length = 0;
      }
    }
  };
  // The customer being read: a chunk of the sorted scope may end inside their orders, so they are written
  // when the next customer's first row (or the end) comes.
  let customerId = -1;
  let orders: ClassifyOrder[] = [];
  let channels: (string | null)[] = [];
  let order = null as ClassifyOrder | null;
  // Each chunk's rows, in customer order; `lastId` its last customer. The guests looked up are the chunk's
  // and the customer still being read, who is written in this chunk.
  let previousLast = -1;
  for (const { rows, lastId, whole } of scopeChunks(sqlite, workspaceId, total, read)) {
    checkpoint({ done, total });
    guests = new Set(guestsIn.all(workspaceId, orders.length > 0 ? customerId : previousLast, lastId) as number[]);
    previousLast = lastId;
    for (const [cid, oid, orderedAt, isCounted, channel, productId, quantity, unitPrice, discount, category] of rows) {
      if (cid !== customerId) {
        if (orders.length) write(customerId, orders, channels);
        customerId = cid;
        orders = [];
        channels = [];
        order = null;
      }
      if (order?.id !== oid) {
        orders.push((order = { id: oid, orderedAt, counted: isCounted === 1, lines: [] }));
        channels.push(channel);
      }
      if (productId !== null) order!.lines.push({ productId, quantity: quantity!, unitPrice: unitPrice!, discount: discount!, category });
    }
    // A chunk of whole customers ends with its last customer's last row.
    if (whole && orders.length) {
      write(customerId, orders, channels);
      orders = [];
    }
  }
  if (orders.length) write(customerId, orders, channels);
  if (pending.length) insert(pending.length / FACT_COLUMNS).run(pending);
  checkpoint({ done, total });
  slices.finish();
  checkpoint();
  const facts = sqlite.prepare("SELECT count(*) FROM temp.new_facts_heap").pluck().get() as number;
  const factsBefore = sqlite.prepare("SELECT coalesce(max(order_id), 0) FROM order_facts").pluck().get() as number;
  const indexes = new DeferredIndexes(sqlite, FACT_INDEXES, factsBefore);
  indexes.check(facts);
  sqlite.exec(`INSERT INTO order_facts (order_id, workspace_id, customer_id, ordered_at, counted, revenue, seq, cross_sell, upsell, deep_sell,
    prev_at, prev_cross_at, prev_up_at, prev_deep_at, margin_revenue, gross_margin, cost_lines) SELECT * FROM temp.new_facts_heap ORDER BY order_id`);
  indexes.restore();
  sqlite.exec("DELETE FROM temp.new_facts_heap");
  return hours;
}

type OrderLineRow = [number, number, number, number, string | null, number | null, number | null, number | null, number | null, string | null];

/** How classifyScope reads the scope's orders: chosen by the scope's size, or either way (for tests, which
 * may also sort in pieces of fewer lines). */
export type ScopeRead = "auto" | "sorted" | "by customer" | { linesPerPiece: number };

/**
 * The scope's orders with their lines, in customer order, in chunks (each customer's rows in the order
 * classification reads them; `whole` when a chunk ends with its last customer's last row). When the
 * scope is a large part of the workspace (a first import, a new catalogue), its rows are sorted into a
 * temp table, orders and lines read where they lie (in file order), and the table is read in order:
 * reading them customer by customer instead seeks for every order and line, as a customer's orders are
 * spread over the file. A small scope is read customer by customer, which reads only its own orders.
 */
function* scopeChunks(
  sqlite: Database.Database,
  workspaceId: number,
  scope: number,
  read: ScopeRead,
): Generator<{ rows: OrderLineRow[]; lastId: number; whole: boolean }> {
  const customers = sqlite.prepare("SELECT count(*) FROM customers WHERE workspace_id = ?").pluck().get(workspaceId) as number;
  if (read === "by customer" || (read === "auto" && scope * SORTED_SCOPE_SHARE < customers)) {
    // The chunk's last customer id, found in the temp table (not an array of every id: flat memory).
    const chunkEnd = sqlite.prepare("SELECT max(id) FROM (SELECT id FROM temp.scope_customers WHERE id > ? ORDER BY id LIMIT ?)").pluck();
    const read = sqlite.prepare(ORDERS).raw();
    for (let after = -1, last: number | null; (last = chunkEnd.get(after, CUSTOMERS_PER_READ) as number | null) !== null; after = last) {
      yield { rows: read.all(workspaceId, after, last) as OrderLineRow[], lastId: last, whole: true };
    }
    return;
  }
  // In pieces of customers with about SORTED_LINES_PER_PIECE lines each (estimated by the span of line ids),
  // so that each sort (SQLite's sorter, spilling to temp files) is no larger than a 1M-line import's,
  // whatever the file's size.
  const lineSpan = sqlite.prepare("SELECT coalesce(max(id) - min(id) + 1, 0) FROM order_lines").pluck().get() as number;
  const linesPerPiece = typeof read === "object" ? read.linesPerPiece : SORTED_LINES_PER_PIECE;
  const pieces = Math.max(1, Math.ceil((lineSpan * scope) / Math.max(customers, 1) / linesPerPiece));
  const perPiece = Math.ceil(scope / pieces);
  const pieceEnd = sqlite.prepare("SELECT id FROM temp.scope_customers ORDER BY id LIMIT 1 OFFSET ?").pluck();
  sqlite.exec("DROP TABLE IF EXISTS temp.scope_lines");
  const sortPiece = sqlite.prepare(SORTED_LINES);
  const readPiece = () => sqlite.prepare("SELECT * FROM temp.scope_lines WHERE rowid > ? AND rowid <= ? ORDER BY rowid").raw();
  for (let piece = 0, after = -1; piece < pieces; piece++) {
    const last = piece === pieces - 1 ? Number.MAX_SAFE_INTEGER : ((pieceEnd.get((piece + 1) * perPiece - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER);
    sqlite.exec("DROP TABLE IF EXISTS temp.scope_lines");
    try {
      sortPiece.run(workspaceId, after, last);
      const read = readPiece();
      for (let from = 0; ; from += ROWS_PER_READ) {
        const rows = read.all(from, from + ROWS_PER_READ) as OrderLineRow[];
        if (rows.length === 0) break;
        yield { rows, lastId: rows[rows.length - 1][0], whole: false };
      }
    } finally {
      sqlite.exec("DROP TABLE IF EXISTS temp.scope_lines");
    }
    after = last;
  }
}

// Tiers: the product's own, else its price rank within the family (products without a family have none).
const PRODUCTS = `
  SELECT id, nullif(trim(category), ''), ${productFallbackCategory("products")}, CASE WHEN nullif(trim(family), '') IS NOT NULL THEN family END,
         coalesce(tier, CASE WHEN price IS NOT NULL THEN dense_rank() OVER (PARTITION BY family, price IS NULL ORDER BY price) END), cost
  FROM products WHERE workspace_id = ?`;

/** The scope's orders and their lines in a customer id range (OrderLineRow), in the order classification
 * reads them. `orders` is how orders are reached: through an index by customer, or NOT INDEXED. */
const scopeRows = (orders: string) => `
  SELECT o.customer_id AS customer_id, o.id AS order_id, o.ordered_at AS ordered_at, ${counted} AS counted, o.channel AS channel,
         l.product_id AS product_id, l.quantity AS quantity, l.unit_price AS unit_price, l.discount AS discount, l.category AS category
  FROM ${orders}
  JOIN temp.scope_customers s ON s.id = o.customer_id
  LEFT JOIN order_lines l ON l.order_id = o.id
  -- Not BETWEEN: SQLite then bounded the index range below only, and each chunk read on to the end.
  WHERE o.workspace_id = ? AND o.customer_id > ? AND o.customer_id <= ?
  ORDER BY o.customer_id, o.ordered_at, o.order_key, o.id, l.id`;

const ORDERS = scopeRows("orders o");

// The same rows for a piece of the scope, sorted once. NOT INDEXED: orders are read in file order
// (through an index by customer each would be a seek), each order's lines where they lie beside it.
const SORTED_LINES = `CREATE TEMP TABLE scope_lines AS ${scopeRows("orders o NOT INDEXED")}`;

const FACT_INDEXES = ["order_facts_period_idx", "order_facts_customer_idx", "order_facts_kpi_idx"];

const INSERT_FACTS = `INSERT INTO temp.new_facts_heap (order_id, workspace_id, customer_id, ordered_at, counted, revenue, seq, cross_sell, upsell, deep_sell,
  prev_at, prev_cross_at, prev_up_at, prev_deep_at, margin_revenue, gross_margin, cost_lines) VALUES`;

const hourOf = (ms: number) => Math.floor(ms / HOUR_MS);

/** A guest order as order_facts keeps it: counted and its revenue as classified, no position in a
 * customer's history (seq null), no cross-, up- or deep-sell, so no customer-level KPI counts it. */
export function asGuest(f: OrderFact): void {
  f.seq = null;
  f.crossSell = f.upsell = f.deepSell = false;
  f.prevAt = f.prevCrossAt = f.prevUpAt = f.prevDeepAt = null;
}

// Once per order: a plain function, not a closure made per call.
function countPrevHours(hours: PrevHourCounts, f: OrderFact): void {
  addPrevHour(hours, f.prevAt, 0);
  addPrevHour(hours, f.prevCrossAt, 1);
  addPrevHour(hours, f.prevUpAt, 2);
  addPrevHour(hours, f.prevDeepAt, 3);
}

function addPrevHour(hours: PrevHourCounts, at: number | null, k: 0 | 1 | 2 | 3): void {
  if (at === null) return;
  const h = hourOf(at);
  let c = hours.get(h);
  if (!c) hours.set(h, (c = [0, 0, 0, 0]));
  c[k]++;
}

/** Adds the counts to kpi_hours' by-prev columns (integers: taking out and putting back is exact). */
export function addPrevHourCounts(sqlite: Database.Database, workspaceId: number, hours: PrevHourCounts): void {
  const upsert = sqlite.prepare(`INSERT INTO kpi_hours (workspace_id, hour, active_p, cross_p, up_p, deep_p) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (workspace_id, hour) DO UPDATE SET active_p = active_p + excluded.active_p, cross_p = cross_p + excluded.cross_p,
      up_p = up_p + excluded.up_p, deep_p = deep_p + excluded.deep_p`);
  for (const [h, [a, c, u, d]] of hours) upsert.run(workspaceId, h, a, c, u, d);
}

/**
 * Gathers the scope's order_slice_facts rows (lib/kpi/slice-orders.ts) in a temp heap and copies
 * them in key order at the end, as classifyScope does with order_facts. New channel and category
 * values get their fact_slices id on first sight; each spelling is looked up once.
 */
class SliceWriter {
  private readonly ids = new Map<string, number>();
  private readonly bySpelling = { channel: new Map<string, number>(), category: new Map<string, number>() };
  private readonly pending: (number | null)[] = [];
  private readonly insertMany: Database.Statement;
  private readonly newSlice: Database.Statement;
  private readonly sliceOf = (dimension: SliceDimension, value: string): number => {
    const known = this.bySpelling[dimension].get(value);
    if (known !== undefined) return known;
    const key = sliceKey(value);
    let id = this.ids.get(`${dimension}\u0000${key}`);
    if (id === undefined) this.ids.set(`${dimension}\u0000${key}`, (id = this.newSlice.get(this.workspaceId, dimension, key, value) as number));
    this.bySpelling[dimension].set(value, id);
    return id;
  };

  constructor(
    private readonly sqlite: Database.Database,
    private readonly workspaceId: number,
  ) {
    for (const [id, dimension, key] of sqlite.prepare("SELECT id, dimension, key FROM fact_slices WHERE workspace_id = ?").raw().all(workspaceId) as [
      number,
      string,
      string,
    ][]) {
      this.ids.set(`${dimension}\u0000${key}`, id);
    }
    sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS new_slices_heap (slice_id INTEGER, ordered_at INTEGER, order_id INTEGER, customer_id INTEGER,
      channel_slice_id INTEGER, revenue REAL, seq INTEGER, prev_at INTEGER, prev_cross_at INTEGER, prev_up_at INTEGER, prev_deep_at INTEGER)`);
    sqlite.exec("DELETE FROM temp.new_slices_heap");
    this.insertMany = this.insert(SLICES_PER_INSERT);
    this.newSlice = sqlite.prepare("INSERT INTO fact_slices (workspace_id, dimension, key, label) VALUES (?, ?, ?, ?) RETURNING id").pluck();
  }

  /** A guest's rows carry seq 0 and prev_at GUEST_PREV (the columns are NOT NULL): no distinct, first or
   * repeat count takes them, and "seq > 0" marks a customer's order as in order_facts. */
  add(customerId: number, orders: ClassifyOrder[], facts: OrderFact[], channels: (string | null)[], catalog: ProductCatalog, guest = false): void {
    const pending = this.pending;
    sliceCustomerOrders(orders, facts, channels, catalog, NO_PREV, this.sliceOf, (i, slice, seq, prevAt, prevCrossAt, prevUpAt, prevDeepAt) => {
      if (guest) {
        seq = 0;
        prevAt = GUEST_PREV;
      }
      const channel = channels[i];
      // On a category row, the order's channel slice (a channel's own row has none).
      const channelSlice = channel === null ? null : this.sliceOf("channel", channel);
      const order = orders[i];
      pending.push(
        slice,
        order.orderedAt,
        order.id,
        customerId,
        channelSlice === slice ? null : channelSlice,
        facts[i].revenue,
        seq,
        prevAt,
        prevCrossAt,
        prevUpAt,
        prevDeepAt,
      );
      if (pending.length === SLICES_PER_INSERT * SLICE_COLUMNS) {
        this.insertMany.run(pending);
        pending.length = 0;
      }
    });
  }

  finish(): void {
    if (this.pending.length) this.insert(this.pending.length / SLICE_COLUMNS).run(this.pending);
    this.pending.length = 0;
    this.sqlite.exec("INSERT INTO order_slice_facts SELECT * FROM temp.new_slices_heap ORDER BY slice_id, ordered_at, order_id");
    this.sqlite.exec("DELETE FROM temp.new_slices_heap");
  }

  private insert(n: number): Database.Statement {
    const row = `(${Array(SLICE_COLUMNS).fill("?").join(", ")})`;
    return this.sqlite.prepare(`INSERT INTO temp.new_slices_heap VALUES ${Array(n).fill(row).join(", ")}`);
  }
}
