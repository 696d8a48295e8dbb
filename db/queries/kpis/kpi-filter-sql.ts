import { sql, type SQL } from "drizzle-orm";
import { customerColumnOf, type KpiFilters } from "@/lib/kpi/filters";
import type { Db } from "../../client";
import { GUEST_PREV, NO_PREV } from "../../schema";
import { dataStateKey, isFresh } from "../derived/freshness";
import { LINE_CATEGORY } from "./line-category-sql";
import { shownOffersFrom } from "../offers/shown-offers-sql";
import { offerHoursServe } from "../offers/offer-hours-serve";
import { isWholeHourZone } from "@/lib/time/whole-hour-zone";
import { idByteMapFits } from "../../sqlite/id-byte-map";
import { isKept, keepTempTable } from "../../sqlite/kept-temp-tables";

/** SQL conditions on `order_facts f` for the view's filters (docs/kpis.md, "Filters"), read from the
 * order lines: a segment or campaign restricts the customers counted (never their history); a channel
 * or category restricts the orders counted. What order_slice_facts keeps is checked against this. */
export function factFilterSql(workspaceId: number, filters: KpiFilters): SQL {
  const parts: SQL[] = [];
  const customers = customerFilterSql(workspaceId, filters);
  if (customers) parts.push(sql`f.customer_id IN (${customers})`);
  if (filters.channel) {
    parts.push(sql`f.order_id IN (SELECT id FROM orders WHERE workspace_id = ${workspaceId} AND lower(channel) = lower(${filters.channel}))`);
  }
  if (filters.category) {
    parts.push(sql`f.order_id IN (
      SELECT l.order_id FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.workspace_id = ${workspaceId} AND l.quantity > 0
        AND lower(${sql.raw(LINE_CATEGORY)}) = lower(${filters.category}))`);
  }
  return parts.length ? sql`AND ${sql.join(parts, sql` AND `)}` : sql``;
}

/**
 * The counted orders a view counts, as `FROM <from> f WHERE <where>`: rows with order_facts' KPI
 * columns (customer_id, ordered_at, revenue, seq, prev_at, prev_cross_at, prev_up_at, prev_deep_at).
 * Under a channel or category filter, seq and prev_* run over each customer's kept orders only, so the
 * unfiltered view's counting ("orders in [s, e) with prev < s") applies unchanged. `customers` says
 * the rows are already those of the segment's or campaign's customers.
 */
export type OrderRows = { from: SQL; where: SQL; customers: boolean; inTemp: boolean };

/** Filters resolved once for a view that runs many statements (resolveFilters), with the temp tables
 * they read: valid while this connection keeps every one of them (keepTempTable). */
export type ResolvedFilters = KpiFilters & {
  readonly customerSet?: string;
  readonly orderRows?: OrderRows | null;
  /** The shown offers a segment or campaign keeps, in a temp table of this connection (keepOffers). */
  readonly offerRows?: string;
  readonly tables?: readonly string[];
  /** The workspace's data state the tables were made for (dataStateKey), for what is kept beside them. */
  readonly dataKey?: string;
};
// OrderRows' columns, as order_facts and order_slice_facts both name them.
const ROW_COLUMNS = sql.raw("f.customer_id, f.ordered_at, f.revenue, f.seq, f.prev_at, f.prev_cross_at, f.prev_up_at, f.prev_deep_at");

/** The filters themselves, without what they resolved, when a table they read is no longer kept: their
 * sets are then computed again, never read from a table that is gone or was made for another view. */
export function currentFilters(db: Db, filters: ResolvedFilters): ResolvedFilters {
  if (!filters.tables || filters.tables.every((t) => isKept(db.$client, t))) return filters;
  return plainFilters(filters);
}

const plainFilters = ({ segment, campaign, channel, category }: KpiFilters): KpiFilters => ({ segment, campaign, channel, category });

const tableKey = (data: string, kind: string, f: KpiFilters) =>
  JSON.stringify([data, kind, f.segment, f.campaign ?? null, f.channel ?? null, f.category ?? null]);

/**
 * For a view that runs many statements under one filter (the overview: series and cards, comparison,
 * eight before/after windows): the customers a segment or campaign keeps, the orders the view counts
 * when they are not one range of order_slice_facts, and a segment's or campaign's shown offers (unless
 * offer_hours holds a campaign's), computed into temp tables of this connection, so each statement
 * reads a range of the view's own orders and offers. The tables are kept per data state
 * (keepTempTable, dataStateKey): the next view under the same filter (another period, comparison or page) reads them
 * again instead of computing them. Under a set of customers with one channel or category, the slice's
 * range is read in place when the set fits a byte map. `byCustomer`: a view that reads each customer's
 * orders and offers by customer (the segment table) needs only what a channel or category keeps aside.
 */
export function resolveFilters(db: Db, workspaceId: number, given: KpiFilters, opts: { byCustomer?: boolean } = {}): ResolvedFilters {
  const filters = plainFilters(given);
  const data = dataStateKey(db.$client, workspaceId);
  if (!filters.segment.length && !filters.campaign) {
    const orderRows = buildOrderRows(db, workspaceId, filters, data);
    return { ...filters, orderRows: orderRows?.rows ?? null, tables: orderRows?.table ? [orderRows.table] : [], dataKey: data };
  }
  const set = keepTempTable(db.$client, tableKey(data, "customers", { ...filters, channel: undefined, category: undefined }), (name) => {
    db.$client.exec(`CREATE TEMP TABLE "${name}" (id INTEGER PRIMARY KEY)`);
    const { changes } = db.run(sql`INSERT INTO temp.${sql.identifier(name)} (id) ${customerFilterSql(workspaceId, filters)!}`);
    return { rows: changes, extra: {} as { map?: CustomerMap | null } };
  });
  const inTable = sql`SELECT id FROM temp.${sql.identifier(set.name)}`;
  const tables = [set.name];
  const customersOnly = { ...filters, customerSet: set.name, tables, dataKey: data } as const;
  if (opts.byCustomer && !filters.channel && !filters.category) return customersOnly;
  // Tested in place by the scans of a channel's or category's rows and of the shown offers: a byte
  // per id when the set fits one, else a search of the temp table. Made when one of them needs it.
  const inSet = (column: SQL) => {
    if (set.extra.map === undefined) set.extra.map = customerMap(db, set.name);
    return set.extra.map ? inCustomerMap(column, set.extra.map) : sql`${column} IN (${inTable})`;
  };
  // A campaign's own offers are summed per hour (countViewOffers) where its periods are whole hours.
  const campaignOffers = !filters.segment.length && offerHoursServe(db, workspaceId, filters, []) && isWholeHourZone(timeZoneOf(db, workspaceId));
  let resolved: ResolvedFilters = customersOnly;
  if (!opts.byCustomer && !campaignOffers) {
    const offerRows = keepOffers(
      db,
      workspaceId,
      filters,
      inSet(sql`o.customer_id`),
      tableKey(data, "offers", { ...filters, channel: undefined, category: undefined }),
      tables,
    );
    resolved = { ...customersOnly, offerRows, tables: [...tables, offerRows] };
  }
  if (!filters.channel && !filters.category) {
    // A segment or campaign keeps each customer's whole history: order_facts' own seq and prev_*, copied
    // aside once, customer by customer (testing a period's orders in place reads every customer's).
    const rows = keepRows(
      db,
      tableKey(data, "orders", filters),
      sql`SELECT ${ROW_COLUMNS}
          FROM (${inTable}) AS sc CROSS JOIN order_facts f ON f.customer_id = sc.id AND f.counted = 1 AND f.seq > 0`,
      resolved.tables,
    );
    return { ...resolved, orderRows: rows.rows, tables: [...resolved.tables!, rows.table!] };
  }
  // A channel's or category's rows are read anyway: with a byte map, its range serves as it is.
  const where = sql`AND ${inSet(sql`f.customer_id`)}`;
  const rows = buildOrderRows(db, workspaceId, filters, data, { where, inPlace: set.extra.map !== null, pinned: resolved.tables! });
  return { ...resolved, orderRows: rows!.rows, tables: rows!.table ? [...resolved.tables!, rows!.table] : resolved.tables };
}

const timeZoneOf = (db: Db, workspaceId: number) => db.$client.prepare("SELECT timezone FROM workspaces WHERE id = ?").pluck().get(workspaceId) as string;

/** A set of customers as one byte per id from `lo` to `hi` (1: in the set), bound to each statement
 * and read with substr(), which is O(1) on a blob: a scan tests its rows without a b-tree search of the
 * set each. */
type CustomerMap = { lo: number; hi: number; bytes: Buffer };

function customerMap(db: Db, table: string): CustomerMap | null {
  const ids = db.$client.prepare(`SELECT id FROM temp."${table}" ORDER BY id`).pluck().all() as number[];
  if (ids.length === 0) return { lo: 0, hi: -1, bytes: Buffer.alloc(0) };
  const lo = ids[0];
  const hi = ids[ids.length - 1];
  // A set spread thinly over a wide range of ids stays a temp table.
  if (!idByteMapFits(lo, hi, ids.length)) return null;
  const bytes = Buffer.alloc(hi - lo + 1);
  for (const id of ids) bytes[id - lo] = 1;
  return { lo, hi, bytes };
}

function inCustomerMap(column: SQL, m: CustomerMap): SQL {
  return sql`(${column} BETWEEN ${m.lo} AND ${m.hi} AND substr(${m.bytes}, ${column} - ${m.lo - 1}, 1) = x'01')`;
}

/**
 * The rows of the view's channel and category filters (OrderRows), or null when it has neither (as
 * resolveFilters kept them, else built now, for all customers). One filter is one range of
 * order_slice_facts; both filters together, or a workspace whose slices are not built by this code,
 * keep their rows (numbered again by window functions) in a temp table.
 */
export function orderRowsOf(db: Db, workspaceId: number, given: ResolvedFilters): OrderRows | null {
  const filters = currentFilters(db, given);
  if (filters.orderRows !== undefined) return filters.orderRows;
  if (!filters.channel && !filters.category) return null;
  return buildOrderRows(db, workspaceId, filters, dataStateKey(db.$client, workspaceId))?.rows ?? null;
}

/** `set`: a segment's or campaign's customers, as an `AND …` condition on f.customer_id; `inPlace` when
 * testing it on every row is cheap (a byte map), so one slice's rows are read where they are, not copied. */
function buildOrderRows(
  db: Db,
  workspaceId: number,
  filters: KpiFilters,
  data: string,
  set?: { where: SQL; inPlace: boolean; pinned: readonly string[] },
): { rows: OrderRows; table?: string } | null {
  if (!filters.channel && !filters.category) return null;
  const customers = set?.where;
  const key = tableKey(data, "orders", customers ? filters : { ...filters, segment: [], campaign: undefined });
  const kept = isFresh(db.$client, workspaceId, "order_slice_facts");
  const channel = kept && filters.channel ? sliceIdOf(db, workspaceId, "channel", filters.channel) : null;
  const category = kept && filters.category ? sliceIdOf(db, workspaceId, "category", filters.category) : null;
  if (kept && (channel === null || category === null)) {
    const where = sql`f.slice_id = ${channel ?? category}`;
    if (!customers) return { rows: { from: sql`order_slice_facts`, where, customers: false, inTemp: false } };
    if (set.inPlace) return { rows: { from: sql`order_slice_facts`, where: sql`${where} ${customers}`, customers: true, inTemp: false } };
    return keepRows(
      db,
      key,
      sql`SELECT ${ROW_COLUMNS}
          FROM order_slice_facts f WHERE ${where} ${customers}`,
      set.pinned,
    );
  }
  const flagged = (col: string) => sql.raw(kept ? `${col} IS NOT NULL` : col);
  const base = kept
    ? sql`SELECT customer_id, order_id, ordered_at, revenue, ${flagged("prev_cross_at")} AS c, ${flagged("prev_up_at")} AS u, ${flagged("prev_deep_at")} AS d,
                 f.seq = 0 AS g
          FROM order_slice_facts f WHERE f.slice_id = ${category} AND f.channel_slice_id = ${channel} ${customers ?? sql``}`
    : sql`SELECT f.customer_id, f.order_id, f.ordered_at, f.revenue, f.cross_sell AS c, f.upsell AS u, f.deep_sell AS d, f.seq IS NULL AS g
          FROM order_facts f
          WHERE f.workspace_id = ${workspaceId} AND f.counted = 1 ${customers ?? sql``}
            ${factFilterSql(workspaceId, { segment: [], channel: filters.channel, category: filters.category })}`;
  const prevFlagged = (flag: string) => sql.raw(`CASE WHEN ${flag} THEN coalesce(max(CASE WHEN ${flag} THEN ordered_at END) OVER before, ${NO_PREV}) END`);
  const rows = keepRows(
    db,
    key,
    // A guest order (g) is numbered as order_slice_facts numbers it: seq 0 and prev_at past every instant.
    sql`SELECT customer_id, ordered_at, revenue, CASE WHEN g THEN 0 ELSE row_number() OVER mine END,
               CASE WHEN g THEN ${GUEST_PREV} ELSE coalesce(lag(ordered_at) OVER mine, ${NO_PREV}) END,
               ${prevFlagged("c")}, ${prevFlagged("u")}, ${prevFlagged("d")}
        FROM (${base})
        WINDOW mine AS (PARTITION BY customer_id ORDER BY ordered_at, order_id),
               before AS (mine ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`,
    set?.pinned,
  );
  return { ...rows, rows: { ...rows.rows, customers: customers !== undefined } };
}

/** The rows `select` gives, kept in a temp table of this connection in time order (under `key`): its
 * key is the KPI scans' order, so they read a range of it with no second index to write. */
function keepRows(db: Db, key: string, select: SQL, pinned?: readonly string[]): { rows: OrderRows; table: string } {
  const { name } = keepTempTable(
    db.$client,
    key,
    (name) => {
      db.$client.exec(`CREATE TEMP TABLE "${name}" (customer_id INTEGER, ordered_at INTEGER, revenue REAL, seq INTEGER,
      prev_at INTEGER, prev_cross_at INTEGER, prev_up_at INTEGER, prev_deep_at INTEGER, PRIMARY KEY (ordered_at, customer_id, seq)) WITHOUT ROWID`);
      const { changes } = db.run(sql`INSERT INTO temp.${sql.identifier(name)} SELECT * FROM (${select}) ORDER BY 2, 1, 4`);
      return { rows: changes, extra: null };
    },
    pinned,
  );
  return { rows: { from: sql`temp.${sql.identifier(name)}`, where: sql`1`, customers: true, inTemp: true }, table: name };
}

/** The shown offers (shownOffersFrom) of a segment's or campaign's customers, kept in a temp table of
 * this connection in time order (under `key`): the cards, the series' buckets and the before/after
 * windows each read a range of them, instead of testing every offer of their range against the customers again. */
function keepOffers(db: Db, workspaceId: number, filters: KpiFilters, inSet: SQL, key: string, pinned: readonly string[]): string {
  return keepTempTable(
    db.$client,
    key,
    (name) => {
      db.$client.exec(`CREATE TEMP TABLE "${name}" (shown_at INTEGER, id INTEGER, accepted INTEGER, PRIMARY KEY (shown_at, id)) WITHOUT ROWID`);
      const { changes } = db.run(sql`INSERT INTO temp.${sql.identifier(name)} SELECT o.shown_at, o.id, o.accepted
      FROM ${shownOffersFrom(workspaceId, { campaign: filters.campaign, customers: offerCustomers(filters, inSet) })} ORDER BY 1, 2`);
      return { rows: changes, extra: null };
    },
    pinned,
  ).name;
}

/** The view's shown offers in [startMs, endMs) as `FROM …` (`o.accepted`): a range of the offers its
 * segment or campaign keeps, or shownOffersFrom under its filters. */
export function viewOffersFrom(db: Db, workspaceId: number, given: ResolvedFilters, range: { startMs: number; endMs: number }): SQL {
  const filters = currentFilters(db, given);
  if (filters.offerRows) return sql`temp.${sql.identifier(filters.offerRows)} o WHERE o.shown_at >= ${range.startMs} AND o.shown_at < ${range.endMs}`;
  const customers = customerFilterSql(workspaceId, filters);
  return shownOffersFrom(workspaceId, {
    ...range,
    campaign: filters.campaign,
    customers: offerCustomers(filters, customers && sql`o.customer_id IN (${customers})`),
  });
}

/** The fact_slices id of a filter value, compared as the live filter compares it; -1 (no rows) when no order has it. */
function sliceIdOf(db: Db, workspaceId: number, dimension: "channel" | "category", value: string): number {
  const id = db.$client
    .prepare("SELECT id FROM fact_slices WHERE workspace_id = ? AND dimension = ? AND key = lower(?)")
    .pluck()
    .get(workspaceId, dimension, value) as number | undefined;
  return id ?? -1;
}

/** A subquery of the customer ids the segment and campaign filters keep, or null for all. */
export function customerFilterSql(workspaceId: number, filters: Pick<ResolvedFilters, "segment" | "campaign" | "customerSet">): SQL | null {
  if (filters.customerSet) return sql`SELECT id FROM temp.${sql.identifier(filters.customerSet)}`;
  const conds: SQL[] = [];
  for (const { key, value } of filters.segment) {
    const column = customerColumnOf(key);
    // trim(): as the breakdowns compare values (lib/segments/merge-by-value.ts), so a row's own filter selects it.
    if (column) conds.push(sql`lower(trim(cast(c.${sql.identifier(column)} AS text))) = lower(${value})`);
    else conds.push(sql`EXISTS (SELECT 1 FROM customer_attributes a WHERE a.customer_id = c.id AND a.key = ${key} AND lower(trim(a.value)) = lower(${value}))`);
  }
  const campaignCustomers = sql`SELECT DISTINCT o.customer_id AS id FROM offers o
    WHERE o.workspace_id = ${workspaceId} AND o.campaign_id = (SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND campaign_key = ${filters.campaign ?? null})`;
  // A campaign alone: its offers' customers, one range of offers_campaign_idx in customer order.
  if (filters.campaign && !conds.length) return campaignCustomers;
  if (filters.campaign) conds.push(sql`c.id IN (${campaignCustomers})`);
  if (!conds.length) return null;
  // "+": a scan of customers reads each row once; through customers_key_uq every row is a second lookup.
  return sql`SELECT c.id FROM customers c WHERE +c.workspace_id = ${workspaceId} AND NOT c.guest AND ${sql.join(conds, sql` AND `)}`;
}

/** The customers condition for offers under these filters: none when the filter is a campaign alone,
 * whose customers are exactly those its offers reach (testing each offer against them reads nothing new). */
export function offerCustomers(filters: Pick<KpiFilters, "segment" | "campaign">, customers: SQL | null): SQL | null {
  return filters.campaign && !filters.segment.length ? null : customers;
}
