import { sqliteTable, text, integer, index, uniqueIndex, foreignKey } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { workspaceRef } from "./workspaces";
import { REPORT_PAGES, SHARE_MODES } from "../../lib/schemas/share";

/** A dashboard view (page + filters) saved under a name. */
export const savedReports = sqliteTable(
  "saved_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    page: text("page", { enum: REPORT_PAGES }).notNull(),
    // The view's search string, keys sorted, without "?".
    query: text("query").notNull().default(""),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("saved_reports_workspace_idx").on(t.workspaceId, t.createdAt),
    // Target of share_links' (report_id, workspace_id) key.
    uniqueIndex("saved_reports_id_workspace_uq").on(t.id, t.workspaceId),
  ],
);

/** Read-only links to a saved report. */
export const shareLinks = sqliteTable(
  "share_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    reportId: integer("report_id").notNull(),
    // Only a SHA-256 of the token is stored, so a database leak does not leak usable links.
    tokenHash: text("token_hash").notNull().unique(),
    mode: text("mode", { enum: SHARE_MODES }).notNull(),
    // Snapshot mode: the report's data as JSON text, frozen when the link was made.
    snapshot: text("snapshot"),
    dataAsOf: integer("data_as_of", { mode: "timestamp_ms" }),
    // scrypt hash (better-auth's format); the password itself is never stored.
    passwordHash: text("password_hash"),
    allowEmbed: integer("allow_embed", { mode: "boolean" }).notNull().default(false),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastViewedAt: integer("last_viewed_at", { mode: "timestamp_ms" }),
    viewCount: integer("view_count").notNull().default(0),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // The pair, not report_id alone: a link can never belong to another workspace than its report.
    foreignKey({ columns: [t.reportId, t.workspaceId], foreignColumns: [savedReports.id, savedReports.workspaceId], name: "share_links_report_fk" }).onDelete(
      "cascade",
    ),
    index("share_links_workspace_idx").on(t.workspaceId),
    index("share_links_report_idx").on(t.reportId),
  ],
);
