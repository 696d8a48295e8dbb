"use client";

import dynamic from "next/dynamic";
import { SharedReportView } from "@/components/report-view/report-view";
import type { ReportPage } from "@/lib/schemas/share";

// One page's code per link: a link to the overview does not load the chart library of the pages it
// does not show. Each is still rendered on the server, with its data.
const VIEWS = {
  overview: dynamic(() => import("@/components/overview/overview-view").then((m) => m.OverviewView)),
  segments: dynamic(() => import("@/components/segments/segments-view").then((m) => m.SegmentsView)),
  campaigns: dynamic(() => import("@/components/campaigns/campaigns-view").then((m) => m.CampaignsView)),
  offers: dynamic(() => import("@/components/offers/offers-view").then((m) => m.OffersView)),
  products: dynamic(() => import("@/components/products/products-view").then((m) => m.ProductsView)),
  customers: dynamic(() => import("@/components/customers/customers-view").then((m) => m.CustomersView)),
} satisfies Record<ReportPage, unknown>;

type Props = { token: string; page: ReportPage; query: string; currency: string; timeZone: string };

/** The saved report's own page, with its filters locked and its data from the link's route. */
export function SharedReport({ token, page, query, currency, timeZone }: Props) {
  const View = VIEWS[page];
  return (
    <SharedReportView token={token} query={query}>
      <View currency={currency} timeZone={timeZone} />
    </SharedReportView>
  );
}
