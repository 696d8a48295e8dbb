import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { workspaces } from "./workspaces";

export const IMPORT_KINDS = ["orders", "customers", "products", "campaigns", "offers", "feedback", "demo"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ["committed", "undone"] as const;

// Every stored data row carries the id of the import that wrote it.
export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    source: text("source", { enum: ["upload", "cli", "api", "demo"] }).notNull(),
    fileName: text("file_name"),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("committed"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    rowsRead: integer("rows_read").notNull().default(0),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
  },
  (t) => [index("imports_workspace_idx").on(t.workspaceId, t.createdAt)],
);
