import type { FileProblem } from "./file-error";

// One function per fatal problem, so every caller says it the same way.

const at = (line: number | null = null, column: string | null = null) => ({ line, column });

/** 2147483648 → "2 GB", 10485760 → "10 MB" (binary units, as file managers show them). */
const size = (bytes: number) =>
  bytes >= 2 ** 30 ? `${+(bytes / 2 ** 30).toFixed(1)} GB` : bytes >= 2 ** 20 ? `${+(bytes / 2 ** 20).toFixed(1)} MB` : `${bytes} bytes`;

export const emptyFile = (): FileProblem => ({
  code: "empty_file",
  message: "The file is empty.",
  fix: "Export the data again from your shop or CRM and upload that file.",
  ...at(),
});

export const headerOnly = (): FileProblem => ({
  code: "header_only",
  message: "The file has a header row but no data rows.",
  fix: "Check the date range or filters of the export and export again.",
  ...at(1),
});

/** More columns than any export has (Shopify's orders export, among the widest, has 79). */
export const MAX_COLUMNS = 1_000;

export const tooManyColumns = (columns: number, atLeast = false): FileProblem => ({
  code: "too_many_columns",
  message: `The header row has ${atLeast ? "more than " : ""}${columns.toLocaleString("en")} columns; Liftboard reads files of at most ${MAX_COLUMNS.toLocaleString("en")}.`,
  fix: "Check the delimiter (a file of one long line?), or export only the columns you need.",
  ...at(1),
});

export const missingColumns = (missing: { fields: string[]; label: string; suggestion: string | null }[], kind?: string): FileProblem => ({
  code: "missing_columns",
  message: `Required column${missing.length > 1 ? "s" : ""} missing: ${missing
    .map((m) => (m.suggestion ? `${m.label} (is it "${m.suggestion}"?)` : m.label))
    .join(", ")}.`,
  fix: `Choose the matching column for each in the mapping, or add the column to the file (see the Liftboard template).${
    // An orders export with no customer at all (a till's) can still come in: revenue, orders and baskets.
    kind === "orders" && missing.some((m) => m.fields.includes("customer_id"))
      ? ' If the file has no customer column at all, import it "without customers" (the preview\'s check box, or --without-customers): every order is then a guest checkout.'
      : ""
  }`,
  ...at(1),
});

export const binaryFile = (what: "xlsx" | "xls" | "pdf" | "binary"): FileProblem => {
  const excel = "This is an Excel workbook, not a CSV: in Excel choose File > Save As > CSV UTF-8.";
  const messages = {
    xlsx: [excel, "Then upload the .csv file."],
    xls: [excel, "Then upload the .csv file."],
    pdf: ["This is a PDF, not a CSV.", "Export the data from your shop or CRM as CSV instead."],
    binary: ["This file is not text (it contains NUL bytes), so it is not a CSV.", "Export the data as CSV (comma- or semicolon-separated text)."],
  } as const;
  return { code: "binary_file", message: messages[what][0], fix: messages[what][1], ...at() };
};

export const unterminatedQuote = (line: number, column: string | null): FileProblem => ({
  code: "unterminated_quote",
  message: `A quoted value that starts on line ${line}${column ? ` (column "${column}")` : ""} is never closed: the rest of the file would be read as one value.`,
  fix: 'Add the closing quote ("), or write a quote inside a value as two quotes ("").',
  ...at(line, column),
});

export const fieldTooLarge = (line: number, column: string | null, limitBytes: number, quoted: boolean): FileProblem => ({
  code: "field_too_large",
  message: `A value that starts on line ${line}${column ? ` (column "${column}")` : ""} is longer than ${size(limitBytes)}.${quoted ? " It starts with a quote that is probably never closed." : ""}`,
  fix: quoted ? 'Add the closing quote ("), or write a quote inside a value as two quotes ("").' : "Remove the oversized value from the file.",
  ...at(line, column),
});

export const fileTooLarge = (limitBytes: number): FileProblem => ({
  code: "file_too_large",
  message: `The file is larger than the limit of ${size(limitBytes)}.`,
  fix: "Export a shorter date range and upload the parts one after another.",
  ...at(),
});
