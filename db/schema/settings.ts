import { sqliteTable, text } from "drizzle-orm/sqlite-core";

// Instance-wide settings, such as the generated auth secret (so one SQLite file is a full backup).
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
