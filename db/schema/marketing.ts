import { sqliteTable, text, integer, real, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { workspaceRef } from "./workspaces";
import { importRef } from "./imports";
import { customers } from "./commerce";
import { CAMPAIGN_TYPES, type CampaignType } from "../../lib/schemas/campaign-types";

export { CAMPAIGN_TYPES, type CampaignType };

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    campaignKey: text("campaign_key").notNull(),
    name: text("name").notNull(),
    type: text("type", { enum: CAMPAIGN_TYPES }).notNull(),
    channel: text("channel"),
    placement: text("placement"),
    startDate: text("start_date").notNull(), // YYYY-MM-DD, workspace time zone
    endDate: text("end_date"),
    cost: real("cost"),
    targetSegment: text("target_segment"),
    promotedSkus: text("promoted_skus", { mode: "json" }).$type<string[]>().notNull().default([]),
    importId: importRef(),
  },
  (t) => [uniqueIndex("campaigns_key_uq").on(t.workspaceId, t.campaignKey), index("campaigns_import_idx").on(t.importId)],
);

export const offers = sqliteTable(
  "offers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    offerKey: text("offer_key").notNull(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    variant: text("variant"),
    placement: text("placement"),
    shownAt: integer("shown_at", { mode: "timestamp_ms" }).notNull(),
    accepted: integer("accepted", { mode: "boolean" }).notNull(),
    orderKey: text("order_key"), // the order the offer led to, matched to orders.order_key
    revenue: real("revenue"),
    importId: importRef(),
  },
  (t) => [
    uniqueIndex("offers_key_uq").on(t.workspaceId, t.offerKey),
    // Covering for the per-campaign scans (Campaigns page, A/B tests), in customer order so
    // per-customer groupings need no sort.
    index("offers_campaign_idx").on(t.workspaceId, t.campaignId, t.customerId, t.variant, t.accepted, t.orderKey, t.revenue),
    // Covering for the KPIs' offer conversion and the offer funnels (a period's offers, accepted,
    // outside holdouts, their linked order and revenue): no row reads.
    index("offers_shown_idx").on(t.workspaceId, t.shownAt, t.accepted, t.variant, t.campaignId, t.customerId, t.orderKey, t.revenue, t.placement),
    // Foreign-key columns are indexed so deleting a parent never scans the child table.
    index("offers_customer_fk_idx").on(t.customerId),
    index("offers_campaign_fk_idx").on(t.campaignId),
    index("offers_import_idx").on(t.importId),
  ],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    // Imported rows are keyed by a hash of what they say, so importing a file twice adds nothing.
    feedbackKey: text("feedback_key"),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    date: text("date").notNull(), // YYYY-MM-DD
    rating: real("rating").notNull(),
    scale: integer("scale").notNull(), // 5 (1-5) or 10 (0-10)
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    comment: text("comment"),
    importId: importRef(),
  },
  (t) => [
    index("feedback_ws_date_idx").on(t.workspaceId, t.date),
    uniqueIndex("feedback_key_uq").on(t.workspaceId, t.feedbackKey),
    index("feedback_customer_fk_idx").on(t.customerId),
    index("feedback_campaign_fk_idx").on(t.campaignId),
    index("feedback_import_idx").on(t.importId),
  ],
);
