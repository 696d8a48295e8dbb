import type { OrderLineRecord, RowBatch } from "@/lib/import";
import type { Db } from "../client";
import { runImport, type ImportSummary, type RunImportOptions } from "../queries/imports/run-import";

/** One order line as the parser gives it, for tests: a paid web order's line of one C1 Coffee at 10 EUR
 * on 1 October 2025, unless `fields` says otherwise. */
export function orderLine(fields: Pick<OrderLineRecord, "orderId" | "customerId"> & Partial<OrderLineRecord>): OrderLineRecord {
  return {
    line: 2,
    orderedAt: Date.parse("2025-10-01T10:00:00Z"),
    customerEmail: null,
    customerPhone: null,
    lineNo: 1,
    sku: "C1",
    productName: "Coffee",
    category: "Coffee",
    quantity: 1,
    unitPrice: 10,
    discount: 0,
    status: "paid",
    channel: "web",
    currency: "EUR",
    ...fields,
  };
}

/** Imports records as one parsed batch through the real import path (workspace 1, from the CLI), for tests. */
export function importRecords<K extends RowBatch["kind"]>(
  db: Db,
  kind: K,
  records: RowBatch["records"],
  extra: Partial<RunImportOptions> = {},
): Promise<ImportSummary> {
  async function* one(): AsyncGenerator<RowBatch> {
    yield { kind, records, rejections: [], progress: { bytesRead: 0, rowsRead: records.length, lastLine: records.length + 1 } } as RowBatch;
  }
  return runImport(db, { workspaceId: 1, userId: null, source: "cli", fileName: `${kind}.csv`, kind, batches: one(), ...extra });
}
