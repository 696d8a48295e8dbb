// Public API of the CSV import parser: detectFormat → (the user corrects the format) → parseRows.
// Pure: no database, no file system; the caller streams the upload's bytes in.
export { detectFormat, detectRatingScale, SAMPLE_BYTES, type DetectOptions } from "./detect-format";
export { parseRows, type ParseOptions } from "./parse-rows";
export { reuseFormat } from "./reuse-format";
export { headerSignature } from "./header-signature";
export { templateCsv } from "./template-csv";
export { parseDate, toIsoDate } from "./parse-date";
export { toEpochMs } from "./to-epoch-ms";
export { DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_FILE_BYTES } from "./read-csv-rows";
export { ImportFileError, isImportFileError, fileProblemSchema, FILE_PROBLEM_CODES, type FileProblem } from "./file-error";
export { formatDetectionSchema, type FormatDetection } from "./format-detection";
export {
  importFormatSchema,
  numberFormatSchema,
  dateFormatSchema,
  PRESET_IDS,
  type ImportFormat,
  type NumberFormat,
  type DateFormat,
  type Encoding,
  type Delimiter,
  type PresetId,
} from "./format";
export { csvKindSchema, CSV_KINDS, type CsvKind } from "./kinds";
export { rowBatchSchema, rowRejectionSchema, type RowBatch, type RowRejection, type RecordOf, type ParseProgress } from "./row-batch";
export {
  orderLineRecordSchema,
  customerRecordSchema,
  productRecordSchema,
  campaignRecordSchema,
  offerRecordSchema,
  feedbackRecordSchema,
  type OrderLineRecord,
  type CustomerRecord,
  type ProductRecord,
  type CampaignRecord,
  type OfferRecord,
  type FeedbackRecord,
} from "./records";
export { localDateTimeSchema, type LocalDateTime } from "./local-date-time";
