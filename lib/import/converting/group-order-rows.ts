import type { RawRow } from "../reading/read-csv-rows";

export interface OrderGrouperOptions {
  orderColumn: number;
  /** Columns of order-level fields: an empty cell takes the value of the order's first row. */
  carryColumns: readonly number[];
  /** Reject a row identical to an earlier row of the same order (only where that is known to be an
   * export artefact: an identical Shopify or WooCommerce line is a second, separate line item). */
  dropDuplicates: boolean;
  /** A runaway "order" is cut into parts of this many rows to bound memory. */
  maxRows?: number;
}

export interface PushResult {
  /** The rows of the previous order, complete now that another order started. */
  complete: RawRow[] | null;
  /** The line of an earlier identical row of the same order; the row was not added. */
  duplicateOf: number | null;
}

export interface OrderGrouper {
  push(row: RawRow): PushResult;
  end(): RawRow[] | null;
}

/** Groups consecutive rows of the same order (exports write an order's lines together), carrying
 * order-level cells from the first row to the others (Shopify leaves them empty) and, if asked,
 * spotting rows identical to an earlier row of the same order (the UCI file has 5,268).
 * Rows are changed in place. */
export function createOrderGrouper(options: OrderGrouperOptions): OrderGrouper {
  const maxRows = options.maxRows ?? 10_000;
  let key: string | null = null;
  let first: readonly string[] = [];
  let rows: RawRow[] = [];
  let seen = new Map<string, number>();

  const take = (): RawRow[] | null => {
    const done = rows.length > 0 ? rows : null;
    rows = [];
    return done;
  };

  return {
    push(row) {
      const id = (row.fields[options.orderColumn] ?? "").trim();
      let complete: RawRow[] | null = null;
      if (id === "" || id !== key) {
        complete = take();
        key = id === "" ? null : id;
        first = row.fields;
        seen = new Map();
      } else {
        for (const c of options.carryColumns) {
          if ((row.fields[c] ?? "").trim() !== "") continue;
          row.fields[c] = first[c];
          (row.carried ??= []).push(c);
        }
        if (rows.length >= maxRows) complete = take();
      }
      if (options.dropDuplicates && id !== "") {
        const signature = row.fields.join("\u0000");
        const duplicateOf = seen.get(signature);
        if (duplicateOf !== undefined) return { complete, duplicateOf };
        seen.set(signature, row.line);
      }
      rows.push(row);
      return { complete, duplicateOf: null };
    },
    end: take,
  };
}
