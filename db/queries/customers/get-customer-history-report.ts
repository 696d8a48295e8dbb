import type { Db } from "../../client";
import { getDataRange } from "../get-data-range";
import { getCohorts, type CohortTriangle } from "./get-cohorts";
import { getLtvDistribution, type Distribution } from "./get-ltv-distribution";
import { getRepeatPurchaseRate, type RepeatPurchaseRate } from "./get-repeat-purchase-rate";

export type CustomerHistoryReport = {
  dataRange: { first: string; last: string } | null;
  ltv: Distribution;
  repeatPurchaseRate: RepeatPurchaseRate;
  cohorts: CohortTriangle;
};

/** The customers page, historical section: lifetime value so far, over all counted orders. */
export function getCustomerHistoryReport(db: Db, ws: { id: number; timezone: string }): CustomerHistoryReport {
  return {
    dataRange: getDataRange(db, ws.id, ws.timezone),
    ltv: getLtvDistribution(db, ws.id),
    repeatPurchaseRate: getRepeatPurchaseRate(db, ws.id),
    cohorts: getCohorts(db, ws.id, ws.timezone),
  };
}
