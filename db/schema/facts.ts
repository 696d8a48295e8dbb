import { sqliteTable, integer, real, text, blob, index, primaryKey, uniqueIndex } from "drizzle-orm/sqlite-core";
import { workspaceKey, workspaceRef } from "./workspaces";
import { customers, orders } from "./commerce";

/** Derived per order, refreshed for the customers an import touches (db/queries/kpis/refresh-order-facts.ts):
 * views aggregate these instead of re-reading order lines. Definitions: docs/kpis.md. */
export const orderFacts = sqliteTable(
  "order_facts",
  {
    orderId: integer("order_id")
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    workspaceId: workspaceRef(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderedAt: integer("ordered_at").notNull(), // ms, copied from orders for covering scans
    counted: integer("counted", { mode: "boolean" }).notNull(),
    revenue: real("revenue").notNull(),
    // Position among the customer's counted orders (1 = first); null for uncounted orders and for guest
    // orders, which belong to no customer (docs/kpis.md): "f.seq > 0" marks a customer's counted order.
    seq: integer("seq"),
    crossSell: integer("cross_sell", { mode: "boolean" }).notNull(),
    upsell: integer("upsell", { mode: "boolean" }).notNull(),
    deepSell: integer("deep_sell", { mode: "boolean" }).notNull(),
    // ordered_at of the customer's previous counted order (NO_PREV for the first; null when not
    // counted), and of the previous cross-sell / upsell / deep-sell order on flagged orders only.
    // "Distinct customers in [s, e)" is then a plain count of orders in [s, e) with prev < s.
    prevAt: integer("prev_at"),
    prevCrossAt: integer("prev_cross_at"),
    prevUpAt: integer("prev_up_at"),
    prevDeepAt: integer("prev_deep_at"),
    // Over the lines whose product has a cost (lib/campaigns/order-margin.ts): a campaign's margin
    // sums these over its linked orders instead of reading their lines.
    marginRevenue: real("margin_revenue").notNull().default(0),
    grossMargin: real("gross_margin").notNull().default(0),
    costLines: integer("cost_lines").notNull().default(0),
  },
  (t) => [
    index("order_facts_period_idx").on(t.workspaceId, t.orderedAt, t.customerId, t.counted, t.revenue, t.crossSell, t.upsell, t.deepSell),
    // Both cover the KPI scans (db/queries/kpis/get-kpis.ts, get-kpi-series.ts): by period, and by
    // customer for segments. `counted` is a column, not a partial-index condition: SQLite only
    // treats an index as covering when it holds every column the query names.
    index("order_facts_customer_idx").on(t.customerId, t.counted, t.orderedAt, t.prevAt, t.prevCrossAt, t.prevUpAt, t.prevDeepAt, t.seq, t.revenue),
    index("order_facts_kpi_idx").on(t.workspaceId, t.counted, t.orderedAt, t.prevAt, t.prevCrossAt, t.prevUpAt, t.prevDeepAt, t.seq, t.revenue, t.customerId),
  ],
);

/** Below every real instant: the prev_* value of a customer's first (cross-/up-/deep-sell) order. */
export const NO_PREV = -Number.MAX_SAFE_INTEGER;
/** Above every real instant: prev_at of a guest order's order_slice_facts rows, so "prev_at < s" never
 * counts it as a customer (order_facts keeps null there). */
export const GUEST_PREV = Number.MAX_SAFE_INTEGER;
export const HOUR_MS = 3_600_000;

/** Counted orders per UTC hour of a workspace (refreshed with order_facts): local midnights are whole
 * hours in every whole-hour time zone, so period totals and the history behind LTV and repeat rate
 * are sums over at most a few ten thousand rows. Columns ending in _p count orders by the hour of
 * their prev_* instant (NO_PREV in one far-past hour): "orders with prev < s" for distinct counts. */
export const kpiHours = sqliteTable(
  "kpi_hours",
  {
    workspaceId: workspaceRef(),
    hour: integer("hour").notNull(), // floor(ordered_at / HOUR_MS)
    orders: integer("orders").notNull().default(0),
    revenue: real("revenue").notNull().default(0),
    // Of those, guest orders (no customer: seq is null) and their revenue: no prev_* hour counts them,
    // and lifetime value leaves them out.
    guestOrders: integer("guest_orders").notNull().default(0),
    guestRevenue: real("guest_revenue").notNull().default(0),
    firsts: integer("firsts").notNull().default(0), // orders with seq = 1
    seconds: integer("seconds").notNull().default(0), // orders with seq = 2
    crossN: integer("cross_n").notNull().default(0),
    upN: integer("up_n").notNull().default(0),
    deepN: integer("deep_n").notNull().default(0),
    activeP: integer("active_p").notNull().default(0),
    crossP: integer("cross_p").notNull().default(0),
    upP: integer("up_p").notNull().default(0),
    deepP: integer("deep_p").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.hour] })],
);

/** Offers shown (shownOffersFrom: outside control/holdout groups) and accepted per UTC hour and campaign
 * of a workspace, built whole by refreshOfferHours in every refresh (db/queries/offers/refresh-offer-hours.ts):
 * a view whose offers no segment restricts (all of them, or one campaign's) sums its hour-aligned
 * periods and buckets here instead of reading every offer. Valid while derived_freshness says so. */
export const offerHours = sqliteTable(
  "offer_hours",
  {
    workspaceId: workspaceRef(),
    hour: integer("hour").notNull(), // floor(shown_at / HOUR_MS)
    campaignId: integer("campaign_id").notNull(),
    shown: integer("shown").notNull(),
    accepted: integer("accepted").notNull(),
  },
  // By hour first: a range of hours is one range of rows, for every campaign or one (a few rows per hour).
  (t) => [primaryKey({ columns: [t.workspaceId, t.hour, t.campaignId] })],
);

/** Per customer with a counted order, refreshed with order_facts: totals over their whole history.
 * Per-customer views whose period covers every counted order (the default "all data" view), and RFM
 * values at a period end after the last order, read one row per customer here instead of every order.
 * Built from order_facts through order_facts_customer_idx, so each sum adds the same numbers in the
 * same order as those views' scans do (identical floating-point results). */
export const customerFacts = sqliteTable(
  "customer_facts",
  {
    workspaceId: workspaceRef(),
    // No foreign key: SQLite would look up the children of every deleted customer, and only the
    // workspace prefix of the key is indexed. Every path that deletes customers refreshes the facts.
    customerId: integer("customer_id").notNull(),
    firstAt: integer("first_at").notNull(), // ordered_at of the first counted order
    lastAt: integer("last_at").notNull(),
    orders: integer("orders").notNull(), // counted orders
    revenue: real("revenue").notNull(),
    // ordered_at of the last cross-sell / upsell / deep-sell order; null when there is none.
    lastCrossAt: integer("last_cross_at"),
    lastUpAt: integer("last_up_at"),
    lastDeepAt: integer("last_deep_at"),
  },
  // WITHOUT ROWID (added in migration 0010): a workspace's rows are one range of the key, in customer order.
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

/** Distinct customers per calendar month of the workspace's time zone (workspace_state.kpi_months_timezone):
 * active, and with a cross-sell / upsell / deep-sell order, i.e. the orders of the month whose prev_*
 * is before it. Additive over customers, so an import takes out and puts back its customers' part
 * (db/queries/kpis/kpi-months.ts). The overview's monthly series reads 24 rows here instead of every order. */
export const kpiMonths = sqliteTable(
  "kpi_months",
  {
    workspaceId: workspaceRef(),
    startMs: integer("start_ms").notNull(), // local midnight of the 1st, as a UTC instant
    endMs: integer("end_ms").notNull(),
    active: integer("active").notNull(),
    cross: integer("cross").notNull(),
    up: integer("up").notNull(),
    deep: integer("deep").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.startMs] })],
);

/** Cohorts by the calendar month of each customer's first counted order (the same time zone as
 * kpi_months): per cohort and order month, the cohort's customers with a counted order that month and
 * that month's revenue. Additive over customers, kept like kpi_months; the customers page's triangle
 * reads a few hundred rows here instead of every order. */
export const kpiCohorts = sqliteTable(
  "kpi_cohorts",
  {
    workspaceId: workspaceRef(),
    cohortMs: integer("cohort_ms").notNull(), // start of the first order's month
    monthMs: integer("month_ms").notNull(), // start of the order month
    customers: integer("customers").notNull(),
    revenue: real("revenue").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.cohortMs, t.monthMs] })],
);

/** Per workspace: what the campaigns page computes from every offer and order (offer statistics,
 * margins, the holdout groups' revenue), computed at the end of each import and undo
 * (db/queries/campaigns/refresh-campaign-facts.ts). Valid for the data_version and time zone it was
 * made for; otherwise the page computes it from the data (so no path can serve a stale one). */
export const campaignFacts = sqliteTable("campaign_facts", {
  workspaceId: workspaceKey(),
  dataVersion: integer("data_version").notNull(),
  timezone: text("timezone").notNull(),
  parts: text("parts", { mode: "json" }).notNull(),
});

/** Per customer shown an offer: offers shown, accepted and purchased outside control/holdout groups,
 * and their attributed revenue, over all the data (db/queries/offers/refresh-offer-facts.ts). The
 * segments table and the offers funnel by segment read a row per customer here in the default view
 * instead of grouping every offer. Made after each import's
 * data_version raise; valid only for workspace_state.offer_facts_version. */
export const customerOfferFacts = sqliteTable(
  "customer_offer_facts",
  {
    workspaceId: workspaceRef(),
    customerId: integer("customer_id").notNull(), // no foreign key, as customer_facts
    shown: integer("shown").notNull(),
    accepted: integer("accepted").notNull(),
    purchased: integer("purchased").notNull().default(0),
    revenue: real("revenue").notNull().default(0),
  },
  // WITHOUT ROWID (in migration 0016): a workspace's rows are one range of the key, in customer order.
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

/** The offers funnel of the default "all data" view by campaign and by placement (the rows
 * getOfferFunnels returns), made with customer_offer_facts and valid for the same data_version. Distinct
 * customers do not add up across campaigns or placements, so the rows are kept whole rather than per
 * customer: one read a view instead of matching and grouping every offer. */
export const offerFunnelFacts = sqliteTable(
  "offer_funnel_facts",
  {
    workspaceId: workspaceRef(),
    by: text("by", { enum: ["campaign", "placement"] }).notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    shown: integer("shown").notNull(),
    accepted: integer("accepted").notNull(),
    purchased: integer("purchased").notNull(),
    customers: integer("customers").notNull(),
    revenue: real("revenue").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.by, t.key] })],
);

/** Per workspace: every scored customer's RFM group at the end of the default "all data" view
 * (db/queries/segments/refresh-rfm-facts.ts), as the columns getRfmGroups returns: customer ids
 * (Int32Array) and group codes (one byte each). Made after each import's data_version raise; used
 * only for that version and period end, else the groups are scored again on every view. */
export const rfmFacts = sqliteTable("rfm_facts", {
  workspaceId: workspaceKey(),
  dataVersion: integer("data_version").notNull(),
  endMs: integer("end_ms").notNull(),
  ids: blob("ids", { mode: "buffer" }).notNull(),
  codes: blob("codes", { mode: "buffer" }).notNull(),
  // JSON KeptRfmCounts (db/queries/segments/get-segment-table.ts): the default view's RFM rows before
  // shaping, so the unfiltered RFM table groups no customers per view.
  counts: text("counts"),
});

/** Per workspace and range of 16,384 order ids: the distinct products of each counted order with a
 * purchase line, in order id order, as packed arrays (db/queries/products/refresh-basket-chunks.ts).
 * Refreshed with order_facts for the ranges holding the orders of the customers an import touched.
 * The products page and basket analysis read a blob per range here instead of every order line.
 * Complete for the workspace only when workspace_state.baskets_kept is set. */
export const basketChunks = sqliteTable(
  "basket_chunks",
  {
    workspaceId: workspaceRef(),
    chunk: integer("chunk").notNull(), // floor(order_id / BASKET_CHUNK_ORDERS)
    orders: integer("orders").notNull(),
    orderedAt: blob("ordered_at", { mode: "buffer" }).notNull(), // Float64Array: each order's ordered_at (ms)
    offsets: blob("offsets", { mode: "buffer" }).notNull(), // Int32Array, orders + 1: where each order's products start
    items: blob("items", { mode: "buffer" }).notNull(), // Int32Array: product ids, first-seen line order
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.chunk] })],
);

export const BASKET_CHUNK_ORDERS = 16_384;

/** The dimension values an order filter can name (a channel, a category), per workspace: the keys of
 * order_slice_facts. `key` is the value as the filters compare it (SQL's lower(): ASCII only). */
export const factSlices = sqliteTable(
  "fact_slices",
  {
    id: integer("id").primaryKey(),
    workspaceId: workspaceRef(),
    dimension: text("dimension", { enum: ["channel", "category"] }).notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(), // the value as first seen, for the filter bar
  },
  (t) => [uniqueIndex("fact_slices_key_uq").on(t.workspaceId, t.dimension, t.key)],
);

/** Per counted order and each slice it falls in (its channel; each category it buys), refreshed with
 * order_facts (db/queries/kpis/classify-scope.ts, lib/kpi/slice-orders.ts): seq and prev_* as in
 * order_facts, but over the customer's orders in that slice only. A channel or category filter then
 * counts distinct customers as "orders in [s, e) with prev < s" in one range of the key, as the
 * unfiltered view does. WITHOUT ROWID (migration 0020): the key is the scan order. No foreign key to
 * customers, as customer_facts: every path that deletes customers refreshes the facts. Complete for a
 * workspace only when derived_freshness says so. */
export const orderSliceFacts = sqliteTable(
  "order_slice_facts",
  {
    sliceId: integer("slice_id")
      .notNull()
      .references(() => factSlices.id, { onDelete: "cascade" }),
    orderedAt: integer("ordered_at").notNull(),
    orderId: integer("order_id").notNull(),
    customerId: integer("customer_id").notNull(),
    // On a category row: the order's channel slice, for a channel and a category together.
    channelSliceId: integer("channel_slice_id"),
    revenue: real("revenue").notNull(),
    seq: integer("seq").notNull(),
    prevAt: integer("prev_at").notNull(),
    prevCrossAt: integer("prev_cross_at"),
    prevUpAt: integer("prev_up_at"),
    prevDeepAt: integer("prev_deep_at"),
  },
  (t) => [primaryKey({ columns: [t.sliceId, t.orderedAt, t.orderId] })],
);

/** Per workspace and derived table: the version of the code that last built the table completely.
 * A reader uses the table only when it matches the code's version; a refresh that finds it stale
 * builds it for every customer. */
export const derivedFreshness = sqliteTable(
  "derived_freshness",
  {
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    codeVersion: integer("code_version").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.name] })],
);

/** Per workspace: the state of its data and of what is derived from it. Kept beside the data (not on
 * the workspace row) so that an import writes only its workspace's data: every change raises
 * data_version, and the kept tables record here what they were built for. A workspace without a row
 * has version 0 and nothing kept. */
export const workspaceState = sqliteTable("workspace_state", {
  workspaceId: workspaceKey(),
  // Raised by every change to the workspace's data (imports, undo, clear, demo reset): cached report
  // data of an older version is stale, whichever process made the change.
  dataVersion: integer("data_version").notNull().default(0),
  // The time zone whose calendar months kpi_months holds; null = not built yet.
  kpiMonthsTimezone: text("kpi_months_timezone"),
  // Whether basket_chunks holds every counted order's products; false = not built yet.
  basketsKept: integer("baskets_kept", { mode: "boolean" }).notNull().default(false),
  // The data_version customer_offer_facts was made for; null = never made.
  offerFactsVersion: integer("offer_facts_version"),
});
