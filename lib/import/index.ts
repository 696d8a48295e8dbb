// Public API of the CSV import parser, and its only entry: detectFormat → (the user corrects the
// format, or a saved one is reused: resolveFormat) → parseRows. Stages: reading/ (bytes to rows),
// detecting/ (encoding, delimiter, kind, mapping, formats), converting/ (rows to records).
// Pure: no database, no file system, no process state (beyond a memo of time-zone offsets, which only
// saves work); the caller streams the upload's bytes in.
export { detectFormat, detectRatingScale, SAMPLE_BYTES, type DetectOptions } from "./detecting/detect-format";
export { parseRows, type ParseOptions } from "./parse-rows";
export { reuseFormat } from "./detecting/reuse-format";
export { resolveFormat, type ResolvedFormat, type FormatSource } from "./detecting/resolve-format";
export { fileTooLarge, missingColumns } from "./file-problems";
export { RejectionGroups, type RejectionGroup } from "./group-rejections";
export { peekStream } from "./reading/peek-stream";
export { headerSignature } from "./detecting/header-signature";
export { templateCsv } from "./template-csv";
export { parseDate, toIsoDate } from "./converting/parse-date";
export { toEpochMs } from "./converting/to-epoch-ms";
export { DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_FILE_BYTES } from "./reading/read-csv-rows";
export { ImportFileError, isImportFileError, fileProblemSchema, FILE_PROBLEM_CODES, type FileProblem } from "./file-error";
export { formatDetectionSchema, type FormatDetection } from "./format-detection";
export {
  importFormatSchema,
  numberFormatSchema,
  dateFormatSchema,
  PRESET_IDS,
  ENCODINGS,
  type ImportFormat,
  type NumberFormat,
  type DateFormat,
  type Encoding,
  type Delimiter,
  type PresetId,
} from "./format";
export { csvKindSchema, CSV_KINDS, type CsvKind } from "./kinds";
export { KIND_SPECS, requiredGroups } from "./fields";
export { PRESETS } from "./presets";
export {
  rowBatchSchema,
  rowRejectionSchema,
  type RowBatch,
  type RowRejection,
  type RecordOf,
  type ParseProgress,
  type UploadProgress,
  type SetAside,
} from "./row-batch";
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
