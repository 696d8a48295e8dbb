"use client";

import { useReportView } from "@/components/report-view/report-view";
import { CLV_PARAMS, TARGET_PARAMS, pickParams, reportSearch } from "@/lib/share/report-search";

/** The customers page's state, all in the URL (fixed when the page is a shared report); each section's
 * parameters are its own (lib/share/report-search.ts), so a copied link shows the same view. */
export function useCustomerParams() {
  const { params, update, locked } = useReportView();
  return {
    params,
    update,
    locked,
    clvSearch: reportSearch("customers/predicted", params),
    targetSearch: pickParams(params, [...CLV_PARAMS, ...TARGET_PARAMS]),
  };
}
