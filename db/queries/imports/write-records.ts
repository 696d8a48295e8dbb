import type { CampaignRecord, CustomerRecord, FeedbackRecord, OfferRecord, ProductRecord } from "@/lib/import";
import { contentKey } from "./customer-key";
import type { ImportContext } from "./import-context";
import { upsertRow } from "./upsert-row";

const bool = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

export function writeCustomers(ctx: ImportContext, records: CustomerRecord[]): void {
  const setAttr = ctx.stmt(
    `INSERT INTO customer_attributes (workspace_id, customer_id, key, value, import_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (customer_id, key) DO UPDATE SET value = excluded.value, import_id = excluded.import_id WHERE value <> excluded.value`,
  );
  const attrs = ctx.stmt("SELECT key, value FROM customer_attributes WHERE customer_id = ?");
  for (const r of records) {
    const key = ctx.customerKey(r);
    if (!key) {
      ctx.reject({ line: r.line, column: "customer_id", value: null, message: "No customer id or e-mail address in this row." });
      continue;
    }
    const before = ctx.findCustomer(key);
    const previousAttrs = before === undefined ? [] : (attrs.all(before) as { key: string; value: string }[]);
    const { id, outcome } = upsertRow(ctx, {
      entity: "customer",
      table: "customers",
      keyColumn: "customer_key",
      key,
      values: {
        signup_date: r.signupDate,
        birth_year: r.birthYear,
        gender: r.gender,
        city: r.city,
        region: r.region,
        country: r.country,
        channel: r.channel,
        marketing_opt_out: bool(r.marketingOptOut),
      },
    });
    ctx.rememberCustomer(key, id);
    // An address in a customers file is the customer's from now on: orders no longer move it (write-orders.ts).
    // Over one an order gave, it is taken whole (a city the file leaves empty is not the order's).
    if ((r.city ?? r.region ?? r.country) !== null) {
      const placed = ctx.stmt("SELECT * FROM customers WHERE id = ? AND located_at IS NOT NULL").get(id);
      if (placed) {
        // An updated row was logged, located_at and all, before the update.
        if (outcome === "unchanged") ctx.logUpdate("customer", id, placed);
        ctx.stmt("UPDATE customers SET city = ?, region = ?, country = ?, located_at = NULL WHERE id = ?").run(r.city, r.region, r.country, id);
      }
    }
    let attrsChanged = false;
    for (const [k, v] of Object.entries(r.attributes)) attrsChanged = setAttr.run(ctx.workspaceId, id, k, v, ctx.importId).changes > 0 || attrsChanged;
    if (attrsChanged && outcome === "unchanged") {
      // Only custom attributes changed: the row counts as updated, and undo restores them.
      ctx.counts.unchanged--;
      ctx.counts.updated++;
      ctx.logUpdate("customer", id, { attributes: previousAttrs, attributesOnly: true });
    } else if (attrsChanged && outcome === "updated") {
      ctx.logUpdate("customer", id, { attributes: previousAttrs, attributesOnly: true });
    }
  }
}

export function writeProducts(ctx: ImportContext, records: ProductRecord[]): void {
  for (const r of records) {
    const { outcome } = upsertRow(ctx, {
      entity: "product",
      table: "products",
      keyColumn: "sku",
      key: r.sku,
      values: {
        name: r.name,
        category: r.category,
        family: r.family,
        tier: r.tier,
        price: r.price,
        cost: r.cost,
        declared_upsells: r.upsells ? JSON.stringify(r.upsells) : null,
        declared_cross_sells: r.crossSells ? JSON.stringify(r.crossSells) : null,
      },
    });
    if (outcome !== "unchanged") ctx.productsChanged = true;
  }
}

export function writeCampaigns(ctx: ImportContext, records: CampaignRecord[]): void {
  for (const r of records) {
    upsertRow(ctx, {
      entity: "campaign",
      table: "campaigns",
      keyColumn: "campaign_key",
      key: r.campaignId,
      values: {
        name: r.name,
        type: r.type,
        channel: r.channel,
        placement: r.placement,
        start_date: r.startDate,
        end_date: r.endDate,
        cost: r.cost,
        target_segment: r.targetSegment,
        promoted_skus: JSON.stringify(r.promotedSkus),
      },
    });
  }
}

function campaignIdOf(ctx: ImportContext) {
  const find = ctx.stmt("SELECT id FROM campaigns WHERE workspace_id = ? AND campaign_key = ?").pluck();
  return (key: string) => find.get(ctx.workspaceId, key) as number | undefined;
}

const unknownCampaign = (line: number, key: string) => ({
  line,
  column: "campaign_id",
  value: key,
  message: `Unknown campaign "${key}": import the campaigns file first, or correct the id.`,
});

export function writeOffers(ctx: ImportContext, records: OfferRecord[]): void {
  const campaignId = campaignIdOf(ctx);
  for (const r of records) {
    const key = ctx.customerKey(r);
    const campaign = campaignId(r.campaignId);
    if (!key) {
      ctx.reject({ line: r.line, column: "customer_id", value: null, message: "No customer id or e-mail address in this row." });
      continue;
    }
    if (campaign === undefined) {
      ctx.reject(unknownCampaign(r.line, r.campaignId));
      continue;
    }
    upsertRow(ctx, {
      entity: "offer",
      table: "offers",
      keyColumn: "offer_key",
      key: r.offerId ?? contentKey([key, r.campaignId, r.shownAt, r.variant, r.placement]),
      values: {
        customer_id: ctx.customerId(key),
        campaign_id: campaign,
        variant: r.variant,
        placement: r.placement,
        shown_at: r.shownAt,
        accepted: r.accepted ? 1 : 0,
        order_key: r.orderId,
        revenue: r.revenue,
      },
    });
  }
}

export function writeFeedback(ctx: ImportContext, records: FeedbackRecord[]): void {
  const campaignId = campaignIdOf(ctx);
  for (const r of records) {
    const key = ctx.customerKey(r);
    const campaign = r.campaignId === null ? null : campaignId(r.campaignId);
    if (!key) {
      ctx.reject({ line: r.line, column: "customer_id", value: null, message: "No customer id or e-mail address in this row." });
      continue;
    }
    if (campaign === undefined) {
      ctx.reject(unknownCampaign(r.line, r.campaignId!));
      continue;
    }
    upsertRow(ctx, {
      entity: "feedback",
      table: "feedback",
      keyColumn: "feedback_key",
      key: contentKey([key, r.date, r.rating, r.scale, r.campaignId, r.comment]),
      values: { customer_id: ctx.customerId(key), date: r.date, rating: r.rating, scale: r.scale, campaign_id: campaign, comment: r.comment },
    });
  }
}
