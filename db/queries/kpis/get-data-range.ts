import type { Db } from "../../client";
import { dayOf } from "@/lib/kpi/period";
import { getOrderTimeSpan } from "./get-order-time-span";

/** First and last local day with a counted order, or null for a workspace without orders. */
export function getDataRange(db: Db, workspaceId: number, timeZone: string): { first: string; last: string } | null {
  const span = getOrderTimeSpan(db, workspaceId);
  return span && { first: dayOf(span.lo, timeZone), last: dayOf(span.hi, timeZone) };
}
