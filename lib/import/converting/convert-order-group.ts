import { allocateOrderDiscount } from "./allocate-order-discount";
import type { ConvertContext } from "./convert-context";
import { convertOrderRow } from "./convert-order-row";
import type { RawRow } from "../reading/read-csv-rows";
import type { OrderLineRecord } from "../records";
import type { RowRejection } from "../row-batch";
import type { RowReader } from "../reading/row-reader";

/** Converts the rows of one order and shares an order-level discount (Shopify "Discount Amount")
 * over its accepted lines. */
export function convertOrderGroup(
  rows: readonly RawRow[],
  read: (row: RawRow) => RowReader,
  ctx: ConvertContext,
): { records: OrderLineRecord[]; rejections: RowRejection[]; setAside: string[] } {
  const records: OrderLineRecord[] = [];
  const rejections: RowRejection[] = [];
  const setAside: string[] = [];
  let orderDiscount: number | null = null;
  for (const row of rows) {
    const r = read(row);
    const record = convertOrderRow(r, ctx);
    const discount = r.number("order_discount");
    if (record && r.problem === null) {
      records.push(record);
      orderDiscount ??= discount;
    } else if (r.problem) {
      rejections.push(r.problem);
    } else if (r.setAside) {
      setAside.push(r.setAside);
    }
  }
  return { records: orderDiscount ? allocateOrderDiscount(records, orderDiscount) : records, rejections, setAside };
}
