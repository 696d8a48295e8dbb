import { describeDateFormat, describeNumberFormat } from "./describe-format";
import type { FieldSpec } from "../fields/field-spec";
import type { LocalDateTime } from "../local-date-time";
import { parseBoolean } from "../converting/parse-boolean";
import { parseDate } from "../converting/parse-date";
import { parseNumber } from "../converting/parse-number";
import type { PlannedColumn } from "../detecting/plan-columns";
import type { RowRejection } from "../row-batch";

interface Required {
  required?: boolean;
}

/** The longest text a field takes unless its spec says otherwise: far beyond any real key, name or
 * category (Shopify titles stop at 255), short of a file's whole content run into one cell. */
export const MAX_TEXT_LENGTH = 1_000;

/** Reads one row's cells by canonical field and keeps the first problem, so a converter reads every
 * field and then returns either its record or `problem`. Text is trimmed and otherwise kept as is:
 * "=SUM(A1)" or "@home" stays literal text, nothing is ever evaluated. */
export class RowReader {
  problem: RowRejection | null = null;
  /** Why a row that is no error became no record (a Shopify tip, an image row), for the counts. */
  setAside: string | null = null;

  constructor(
    readonly fields: readonly string[],
    readonly line: number,
    private readonly columns: Readonly<Record<string, PlannedColumn>>,
    private readonly specs: Readonly<Record<string, FieldSpec>>,
    /** Columns carried into this row from its order's first row: blank in its original cells. */
    private readonly carried?: readonly number[],
  ) {}

  /** Marks the row as set aside, not rejected: it is no record and counts toward no error limit. */
  aside(reason: string): null {
    this.setAside = reason;
    return null;
  }

  has(field: string): boolean {
    return field in this.columns;
  }

  header(field: string): string {
    return this.columns[field]?.header ?? field;
  }

  /** Trimmed cell, "" when empty or not mapped. */
  raw(field: string): string {
    const c = this.columns[field];
    return c ? (this.fields[c.index] ?? "").trim() : "";
  }

  text(field: string, opts: Required = {}): string | null {
    const v = this.raw(field);
    const max = this.specs[field]?.maxLength ?? MAX_TEXT_LENGTH;
    if (v.length > max) {
      this.fail(
        field,
        `"${this.header(field)}" holds ${v.length.toLocaleString("en")} characters; a ${this.specs[field]?.label ?? field} has at most ${max.toLocaleString("en")}. Is this the right column, or are two columns run together?`,
      );
      return null;
    }
    if (v !== "") return v;
    if (opts.required) this.missing(field);
    return null;
  }

  number(field: string, opts: Required = {}): number | null {
    const v = this.text(field, opts);
    const format = this.columns[field]?.number;
    if (v === null || !format) return null;
    const n = parseNumber(v, format.decimal);
    if (n === null) this.fail(field, `Cannot read "${v}" as a number: expected a number like ${describeNumberFormat(format)}.`);
    return n;
  }

  integer(field: string, opts: Required = {}): number | null {
    const n = this.number(field, opts);
    if (n === null || Number.isInteger(n)) return n;
    this.fail(field, `Expected a whole number, found "${this.raw(field)}".`);
    return null;
  }

  date(field: string, opts: Required = {}): LocalDateTime | null {
    const v = this.text(field, opts);
    const format = this.columns[field]?.date;
    if (v === null || !format) return null;
    const d = parseDate(v, format);
    if (d === null) this.fail(field, `Cannot read "${v}" as a date: expected a date like ${describeDateFormat(format)}.`);
    return d;
  }

  boolean(field: string, opts: Required = {}): boolean | null {
    const v = this.text(field, opts);
    if (v === null) return null;
    const b = parseBoolean(v);
    if (b === null) this.fail(field, `Cannot read "${v}" as yes or no: expected yes/no, ja/nee, true/false or 1/0.`);
    return b;
  }

  missing(field: string): void {
    const header = this.columns[field]?.header ?? field;
    this.fail(field, `Missing ${this.specs[field]?.label ?? field}: "${header}" is empty.`);
  }

  /** Records a problem with a field's cell (only the first problem of a row is kept). */
  fail(field: string | null, message: string): void {
    if (this.problem) return;
    const c = field === null ? undefined : this.columns[field];
    const value = c ? (this.fields[c.index] ?? null) : null;
    // A rejected value is kept to show and download; an over-long one only as its start.
    const cells = this.carried ? this.fields.map((f, i) => (this.carried!.includes(i) ? "" : f)) : [...this.fields];
    this.problem = { line: this.line, column: c?.header ?? null, value: value && value.length > 200 ? `${value.slice(0, 200)}…` : value, message, cells };
  }
}
