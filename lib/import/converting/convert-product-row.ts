import type { ProductRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertProductRow(r: RowReader): ProductRecord | null {
  const sku = r.text("sku", { required: true });
  const name = r.text("name", { required: true });
  const tier = r.integer("tier");
  const price = readAmount(r, "price");
  const cost = readAmount(r, "cost");
  if (r.problem || sku === null || name === null) return null;
  return { line: r.line, sku, name, category: r.text("category"), family: r.text("family"), tier, price, cost };
}

/** A money amount that cannot be negative (prices, costs). */
export function readAmount(r: RowReader, field: string): number | null {
  const n = r.number(field);
  if (n !== null && n < 0) r.fail(field, `Negative ${r.header(field)} ${n}: it must be 0 or more.`);
  return n;
}
