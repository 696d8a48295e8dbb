import type { Db } from "../client";
import { splitHoldout } from "@/lib/offers/split-holdout";
import { getAbVariantStats } from "./get-ab-variant-stats";

export type AbTestListing = { key: string; name: string; type: string; variants: string[]; users: number; heldOut: string[] };

/** Campaigns with two or more variants shown an offer, by start date: the workspace's A/B tests. */
export function listAbTests(db: Db, ws: number): AbTestListing[] {
  return getAbVariantStats(db, ws).flatMap((c) => {
    const { tested, heldOut } = splitHoldout(c.variants);
    if (tested.length < 2) return [];
    return [{ key: c.key, name: c.name, type: c.type, variants: tested.map((v) => v.name), users: tested.reduce((s, v) => s + v.users, 0), heldOut: heldOut.map((h) => h.name) }];
  });
}
