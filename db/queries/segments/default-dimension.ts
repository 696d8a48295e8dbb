import type { Db } from "../../client";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { connectionMemo } from "../../sqlite/connection-memo";
import { dataStateKey } from "../derived/freshness";

/** The customer columns a page opens on, in this order: where a shop's customers are, then who they are. */
const FIRST_CHOICES = ["region", "country", "city", "channel", "gender"] as const;

/**
 * The breakdown the Segments and Offers pages open on when the view names none: the first customer
 * column of FIRST_CHOICES that any customer has a value in, else the RFM groups, which every shop with
 * orders has. A shop that imported only an orders export with no address (or one with countries only,
 * like UCI Online Retail) would otherwise open on a single "(unknown)" row.
 */
export function defaultSegmentDimension(db: Db, workspaceId: number): SegmentDimension {
  // A column no customer fills is a scan of every customer: done once per data state, not per view.
  return chosen(db.$client, dataStateKey(db.$client, workspaceId), () => {
    for (const key of FIRST_CHOICES) {
      const any = db.$client.prepare(`SELECT 1 FROM customers WHERE workspace_id = ? AND NOT guest AND "${key}" IS NOT NULL LIMIT 1`).get(workspaceId);
      if (any) return { kind: "column", key };
    }
    return { kind: "rfm", key: "rfm" };
  });
}

const chosen = connectionMemo<SegmentDimension>(64);
