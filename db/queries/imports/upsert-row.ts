import type { Entity, ImportContext } from "./import-context";

type Value = string | number | null;
export type UpsertSpec = { entity: Entity; table: string; keyColumn: string; key: string; values: Record<string, Value> };

/** Inserts a row by its key, or updates the columns the file gives (null = the file does not say,
 * so the stored value stays), logging the previous values for undo. Returns the row id and what
 * happened. */
export function upsertRow(ctx: ImportContext, spec: UpsertSpec): { id: number; outcome: "inserted" | "updated" | "unchanged" } {
  const columns = Object.keys(spec.values);
  const existing = ctx.stmt(`SELECT * FROM ${spec.table} WHERE workspace_id = ? AND ${spec.keyColumn} = ?`).get(ctx.workspaceId, spec.key) as
    (Record<string, Value> & { id: number }) | undefined;
  if (!existing) {
    // A column the file does not fill takes the table's default (customers not opted out of marketing).
    const given = columns.filter((c) => spec.values[c] !== null);
    const cols = ["workspace_id", spec.keyColumn, ...given, "import_id"];
    const info = ctx
      .stmt(`INSERT INTO ${spec.table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`)
      .run(ctx.workspaceId, spec.key, ...given.map((c) => spec.values[c]), ctx.importId);
    const id = Number(info.lastInsertRowid);
    ctx.logInsert(spec.entity, id);
    ctx.counts.inserted++;
    return { id, outcome: "inserted" };
  }
  const changed = columns.filter((c) => spec.values[c] !== null && spec.values[c] !== existing[c]);
  if (changed.length === 0) {
    ctx.counts.unchanged++;
    return { id: existing.id, outcome: "unchanged" };
  }
  ctx.logUpdate(spec.entity, existing.id, existing);
  ctx
    .stmt(`UPDATE ${spec.table} SET ${changed.map((c) => `${c} = ?`).join(", ")}, import_id = ? WHERE id = ?`)
    .run(...changed.map((c) => spec.values[c]), ctx.importId, existing.id);
  ctx.counts.updated++;
  return { id: existing.id, outcome: "updated" };
}
