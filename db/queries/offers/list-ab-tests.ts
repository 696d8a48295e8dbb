import type { Db } from "../../client";
import { keptCampaignParts } from "../campaigns/get-campaign-parts";
import { computeAbTests, type AbTestListing } from "./compute-ab-tests";

/** The workspace's A/B tests (computeAbTests). Kept with the campaigns' parts at import (it reads
 * every offer), else computed. */
export function listAbTests(db: Db, workspaceId: number): AbTestListing[] {
  return keptCampaignParts(db, workspaceId)?.abTests ?? computeAbTests(db, workspaceId);
}
