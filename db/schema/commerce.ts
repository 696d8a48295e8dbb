import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { workspaceRef } from "./workspaces";
import { importRef } from "./imports";

// No names, e-mail addresses, phone numbers or street addresses: the key is the shop's own
// customer id, or a salted hash of the e-mail address when that is all a file has.
export const customers = sqliteTable(
  "customers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    customerKey: text("customer_key").notNull(),
    signupDate: text("signup_date"), // YYYY-MM-DD
    birthYear: integer("birth_year"),
    gender: text("gender"),
    city: text("city"),
    region: text("region"),
    country: text("country"),
    // When city, region and country came from an orders file (Shopify's billing address, UCI's
    // Country): the order date they are of, so a later order's address replaces them. NULL when a
    // customers file gave them (it is never overruled by an order) or when there are none.
    locatedAt: integer("located_at"),
    channel: text("channel"),
    marketingOptOut: integer("marketing_opt_out", { mode: "boolean" }).notNull().default(false),
    // A guest checkout: one order with no customer id, e-mail or phone. Its orders count in revenue,
    // orders and baskets, and in no customer-level KPI (docs/kpis.md, "Guest orders").
    guest: integer("guest", { mode: "boolean" }).notNull().default(false),
    importId: importRef(),
  },
  (t) => [
    uniqueIndex("customers_key_uq").on(t.workspaceId, t.customerKey),
    index("customers_import_idx").on(t.importId),
    // Only guest rows: the classification finds a chunk's guests with a short range read.
    index("customers_guest_idx")
      .on(t.workspaceId, t.id)
      .where(sql`guest`),
  ],
);

// Extra columns of a customers file, usable as segments.
export const customerAttributes = sqliteTable(
  "customer_attributes",
  {
    workspaceId: workspaceRef(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: text("value").notNull(),
    importId: importRef(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.key] }),
    index("customer_attributes_ws_key_idx").on(t.workspaceId, t.key, t.value),
    index("customer_attributes_import_idx").on(t.importId),
  ],
);

export const products = sqliteTable(
  "products",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    sku: text("sku").notNull(),
    name: text("name"),
    category: text("category"),
    family: text("family"),
    tier: integer("tier"),
    price: real("price"),
    cost: real("cost"),
    // The shop's own declared pairs (WooCommerce Upsells, Cross-sells): JSON arrays of the products as
    // the file names them, kept to measure later; null when no file said.
    declaredUpsells: text("declared_upsells"),
    declaredCrossSells: text("declared_cross_sells"),
    importId: importRef(),
  },
  (t) => [uniqueIndex("products_sku_uq").on(t.workspaceId, t.sku), index("products_import_idx").on(t.importId)],
);

export const orders = sqliteTable(
  "orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    orderKey: text("order_key").notNull(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderedAt: integer("ordered_at", { mode: "timestamp_ms" }).notNull(), // UTC instant
    status: text("status"), // as exported; refunded / cancelled / voided are not counted
    channel: text("channel"),
    currency: text("currency"),
    importId: importRef(),
  },
  (t) => [
    uniqueIndex("orders_key_uq").on(t.workspaceId, t.orderKey),
    // order_key last: a customer's orders come in (ordered_at, order_key) order, as the classification reads them.
    index("orders_customer_idx").on(t.workspaceId, t.customerId, t.orderedAt, t.orderKey),
    index("orders_date_idx").on(t.workspaceId, t.orderedAt),
    // Foreign-key columns are indexed so deleting a parent never scans the child table.
    index("orders_customer_fk_idx").on(t.customerId),
    index("orders_import_idx").on(t.importId),
  ],
);

export const orderLines = sqliteTable(
  "order_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    lineNo: integer("line_no").notNull(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    category: text("category"), // the line's own category column, used when the product has none
    quantity: real("quantity").notNull(), // negative = return line
    unitPrice: real("unit_price").notNull(),
    discount: real("discount").notNull().default(0), // amount off the whole line
    importId: importRef(),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId), index("order_lines_product_idx").on(t.productId), index("order_lines_import_idx").on(t.importId)],
);
