import { and, eq, sql } from "drizzle-orm";
import { writeIfFree, type Db } from "../../client";
import { workspaces } from "../../schema";
import type { CancelSignal, RefreshStep } from "@/lib/cancel";
import type { CsvKind, RejectionGroup, RowBatch, RowRejection, SetAside } from "@/lib/import";
import { settleFileCurrency } from "@/lib/currency/settle-file-currency";
import { ImportContext, type Counts } from "./import-context";
import { OrdersWriter } from "./write-orders";
import { writeCampaigns, writeCustomers, writeFeedback, writeOffers, writeProducts } from "./write-records";
import { refreshDerivedData } from "../derived/refresh-derived-data";
import { beginDataWrite } from "../derived/workspace-state";

export type ImportStatus = "committed" | "dry_run" | "needs_confirmation";
export type ImportSummary = Counts & {
  importId: number | null;
  kind: CsvKind;
  status: ImportStatus;
  errors: RowRejection[];
  rejectedByReason: RejectionGroup[];
  setAside: SetAside;
  /** The file's currency, taken by a workspace that held no orders yet (settleFileCurrency). */
  currencyAdopted: string | null;
};
export type RunImportOptions = {
  workspaceId: number;
  userId: string | null;
  source: "upload" | "cli" | "api";
  fileName: string | null;
  kind: CsvKind;
  batches: AsyncIterable<RowBatch>;
  dryRun?: boolean;
  /** Share of rejected rows above which nothing is committed unless `acceptRejected`; default 0.05. */
  rejectLimit?: number;
  acceptRejected?: boolean;
  /** Stops the import, nothing written: checked at each batch, while it waits for the write lock, and
   * through the derived-data refresh up to its commit. */
  signal?: CancelSignal;
  /** Called when another connection (an undo, a deletion, a time zone change or a CLI import on this
   * workspace's data) holds its file's write lock:
   * this import waits for it, for as long as the connection's busy timeout allows, and a cancel
   * (`signal`) still stops it while it waits. */
  onWaitingForLock?: () => void;
  /** Every row is written; the derived data are being rebuilt, this far. */
  onRefresh?: (step: RefreshStep) => void;
};

/**
 * Writes a parsed file in ONE transaction on `db`, which must be a connection of its own (the
 * transaction stays open across the parser's awaits, and other requests must not join it):
 * an error, a cancel or a killed process leaves the data as it was. Rows are added, updated by
 * their keys, or left unchanged; each change is logged so the import can be undone.
 */
export async function runImport(db: Db, o: RunImportOptions): Promise<ImportSummary> {
  const sqlite = db.$client;
  const ws = db
    .select({ salt: workspaces.hashSalt, name: workspaces.name, currency: workspaces.currency })
    .from(workspaces)
    .where(eq(workspaces.id, o.workspaceId))
    .get();
  if (!ws) throw new Error(`Workspace ${o.workspaceId} does not exist`);
  const salt = ws.salt;
  // The default 2 MB page cache thrashes on the random-order inserts into the indexes kept during the
  // write (orders by key, customers by key); 8 MB holds their hot pages. Since the other indexes are
  // rebuilt after the write, 32 MB was no faster and raised the peak RSS (SQLite's sorter also sizes
  // its buffers by the cache).
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  const foreignKeys = sqlite.pragma("foreign_keys", { simple: true }) as number;
  try {
    sqlite.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
    // The writers resolve every reference themselves (each customer, product and order id is one they
    // just read or wrote in this transaction), so SQLite's own parent lookups, four per order line, are
    // redundant: a measurable share of a large import. Tests check foreign_key_check stays empty after imports.
    // (The pragma only takes effect outside a transaction; both are restored below, also when BEGIN fails.)
    sqlite.pragma("foreign_keys = OFF");
    if (!writeIfFree(db, () => beginDataWrite(sqlite, o.workspaceId))) {
      o.onWaitingForLock?.();
      await waitForWriteLock(db, o.workspaceId, o.signal);
    }
    const importId = Number(
      sqlite
        .prepare("INSERT INTO imports (workspace_id, kind, source, file_name, status, created_by, created_at) VALUES (?, ?, ?, ?, 'committed', ?, ?)")
        .run(o.workspaceId, o.kind, o.source, o.fileName, o.userId, Date.now()).lastInsertRowid,
    );
    const ctx = new ImportContext(sqlite, o.workspaceId, importId, salt);
    const orders = o.kind === "orders" ? new OrdersWriter(ctx) : null;
    const setAside: SetAside = {};
    const hasOrders = sqlite.prepare("SELECT EXISTS (SELECT 1 FROM orders WHERE workspace_id = ?)").pluck().get(o.workspaceId) === 1;
    const currencies = new Set<string>();
    const checkpoint = (step?: RefreshStep) => {
      if (o.signal?.aborted) throw new ImportCancelled();
      if (step) o.onRefresh?.(step);
    };
    for await (const batch of o.batches) {
      checkpoint();
      for (const r of batch.rejections) ctx.reject(r);
      for (const [reason, n] of Object.entries(batch.setAside ?? {})) setAside[reason] = (setAside[reason] ?? 0) + n;
      ctx.counts.rowsRead = batch.progress.rowsRead;
      if (batch.kind === "orders") for (const r of batch.records) if (r.currency !== null) currencies.add(r.currency);
      writeBatch(ctx, orders, batch);
    }
    // A cancel during the last batch, and then through the refresh: past its end the import commits.
    checkpoint();
    // Refused (and rolled back) when the currency cannot be this workspace's.
    const currencyAdopted = settleFileCurrency(currencies, { name: ws.name, currency: ws.currency, hasOrders });
    orders?.finish();
    checkpoint();
    const c = ctx.counts;
    db.run(sql`UPDATE imports SET rows_read = ${c.rowsRead}, inserted = ${c.inserted}, updated = ${c.updated},
                 unchanged = ${c.unchanged}, rejected = ${c.rejected} WHERE id = ${importId}`);
    const tooMany = c.rowsRead > 0 && c.rejected / c.rowsRead > (o.rejectLimit ?? 0.05) && !o.acceptRejected;
    const status: ImportStatus = o.dryRun ? "dry_run" : tooMany ? "needs_confirmation" : "committed";
    // Nothing else is kept: a dry run or an import that needs confirmation is rolled back below.
    if (status === "committed") refreshDerivedData(db, o.workspaceId, { customers: ctx.productsChanged ? "all" : ctx.touchedCustomers }, { checkpoint });
    sqlite.exec(status === "committed" ? "COMMIT" : "ROLLBACK");
    // After the commit, on its own: the workspace row is in the main file (db/store.ts), which the
    // transaction has read (time zone): turning that read into a write would be refused at once had
    // anyone written the main file meanwhile. Unless someone set a currency since.
    if (status === "committed" && currencyAdopted)
      db.update(workspaces)
        .set({ currency: currencyAdopted })
        .where(and(eq(workspaces.id, o.workspaceId), eq(workspaces.currency, ws.currency)))
        .run();
    return {
      importId: status === "committed" ? importId : null,
      kind: o.kind,
      status,
      ...c,
      errors: ctx.rejections,
      rejectedByReason: ctx.rejectionGroups.list(),
      setAside,
      currencyAdopted,
    };
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw e;
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  }
}

const IMPORT_CACHE_KIB = -8_192;
const LOCK_POLL_MS = 50;

/** beginDataWrite once the write lock is free, trying again every LOCK_POLL_MS (as SQLite's own busy
 * handler does, but between tries the thread takes its messages, so a cancel stops the wait), for as
 * long as the connection's busy timeout allows; then SQLite's "database is locked". */
async function waitForWriteLock(db: Db, workspaceId: number, signal: CancelSignal | undefined): Promise<void> {
  const sqlite = db.$client;
  const timeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
  const until = Date.now() + timeout;
  for (;;) {
    await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    if (signal?.aborted) throw new ImportCancelled();
    if (writeIfFree(db, () => beginDataWrite(sqlite, workspaceId))) return;
    if (Date.now() >= until) {
      // SQLite's "database is locked", as the connection's own wait would end, without waiting again.
      sqlite.pragma("busy_timeout = 0");
      try {
        beginDataWrite(sqlite, workspaceId);
        return;
      } finally {
        sqlite.pragma(`busy_timeout = ${timeout}`);
      }
    }
  }
}

export class ImportCancelled extends Error {
  constructor() {
    super("The import was cancelled; nothing was changed.");
  }
}

function writeBatch(ctx: ImportContext, orders: OrdersWriter | null, batch: RowBatch): void {
  switch (batch.kind) {
    case "orders":
      return orders!.write(batch.records);
    case "customers":
      return writeCustomers(ctx, batch.records);
    case "products":
      return writeProducts(ctx, batch.records);
    case "campaigns":
      return writeCampaigns(ctx, batch.records);
    case "offers":
      return writeOffers(ctx, batch.records);
    case "feedback":
      return writeFeedback(ctx, batch.records);
  }
}
