import type Database from "better-sqlite3";
import type { Db } from "../../client";
import { generateDemo, type DemoData } from "@/lib/demo/generate-demo";
import { clearWorkspaceData } from "./clear-workspace-data";
import { refreshDerivedData } from "../derived/refresh-derived-data";

export interface DemoResetResult {
  importId: number;
  customers: number;
  products: number;
  orders: number;
  orderLines: number;
  campaigns: number;
  offers: number;
  feedback: number;
}

type Value = string | number | null;

/** Multi-row INSERTs through cached prepared statements: far fewer round trips into SQLite. */
class BatchInsert {
  private readonly params: Value[] = [];
  private rows = 0;
  private readonly perBatch: number;
  private readonly full: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    // Stays under SQLite's historic 999 bound parameters, whatever the build's limit is.
    this.perBatch = Math.max(1, Math.floor(999 / columns.length));
    this.full = this.prepare(this.perBatch);
  }

  private prepare(rows: number): Database.Statement {
    const tuple = `(${this.columns.map(() => "?").join(",")})`;
    return this.sqlite.prepare(`INSERT INTO ${this.table} (${this.columns.join(",")}) VALUES ${Array(rows).fill(tuple).join(",")}`);
  }

  row(...values: Value[]): void {
    for (const v of values) this.params.push(v);
    if (++this.rows === this.perBatch) {
      this.full.run(this.params);
      this.params.length = 0;
      this.rows = 0;
    }
  }

  finish(): void {
    if (this.rows > 0) this.prepare(this.rows).run(this.params);
    this.params.length = 0;
    this.rows = 0;
  }
}

/** First free id of an AUTOINCREMENT table; ids are then assigned explicitly, which lets
 * parents go in as multi-row INSERTs while children still know their parent ids. Safe because
 * the whole reset runs in one write transaction. */
function nextId(sqlite: Database.Database, table: string): number {
  const row = sqlite
    .prepare(`SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), COALESCE((SELECT MAX(id) FROM ${table}), 0)) AS n`)
    .get(table) as { n: number };
  return row.n + 1;
}

function lookup(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo data refers to unknown ${what} ${key}`);
  return id;
}

/**
 * Replaces all data of one workspace with the generated demo shop, in a single transaction:
 * either the workspace holds the complete demo afterwards, or nothing changed.
 */
export function resetWorkspaceToDemo(db: Db, workspaceId: number, opts: { userId?: string | null; seed?: number; scale?: number } = {}): DemoResetResult {
  const data = generateDemo({ seed: opts.seed, scale: opts.scale });
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    clearWorkspaceData(db, workspaceId);
    const result = insertDemo(sqlite, workspaceId, data, opts.userId ?? null);
    refreshDerivedData(db, workspaceId, { customers: "all" });
    return result;
  })();
}

function insertDemo(sqlite: Database.Database, workspaceId: number, data: DemoData, userId: string | null): DemoResetResult {
  const total =
    data.customers.length +
    data.customerAttributes.length +
    data.products.length +
    data.orders.length +
    data.orderLines.length +
    data.campaigns.length +
    data.offers.length +
    data.feedback.length;
  const importId = Number(
    sqlite
      .prepare(
        `INSERT INTO imports (workspace_id, kind, source, file_name, status, created_by, created_at, rows_read, inserted)
         VALUES (?, 'demo', 'demo', NULL, 'committed', ?, ?, ?, ?)`,
      )
      .run(workspaceId, userId, Date.now(), total, total).lastInsertRowid,
  );

  const productIds = new Map<string, number>();
  let id = nextId(sqlite, "products");
  const products = new BatchInsert(sqlite, "products", ["id", "workspace_id", "sku", "name", "category", "family", "tier", "price", "cost", "import_id"]);
  for (const p of data.products) {
    productIds.set(p.sku, id);
    products.row(id++, workspaceId, p.sku, p.name, p.category, p.family, p.tier, p.price, p.cost, importId);
  }
  products.finish();

  const customerIds = new Map<string, number>();
  id = nextId(sqlite, "customers");
  const customers = new BatchInsert(sqlite, "customers", [
    "id",
    "workspace_id",
    "customer_key",
    "signup_date",
    "birth_year",
    "gender",
    "city",
    "region",
    "country",
    "channel",
    "marketing_opt_out",
    "import_id",
  ]);
  for (const c of data.customers) {
    customerIds.set(c.customerKey, id);
    customers.row(
      id++,
      workspaceId,
      c.customerKey,
      c.signupDate,
      c.birthYear,
      c.gender,
      c.city,
      c.region,
      c.country,
      c.channel,
      c.marketingOptOut ? 1 : 0,
      importId,
    );
  }
  customers.finish();

  const attributes = new BatchInsert(sqlite, "customer_attributes", ["workspace_id", "customer_id", "key", "value", "import_id"]);
  for (const a of data.customerAttributes) attributes.row(workspaceId, lookup(customerIds, a.customerKey, "customer"), a.key, a.value, importId);
  attributes.finish();

  const campaignIds = new Map<string, number>();
  id = nextId(sqlite, "campaigns");
  const campaigns = new BatchInsert(sqlite, "campaigns", [
    "id",
    "workspace_id",
    "campaign_key",
    "name",
    "type",
    "channel",
    "placement",
    "start_date",
    "end_date",
    "cost",
    "target_segment",
    "promoted_skus",
    "import_id",
  ]);
  for (const c of data.campaigns) {
    campaignIds.set(c.campaignKey, id);
    campaigns.row(
      id++,
      workspaceId,
      c.campaignKey,
      c.name,
      c.type,
      c.channel,
      c.placement,
      c.startDate,
      c.endDate,
      c.cost,
      c.targetSegment,
      JSON.stringify(c.promotedSkus),
      importId,
    );
  }
  campaigns.finish();

  // Lines are grouped by order in the order of `orders`, so order ids follow by position
  // instead of a key map (which would cost a lot of memory at large scales).
  const firstOrderId = nextId(sqlite, "orders");
  const orders = new BatchInsert(sqlite, "orders", [
    "id",
    "workspace_id",
    "order_key",
    "customer_id",
    "ordered_at",
    "status",
    "channel",
    "currency",
    "import_id",
  ]);
  for (let i = 0; i < data.orders.length; i++) {
    const o = data.orders[i];
    orders.row(
      firstOrderId + i,
      workspaceId,
      o.orderKey,
      lookup(customerIds, o.customerKey, "customer"),
      o.orderedAt.getTime(),
      o.status,
      o.channel,
      o.currency,
      importId,
    );
  }
  orders.finish();

  const lines = new BatchInsert(sqlite, "order_lines", [
    "workspace_id",
    "order_id",
    "line_no",
    "product_id",
    "category",
    "quantity",
    "unit_price",
    "discount",
    "import_id",
  ]);
  let o = 0;
  for (const l of data.orderLines) {
    while (o < data.orders.length && data.orders[o].orderKey !== l.orderKey) o++;
    if (o === data.orders.length) throw new Error(`order line of unknown or out-of-sequence order ${l.orderKey}`);
    lines.row(workspaceId, firstOrderId + o, l.lineNo, lookup(productIds, l.sku, "product"), null, l.quantity, l.unitPrice, l.discount, importId);
  }
  lines.finish();

  const offers = new BatchInsert(sqlite, "offers", [
    "workspace_id",
    "offer_key",
    "customer_id",
    "campaign_id",
    "variant",
    "placement",
    "shown_at",
    "accepted",
    "order_key",
    "revenue",
    "import_id",
  ]);
  for (const f of data.offers) {
    offers.row(
      workspaceId,
      f.offerKey,
      lookup(customerIds, f.customerKey, "customer"),
      lookup(campaignIds, f.campaignKey, "campaign"),
      f.variant,
      f.placement,
      f.shownAt.getTime(),
      f.accepted ? 1 : 0,
      f.orderKey,
      f.revenue,
      importId,
    );
  }
  offers.finish();

  const feedback = new BatchInsert(sqlite, "feedback", ["workspace_id", "customer_id", "date", "rating", "scale", "campaign_id", "comment", "import_id"]);
  for (const f of data.feedback) {
    const campaignId = f.campaignKey === null ? null : lookup(campaignIds, f.campaignKey, "campaign");
    feedback.row(workspaceId, lookup(customerIds, f.customerKey, "customer"), f.date, f.rating, f.scale, campaignId, f.comment, importId);
  }
  feedback.finish();

  return {
    importId,
    customers: data.customers.length,
    products: data.products.length,
    orders: data.orders.length,
    orderLines: data.orderLines.length,
    campaigns: data.campaigns.length,
    offers: data.offers.length,
    feedback: data.feedback.length,
  };
}
