"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { FileProblem, FormatDetection, ImportFormat, RowBatch } from "@/lib/import";
import { CSV_KINDS, ENCODINGS, KIND_SPECS, PRESETS, requiredGroups, type CsvKind } from "@/lib/import";
import { Alert } from "@/components/ui/alert";
import { useFieldLabel } from "./use-field-label";

export type Preview = {
  detection: FormatDetection;
  format: ImportFormat;
  savedFormat: boolean;
  rows: { records: RowBatch["records"][number][]; rejections: RowBatch["rejections"]; setAside?: Record<string, number> };
  problem: FileProblem | null;
};

/** The orders' customer group: any one of its fields names the customer. */
const CUSTOMER_FIELDS = KIND_SPECS.orders.required.find((group) => group.includes("customer_id"))!;

const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
const DELIMITERS = [",", ";", "\t", "|"] as const;

/** What the file will be read as, every decision correctable; `onChange` re-reads with it. */
const RECORD_KEY_FIELDS: Record<string, string> = { orderedAt: "order_date", productFamily: "family", productPrice: "price" };

export function ImportPreview({
  preview,
  timeZone,
  onKind,
  onFormat,
}: {
  preview: Preview;
  timeZone: string;
  onKind: (k: CsvKind) => void;
  onFormat: (f: ImportFormat) => void;
}) {
  const t = useTranslations("imports");
  const format_ = useFormatter();
  const { detection, format, rows } = preview;
  const spec = KIND_SPECS[format.kind];
  const groupOf = (field: string) => requiredGroups(format).find((g) => (g as readonly string[]).includes(field)) as readonly string[] | undefined;
  const labelOf = useFieldLabel(format.kind);
  // Whether a field is required, alone or as one of a group, and whether the file has it (or a sibling).
  const requirement = (field: string) => {
    const group = groupOf(field)?.filter((f) => !spec.fields[f].presetOnly || format.columns[f]);
    if (!group) return null;
    const met = group.some((f) => format.columns[f]);
    if (met && !format.columns[field]) return null;
    const what = group.length > 1 ? t("oneOf", { fields: group.map(labelOf).join(", ") }) : t("required");
    return met ? what : `${what} — ${t(group.length > 1 ? "noneInFile" : "notInFile")}`;
  };
  const headers = detection.headers;
  const fields = Object.keys(spec.fields).filter((f) => !spec.fields[f].presetOnly || format.columns[f]);
  const columns = rows.records.length ? Object.keys(rows.records[0]).filter((k) => k !== "line") : [];
  // As read: instants in the workspace's time zone, numbers and yes/no as a person writes them.
  const show = (key: string, v: unknown) =>
    v === null || v === undefined
      ? ""
      : typeof v === "number" && /At$/.test(key)
        ? format_.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short", timeZone })
        : typeof v === "number"
          ? format_.number(v)
          : typeof v === "boolean"
            ? t(v ? "yes" : "no")
            : typeof v === "object"
              ? JSON.stringify(v)
              : String(v);
  const words = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  // A record's key is its field's name in camelCase, but for the few a record names after what it holds.
  const fieldOfKey = (key: string) => RECORD_KEY_FIELDS[key] ?? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  // A column of the rows as read: headed by the file's own column, with the field it fills beneath.
  const heading = (key: string) => {
    const field = fieldOfKey(key);
    if (!spec.fields[field]) return { column: words(key), field: null };
    return { column: format.columns[field] ?? labelOf(field), field: format.columns[field] ? labelOf(field) : null };
  };

  return (
    <div className="space-y-5" data-testid="import-preview">
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="text-xs font-medium text-slate-600">
          {t("kind")}
          <select aria-label={t("kind")} className={`${select} mt-1 block`} value={format.kind} onChange={(e) => onKind(e.target.value as CsvKind)}>
            {CSV_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("delimiter")}
          <select
            aria-label={t("delimiter")}
            className={`${select} mt-1 block`}
            value={format.delimiter}
            onChange={(e) => onFormat({ ...format, delimiter: e.target.value as ImportFormat["delimiter"] })}
          >
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {d === "\t" ? "tab" : d}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("encoding")}
          <select
            aria-label={t("encoding")}
            className={`${select} mt-1 block`}
            value={format.encoding}
            onChange={(e) => onFormat({ ...format, encoding: e.target.value as ImportFormat["encoding"] })}
          >
            {ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {enc}
              </option>
            ))}
          </select>
        </label>
        <p className="text-xs text-slate-600">
          {t("preset")}: <strong data-testid="import-preset">{format.preset ? t(`presets.${format.preset}`) : t("noPreset")}</strong>
        </p>
      </div>
      {preview.savedFormat && <Alert>{t("savedFormat")}</Alert>}
      {detection.format.preset && (
        <ul className="list-disc pl-5 text-xs text-slate-600" data-testid="import-preset-notes">
          {PRESETS[detection.format.preset].notes.map((id) => (
            <li key={id}>{t(`presetNotes.${detection.format.preset}.${id}`)}</li>
          ))}
        </ul>
      )}
      {detection.droppedColumns.length > 0 && (
        <p className="text-xs text-slate-500">{t("dropped", { columns: detection.droppedColumns.map((c) => c.header).join(", ") })}</p>
      )}
      {preview.problem && (
        <Alert tone="error">
          <strong>{t("problem")}:</strong> {preview.problem.message} {preview.problem.fix}
        </Alert>
      )}

      <div className="grid gap-5 lg:grid-cols-2">
        <section>
          <h3 className="mb-2 text-sm font-semibold">{t("mapping")}</h3>
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-1 font-medium">{t("field")}</th>
                <th className="py-1 font-medium">{t("column")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {fields.map((field) => {
                const need = requirement(field);
                return (
                  <tr key={field}>
                    <td className="py-1">
                      {labelOf(field)} {need && <span className="text-xs text-amber-700">({need})</span>}
                    </td>
                    <td className="py-1">
                      <select
                        aria-label={`${t("column")}: ${labelOf(field)}`}
                        className={select}
                        value={format.columns[field] ?? ""}
                        onChange={(e) => {
                          const columns = { ...format.columns };
                          if (e.target.value) columns[field] = e.target.value;
                          else delete columns[field];
                          onFormat({ ...format, columns });
                        }}
                      >
                        <option value="">{t("notMapped")}</option>
                        {headers.map((h) => (
                          <option key={h} value={h}>
                            {h}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {/* A till's export has no customer at all: said by the reader, never guessed from a missed column. */}
          {format.kind === "orders" && (format.withoutCustomers || !CUSTOMER_FIELDS.some((f) => format.columns[f])) && (
            <label className="mt-3 flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="mt-1"
                checked={!!format.withoutCustomers}
                onChange={(e) => onFormat({ ...format, withoutCustomers: e.target.checked || undefined })}
              />
              <span>
                {t("withoutCustomers")}
                <span className="block text-xs text-slate-600">{t("withoutCustomersHint")}</span>
              </span>
            </label>
          )}
        </section>
        <section>
          <h3 className="mb-2 text-sm font-semibold">{t("formats")}</h3>
          <ul className="space-y-2 text-xs text-slate-700">
            {Object.entries(format.numberFormats).map(([h, f]) => (
              <li key={`n-${h}`} className="flex items-center gap-2">
                <strong className="w-40 truncate">{h}</strong>
                <select
                  aria-label={`${t("decimalMark")}: ${h}`}
                  className={select}
                  value={f.decimal}
                  onChange={(e) =>
                    onFormat({ ...format, numberFormats: { ...format.numberFormats, [h]: { decimal: e.target.value as "." | ",", assumed: false } } })
                  }
                >
                  <option value=",">{t("decimalComma")}</option>
                  <option value=".">{t("decimalPoint")}</option>
                </select>
                {f.assumed && <span className="text-amber-700">{t("assumed")}</span>}
              </li>
            ))}
            {Object.entries(format.dateFormats).map(([h, f]) => (
              <li key={`d-${h}`} className="flex items-center gap-2">
                <strong className="w-40 truncate">{h}</strong>
                <select
                  aria-label={`${t("dateOrder")}: ${h}`}
                  className={select}
                  value={f.order}
                  onChange={(e) =>
                    onFormat({ ...format, dateFormats: { ...format.dateFormats, [h]: { ...f, order: e.target.value as typeof f.order, assumed: false } } })
                  }
                >
                  <option value="dmy">{t("dmy")}</option>
                  <option value="mdy">{t("mdy")}</option>
                  <option value="ymd">{t("ymd")}</option>
                </select>
                {f.assumed && <span className="text-amber-700">{t("assumed")}</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section>
        <h3 className="mb-2 text-sm font-semibold">{t("preview")}</h3>
        <div className="max-h-96 overflow-auto rounded border border-slate-200">
          <table className="tabular w-full text-left text-xs" data-testid="import-preview-rows">
            <thead className="sticky top-0 bg-slate-50 text-slate-500">
              <tr>
                <th className="px-2 py-1 font-medium">{t("line")}</th>
                {columns.map((c) => {
                  const h = heading(c);
                  return (
                    <th key={c} className="px-2 py-1 font-medium">
                      {h.column}
                      {h.field && <span className="block font-normal text-slate-500">{h.field}</span>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.records.map((r) => (
                <tr key={r.line}>
                  <td className="px-2 py-1 text-slate-500">{r.line}</td>
                  {columns.map((c) => (
                    <td key={c} className="whitespace-nowrap px-2 py-1">
                      {show(c, (r as Record<string, unknown>)[c])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {Object.keys(rows.setAside ?? {}).length > 0 && (
          <ul className="mt-3 list-disc pl-5 text-xs text-slate-700" data-testid="import-preview-set-aside">
            {Object.entries(rows.setAside ?? {}).map(([reason, count]) => (
              <li key={reason}>{t("setAside", { count, reason })}</li>
            ))}
          </ul>
        )}
        {rows.rejections.length > 0 && (
          <div className="mt-3">
            <h4 className="text-xs font-semibold text-red-700">{t("rejectedInPreview")}</h4>
            <ul className="text-xs text-red-800">
              {rows.rejections.map((r) => (
                <li key={`${r.line}-${r.column}`}>
                  {t("line")} {r.line}
                  {r.column ? `, ${r.column}` : ""}: {r.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
