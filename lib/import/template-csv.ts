import { KIND_SPECS } from "./fields";
import type { CsvKind } from "./kinds";

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The Liftboard template of a kind: header of canonical field names and one example row. Starts
 * with a BOM and uses CRLF so Excel opens it as UTF-8 with the rows intact. */
export function templateCsv(kind: CsvKind): string {
  const example = KIND_SPECS[kind].template;
  const fields = Object.keys(example);
  const values = fields.map((f) => example[f] ?? "");
  return `\uFEFF${fields.map(quote).join(",")}\r\n${values.map(quote).join(",")}\r\n`;
}
