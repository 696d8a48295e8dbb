import { desc, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { imports, user } from "../../schema";

export type ImportRow = {
  id: number;
  kind: string;
  source: string;
  fileName: string | null;
  status: string;
  createdAt: Date;
  createdBy: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
};

export function listImports(db: Db, workspaceId: number, limit = 100): ImportRow[] {
  return db
    .select({
      id: imports.id,
      kind: imports.kind,
      source: imports.source,
      fileName: imports.fileName,
      status: imports.status,
      createdAt: imports.createdAt,
      createdBy: user.email,
      rowsRead: imports.rowsRead,
      inserted: imports.inserted,
      updated: imports.updated,
      unchanged: imports.unchanged,
      rejected: imports.rejected,
    })
    .from(imports)
    .leftJoin(user, eq(user.id, imports.createdBy))
    .where(eq(imports.workspaceId, workspaceId))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(limit)
    .all();
}
