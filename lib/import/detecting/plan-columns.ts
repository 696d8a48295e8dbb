import { classifyPrivateColumn, type PrivacyReason } from "./classify-private-column";
import { closestHeader } from "./closest-header";
import { KIND_SPECS, requiredGroups } from "../fields";
import type { DateFormat, ImportFormat, NumberFormat } from "../format";

export interface PlannedColumn {
  index: number;
  header: string;
  number: NumberFormat | null;
  date: DateFormat | null;
}

export interface ColumnRef {
  index: number;
  header: string;
}

export interface MissingField {
  fields: string[];
  label: string;
  suggestion: string | null;
}

export interface ColumnPlan {
  /** canonical field → column */
  columns: Record<string, PlannedColumn>;
  unmapped: ColumnRef[];
  dropped: (ColumnRef & { reason: PrivacyReason })[];
  /** customers only: the columns kept as custom attributes */
  attributes: ColumnRef[];
  missing: MissingField[];
}

/** Resolves a format (columns by header name) against a file's header row: which column each field
 * reads and in which number/date format, which columns are dropped as personal data, kept as
 * customer attributes or ignored, and which required fields have no column. */
export function planColumns(format: ImportFormat, headers: readonly string[]): ColumnPlan {
  const spec = KIND_SPECS[format.kind];
  const fallbackDecimal = format.delimiter === ";" ? "," : ".";
  const columns: Record<string, PlannedColumn> = {};
  for (const [field, header] of Object.entries(format.columns)) {
    const fs = spec.fields[field];
    const index = headers.indexOf(header);
    if (!fs || index === -1) continue;
    const numeric = fs.type === "number" || fs.type === "integer";
    const dated = fs.type === "date" || fs.type === "datetime";
    columns[field] = {
      index,
      header,
      number: numeric ? (format.numberFormats[header] ?? { decimal: fallbackDecimal, assumed: true }) : null,
      date: dated ? (format.dateFormats[header] ?? { order: "dmy", separator: "-", hasTime: fs.type === "datetime", assumed: true }) : null,
    };
  }
  const used = new Set(Object.values(columns).map((c) => c.index));
  const unmapped: ColumnRef[] = [];
  const dropped: ColumnPlan["dropped"] = [];
  headers.forEach((header, index) => {
    if (used.has(index) || header.trim() === "") return;
    const reason = classifyPrivateColumn(header);
    if (reason) dropped.push({ index, header, reason });
    else unmapped.push({ index, header });
  });
  const missing = requiredGroups(format)
    .filter((group) => !group.some((f) => f in columns))
    .map((group) => {
      const fields = group.filter((f) => !spec.fields[f].presetOnly);
      const names = fields.flatMap((f) => [f, ...spec.fields[f].synonyms]);
      return {
        fields,
        // The phone is a last-resort key: not advertised.
        label: fields
          .filter((f) => f !== "customer_phone")
          .map((f) => spec.fields[f].label)
          .join(" or "),
        suggestion: closestHeader(
          names,
          unmapped.map((c) => c.header),
        ),
      };
    });
  return { columns, unmapped, dropped, attributes: format.kind === "customers" ? unmapped : [], missing };
}
