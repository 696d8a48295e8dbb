import { describe, expect, it } from "vitest";
import { importFormatSchema } from "../format";
import { reuseFormat } from "./reuse-format";
import { parseAll } from "../testing/parse-all";

describe("reuseFormat", () => {
  const first = "order_id,order_date,customer_id,sku,quantity,unit_price\n1,01-02-2025,C1,A,1,2.50\n";

  it("reparses a later file with the same header, keeping the user's corrections", async () => {
    // Only ambiguous dates in the first file: day-first is assumed; the user says month-first.
    const { detection } = await parseAll(first);
    expect(detection.format.dateFormats.order_date).toMatchObject({ order: "dmy", assumed: true });
    const corrected = { ...detection.format, dateFormats: { order_date: { order: "mdy" as const, separator: "-" as const, hasTime: false, assumed: false } } };
    const saved = importFormatSchema.parse(JSON.parse(JSON.stringify(corrected)));

    const later = "Order ID;Order Date;Customer ID;SKU;Quantity;Unit Price\n2;03-04-2025;C2;B;2;1,25\n";
    const { records } = await parseAll(later, {
      kind: "orders",
      adjust: (detected, detection) => reuseFormat(saved, detected, detection.headers) ?? detected,
    });
    expect(records.map((r) => [r.orderId, new Date(r.orderedAt).toISOString(), r.unitPrice])).toEqual([["2", "2025-03-03T23:00:00.000Z", 1.25]]);
  });

  it("refuses a file with a different header", async () => {
    const { detection } = await parseAll(first);
    const other = await parseAll("order_id,order_date,customer_id,sku,quantity,unit_price,channel\n1,01-02-2025,C1,A,1,2.50,web\n");
    expect(reuseFormat(detection.format, other.detection.format, other.detection.headers)).toBeNull();
  });
});
