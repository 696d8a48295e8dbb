import { sqliteTable, text, integer, index, primaryKey } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { workspaceRef } from "./workspaces";
import { IMPORT_KINDS } from "../../lib/schemas/import-kinds";

export const IMPORT_STATUSES = ["committed", "undone"] as const;

// Every stored data row carries the id of the import that wrote it.
export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
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

/** The import that added or last changed a row (null once that import is gone). */
export const importRef = () => integer("import_id").references(() => imports.id, { onDelete: "set null" });

/** What an import did to each row, so undo can remove what it added and restore what it changed.
 * `previous` holds the row (and for orders its lines) as it was before, as JSON. */
export const importChanges = sqliteTable(
  "import_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceRef(),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    entity: text("entity", { enum: ["customer", "product", "order", "campaign", "offer", "feedback"] }).notNull(),
    rowId: integer("row_id").notNull(),
    action: text("action", { enum: ["insert", "update"] }).notNull(),
    previous: text("previous", { mode: "json" }),
  },
  (t) => [index("import_changes_import_idx").on(t.importId, t.entity)],
);

/** The format (kind, column mapping, number and date formats) last used for a header, so the same
 * export is read the same way next time without any manual mapping. */
export const importFormats = sqliteTable(
  "import_formats",
  {
    workspaceId: workspaceRef(),
    headerSignature: text("header_signature").notNull(),
    format: text("format", { mode: "json" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.headerSignature] })],
);
