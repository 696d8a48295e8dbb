"use client";

import { CampaignsView } from "@/components/campaigns/campaigns-view";
import { CustomersView } from "@/components/customers/customers-view";
import { OffersView } from "@/components/offers/offers-view";
import { OverviewView } from "@/components/overview/overview-view";
import { ProductsView } from "@/components/products/products-view";
import { SharedReportView } from "@/components/report-view/report-view";
import { SegmentsView } from "@/components/segments/segments-view";
import type { ReportPage } from "@/lib/schemas/share";

type Props = { token: string; page: ReportPage; query: string; currency: string; timeZone: string };

/** The saved report's own page, with its filters locked and its data from the link's route. */
export function SharedReport({ token, page, query, currency, timeZone }: Props) {
  return (
    <SharedReportView token={token} query={query}>
      {page === "overview" && <OverviewView currency={currency} timeZone={timeZone} />}
      {page === "segments" && <SegmentsView currency={currency} />}
      {page === "campaigns" && <CampaignsView currency={currency} />}
      {page === "offers" && <OffersView currency={currency} />}
      {page === "products" && <ProductsView currency={currency} />}
      {page === "customers" && <CustomersView currency={currency} timeZone={timeZone} />}
    </SharedReportView>
  );
}
