import { HOUR_MS } from "../../schema";

/** Whether a range starts and ends on whole UTC hours, as local midnights do in whole-hour time zones:
 * then the hourly tables (kpi_hours, offer_hours) hold its sums; elsewhere the rows are scanned. */
export function isHourAligned(r: { startMs: number; endMs: number }): boolean {
  return r.startMs % HOUR_MS === 0 && r.endMs % HOUR_MS === 0;
}
