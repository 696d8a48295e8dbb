import { describe, expect, it } from "vitest";
import { CSV_KINDS } from "./kinds";
import { templateCsv } from "./template-csv";
import { parseAll } from "./testing/parse-all";

describe("templateCsv", () => {
  it("gives the orders template header and example row", () => {
    expect(templateCsv("orders")).toBe(
      "\uFEFForder_id,order_date,customer_id,sku,product_name,category,quantity,unit_price,discount,status,channel,currency\r\n" +
        "1001,2025-03-14 10:30,C-0001,MUG-350,Koffiemok 350 ml,Keuken,2,9.95,0,paid,web,EUR\r\n",
    );
  });

  it.each(CSV_KINDS)("%s: the template is recognised with certainty and its example row parses", async (kind) => {
    const { detection, records, rejections } = await parseAll(templateCsv(kind));
    expect(detection.format.kind).toBe(kind);
    expect(detection.bom).toBe(true);
    expect(detection.confidence).toBe(1);
    expect(detection.missingRequired).toEqual([]);
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
  });
});
