import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { ensureWorkspaceState } from "../derived/workspace-state";
import { funnelRowsSql, offersByCustomerSql, shownOffersSql } from "./shown-offers-sql";

/**
 * Makes customer_offer_facts and offer_funnel_facts (db/schema/facts.ts) for the workspace's current
 * data and marks them valid for its data_version: run after the last data_version raise of an import or
 * undo, in its transaction. The offers are matched to their orders once, then grouped per customer, per
 * campaign and per placement. A path that forgets it costs speed, never correctness: views count the
 * offers themselves when the version differs.
 */
export function refreshOfferFacts(db: Db, workspaceId: number): void {
  const sqlite = db.$client;
  sqlite.prepare("DELETE FROM customer_offer_facts WHERE workspace_id = ?").run(workspaceId);
  sqlite.prepare("DELETE FROM offer_funnel_facts WHERE workspace_id = ?").run(workspaceId);
  sqlite.exec("DROP TABLE IF EXISTS temp.funnel_offers");
  db.run(sql`CREATE TEMP TABLE funnel_offers AS ${shownOffersSql(workspaceId)}`);
  try {
    db.run(sql`INSERT INTO customer_offer_facts (workspace_id, customer_id, shown, accepted, purchased, revenue)
               SELECT ${workspaceId}, * FROM (${offersByCustomerSql(sql`temp.funnel_offers`)})`);
    db.run(sql`INSERT INTO offer_funnel_facts (workspace_id, by, key, label, shown, accepted, purchased, customers, revenue)
               SELECT ${workspaceId}, * FROM (${funnelRowsSql(sql`temp.funnel_offers`)})`);
  } finally {
    // IF EXISTS: a rollback by SQLite itself (disk full, I/O error) drops it too; its error must show, not this one.
    sqlite.exec("DROP TABLE IF EXISTS temp.funnel_offers");
  }
  ensureWorkspaceState(sqlite, workspaceId);
  sqlite.prepare("UPDATE workspace_state SET offer_facts_version = data_version WHERE workspace_id = ?").run(workspaceId);
}
