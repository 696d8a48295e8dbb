import type { ConvertContext } from "./converting/convert-context";
import { convertCampaignRow } from "./converting/convert-campaign-row";
import { convertCustomerRow } from "./converting/convert-customer-row";
import { convertFeedbackRow } from "./converting/convert-feedback-row";
import { convertOfferRow } from "./converting/convert-offer-row";
import { convertOrderGroup } from "./converting/convert-order-group";
import { SET_ASIDE } from "./converting/set-aside";
import { convertProductRow } from "./converting/convert-product-row";
import { fieldCountMessage } from "./reading/field-count-message";
import { ImportFileError } from "./file-error";
import { emptyFile, headerOnly, MAX_COLUMNS, missingColumns, tooManyColumns } from "./file-problems";
import { KIND_SPECS } from "./fields";
import type { FieldSpec } from "./fields/field-spec";
import type { ImportFormat } from "./format";
import { createOrderGrouper, type OrderGrouper } from "./converting/group-order-rows";
import { planColumns, type ColumnPlan } from "./detecting/plan-columns";
import { readCsvRows, type RawRow } from "./reading/read-csv-rows";
import type { RowBatch, RowRejection, SetAside } from "./row-batch";
import { RowReader } from "./reading/row-reader";

export interface ParseOptions {
  /** From detectFormat, as corrected by the user, or a saved one (see reuseFormat). */
  format: ImportFormat;
  /** Workspace time zone (IANA), for date-times written without an offset. */
  timeZone: string;
  /** Records + rejections per batch (default 500; a batch may run over by one 64 KB piece). Small batches die young in
   * V8's heap: batches of 2,000 were promoted and grew it (a higher peak RSS, no faster). */
  batchSize?: number;
  maxFileBytes?: number;
  maxFieldBytes?: number;
  /** Epoch ms used to turn an age into a birth year (default: now). */
  now?: number;
}

type AnyRecord = RowBatch["records"][number];
type Converter = (r: RowReader, ctx: ConvertContext) => AnyRecord | null;

const CONVERTERS: Record<Exclude<ImportFormat["kind"], "orders">, Converter> = {
  customers: convertCustomerRow,
  products: convertProductRow,
  campaigns: convertCampaignRow,
  offers: convertOfferRow,
  feedback: convertFeedbackRow,
};

/** What is known once the header row is read. */
interface FileState {
  width: number;
  ctx: ConvertContext;
  read: (row: RawRow) => RowReader;
  grouper: OrderGrouper | null;
}

/** Streams a CSV upload into batches of typed records and rejected rows. Holds one batch and the
 * rows of the current order at a time, whatever the file's size. Throws ImportFileError (before any
 * batch where possible) for an empty, binary, header-only or too large file, missing required
 * columns, an over-long value or a quote left open. */
export async function* parseRows(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): AsyncGenerator<RowBatch> {
  const { format } = options;
  const batchSize = options.batchSize ?? 500;
  let file: FileState | null = null;
  let records: AnyRecord[] = [];
  let rejections: RowRejection[] = [];
  let setAside: SetAside = {};
  const tally = (reason: string) => (setAside[reason] = (setAside[reason] ?? 0) + 1);
  const progress = { bytesRead: 0, rowsRead: 0, lastLine: 0 };

  const reject = (line: number, message: string, cells: string[]) => rejections.push({ line, column: null, value: null, message, cells });
  const addGroup = (f: FileState, rows: RawRow[] | null) => {
    if (!rows) return;
    if (format.kind !== "orders") {
      for (const row of rows) convertRow(f, row);
      return;
    }
    const out = convertOrderGroup(rows, f.read, f.ctx);
    records.push(...out.records);
    rejections.push(...out.rejections);
    out.setAside.forEach(tally);
  };
  const convertRow = (f: FileState, row: RawRow) => {
    const r = f.read(row);
    const record = CONVERTERS[format.kind as keyof typeof CONVERTERS](r, f.ctx);
    if (r.problem) rejections.push(r.problem);
    else if (record) records.push(record);
    else if (r.setAside) tally(r.setAside);
  };
  const take = (): RowBatch => {
    // Rows of an order are converted when the order is complete, after rows rejected meanwhile.
    rejections.sort((a, b) => a.line - b.line);
    // The kind tag and the records were produced together from format.kind.
    const batch = { kind: format.kind, records, rejections, setAside, progress: { ...progress } } as RowBatch;
    records = [];
    rejections = [];
    setAside = {};
    return batch;
  };

  for await (const chunk of readCsvRows(chunks, {
    encoding: format.encoding,
    delimiter: format.delimiter,
    maxFileBytes: options.maxFileBytes,
    maxFieldBytes: options.maxFieldBytes,
  })) {
    progress.bytesRead = chunk.bytesRead;
    for (const row of chunk.rows) {
      if (!file) {
        file = startFile(format, row.fields, options);
        continue;
      }
      progress.rowsRead++;
      progress.lastLine = row.line;
      const fields = row.fields;
      // Trailing empty cells beyond the header (a separator at the end of each line) are harmless.
      if (fields.length > file.width && fields.slice(file.width).every((f) => f.trim() === "")) fields.length = file.width;
      if (fields.length !== file.width) {
        reject(row.line, fieldCountMessage(file.width, fields.length, format.delimiter), fields);
      } else if (row.badQuote) {
        const span = row.endLine > row.line ? `lines ${row.line}-${row.endLine} were read as one row` : "the row cannot be read";
        reject(row.line, `A quote inside a quoted value is not doubled, so ${span}: write " inside a value as "".`, fields);
      } else if (file.grouper) {
        const { complete, duplicateOf } = file.grouper.push(row);
        addGroup(file, complete);
        if (duplicateOf !== null) tally(SET_ASIDE.duplicateLine);
      } else {
        convertRow(file, row);
      }
    }
    if (records.length + rejections.length >= batchSize) yield take();
  }
  if (!file) throw new ImportFileError(emptyFile());
  if (file.grouper) addGroup(file, file.grouper.end());
  if (progress.rowsRead === 0) throw new ImportFileError(headerOnly());
  yield take();
}

function startFile(format: ImportFormat, header: string[], options: ParseOptions): FileState {
  if (header.length > MAX_COLUMNS) throw new ImportFileError(tooManyColumns(header.length));
  const plan = planColumns(format, header);
  if (plan.missing.length > 0) throw new ImportFileError(missingColumns(plan.missing, format.kind));
  const specs = KIND_SPECS[format.kind].fields;
  return {
    width: header.length,
    ctx: {
      preset: format.preset,
      timeZone: options.timeZone,
      now: options.now ?? Date.now(),
      ratingScale: format.ratingScale ?? 5,
      attributes: plan.attributes,
      productParents: new Map(),
    },
    read: (row) => new RowReader(row.fields, row.line, plan.columns, specs, row.carried),
    // An order's rows (Shopify writes order fields on the first only), a Shopify product's variants
    // (its fields on the first only): grouped, and those fields carried to the group's other rows.
    grouper:
      format.kind === "orders"
        ? grouperBy(plan, "orders", "order_id", "orderLevel", format.preset === "uci_online_retail")
        : format.preset === "shopify_products"
          ? grouperBy(plan, "products", "family", "productLevel", false)
          : null,
  };
}

function grouperBy(plan: ColumnPlan, kind: "orders" | "products", key: string, level: "orderLevel" | "productLevel", dropDuplicates: boolean): OrderGrouper {
  const fields: Readonly<Record<string, FieldSpec>> = KIND_SPECS[kind].fields;
  const carryColumns = Object.entries(plan.columns)
    .filter(([field]) => fields[field]?.[level])
    .map(([, c]) => c.index);
  return createOrderGrouper({ orderColumn: plan.columns[key].index, carryColumns, dropDuplicates });
}
