import { z } from "zod";
import { campaignRecordSchema, customerRecordSchema, feedbackRecordSchema, offerRecordSchema, orderLineRecordSchema, productRecordSchema } from "./records";

/** A row that became no record, and why. `line` is the physical 1-based line in the file (the header
 * is line 1); `column` the header name, or null when the row as a whole is wrong. */
export const rowRejectionSchema = z.object({
  line: z.number().int().positive(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  /** The row's cells as the file writes them (before any order-level cell was carried into it), so the
   * rejected rows can be downloaded under the file's own header, fixed and imported again. */
  cells: z.array(z.string()).optional(),
});
export type RowRejection = z.infer<typeof rowRejectionSchema>;

/** For a progress bar: bytes consumed of the upload and data rows read so far. */
export const parseProgressSchema = z.object({
  bytesRead: z.number().int().nonnegative(),
  rowsRead: z.number().int().nonnegative(),
  lastLine: z.number().int().nonnegative(),
});
export type ParseProgress = z.infer<typeof parseProgressSchema>;
/** An upload's progress as the uploader polls it; `receiving`: the file is still arriving (bytesRead
 * counts the bytes received; its rows are read once all of it is in); `waiting`: queued behind other
 * work holding the write lock of this workspace's data (db/store.ts); `refresh`: every row is
 * written and the figures are being rebuilt, `done` of `total` customers so far (null before). */
export type UploadProgress = ParseProgress & { receiving: boolean; waiting: boolean; refresh: { done: number; total: number } | null };

/** Rows that are no error and no record, counted by reason ("Shopify tip line: no product, no revenue"). */
export const setAsideSchema = z.record(z.string(), z.number().int().positive());
export type SetAside = z.infer<typeof setAsideSchema>;

const batch = { rejections: z.array(rowRejectionSchema), setAside: setAsideSchema.optional(), progress: parseProgressSchema };

export const rowBatchSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("orders"), records: z.array(orderLineRecordSchema), ...batch }),
  z.object({ kind: z.literal("customers"), records: z.array(customerRecordSchema), ...batch }),
  z.object({ kind: z.literal("products"), records: z.array(productRecordSchema), ...batch }),
  z.object({ kind: z.literal("campaigns"), records: z.array(campaignRecordSchema), ...batch }),
  z.object({ kind: z.literal("offers"), records: z.array(offerRecordSchema), ...batch }),
  z.object({ kind: z.literal("feedback"), records: z.array(feedbackRecordSchema), ...batch }),
]);
export type RowBatch = z.infer<typeof rowBatchSchema>;
export type RecordOf<K extends RowBatch["kind"]> = Extract<RowBatch, { kind: K }>["records"][number];
