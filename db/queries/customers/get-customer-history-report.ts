import type { Db } from "../../client";
import { getDataRange } from "../kpis/get-data-range";
import { getLtvAndCohorts, type CohortTriangle, type Distribution } from "./get-ltv-and-cohorts";
import { getRepeatPurchaseRate, type RepeatPurchaseRate } from "./get-repeat-purchase-rate";

export type CustomerHistoryReport = {
  dataRange: { first: string; last: string } | null;
  ltv: Distribution;
  repeatPurchaseRate: RepeatPurchaseRate;
  cohorts: CohortTriangle;
};

/** The customers page, historical section: lifetime value so far, over all counted orders. */
export function getCustomerHistoryReport(db: Db, workspace: { id: number; timezone: string }): CustomerHistoryReport {
  const { ltv, cohorts } = getLtvAndCohorts(db, workspace.id, workspace.timezone);
  return { dataRange: getDataRange(db, workspace.id, workspace.timezone), ltv, repeatPurchaseRate: getRepeatPurchaseRate(db, workspace.id), cohorts };
}
