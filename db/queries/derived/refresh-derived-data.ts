import type { Db } from "../../client";
import { bumpDataVersion } from "../imports/bump-data-version";
import { refreshOrderFacts, type RefreshOptions } from "../kpis/refresh-order-facts";
import { kpiMonthsBuilt, rebuildKpiMonths } from "../kpis/kpi-months";
import { refreshCampaignFacts } from "../campaigns/refresh-campaign-facts";
import { refreshOfferHours } from "../offers/refresh-offer-hours";

/** What changed in a workspace: the orders of some customers (or of all, e.g. products changed), or only its time zone. */
export type DataChange = { customers: "all" | (Iterable<number> & { readonly size: number }) } | { timezone: true };

/**
 * The one entry point that brings a workspace's derived data up to date after a change, in the
 * caller's transaction: the per-customer tables for the customers whose orders changed
 * (refreshOrderFacts: order_facts, order_slice_facts, kpi_hours, kpi_months, kpi_cohorts,
 * customer_facts, basket_chunks), one data_version raise (cached answers are stale), then what depends
 * on the whole workspace (offer_hours; refreshCampaignFacts: customer_offer_facts, offer_funnel_facts,
 * rfm_facts, campaign_facts). A new time zone moves calendar months and campaign windows only.
 */
export function refreshDerivedData(db: Db, workspaceId: number, change: DataChange, { checkpoint = () => {}, apply }: RefreshOptions = {}): void {
  const run = () => {
    if ("timezone" in change) {
      // Tables not built yet (e.g. after migration 0012) are built by the next import, not by a rename.
      if (kpiMonthsBuilt(db.$client, workspaceId)) return;
      rebuildKpiMonths(db, workspaceId);
    }
    // refreshOrderFacts raises data_version itself; any other change is raised here, once.
    if (!("timezone" in change) && (change.customers === "all" || change.customers.size)) {
      refreshOrderFacts(db, workspaceId, change.customers === "all" ? undefined : change.customers, { checkpoint, apply });
    } else {
      apply?.();
      bumpDataVersion(db, workspaceId);
    }
    checkpoint();
    // After the raise: kept for the data as it now is. offer_hours first: the unfiltered before/after
    // windows kept with the campaigns read it.
    refreshOfferHours(db, workspaceId);
    checkpoint();
    refreshCampaignFacts(db, workspaceId);
    checkpoint();
  };
  if (db.$client.inTransaction) run();
  else db.$client.transaction(run)();
}
