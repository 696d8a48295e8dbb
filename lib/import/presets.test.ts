import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { orderLineRecordSchema } from "./records";
import { parseAll } from "./testing/parse-all";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", name)));
const base = { customerId: null, customerPhone: null, category: null, currency: "EUR", city: null, region: null, country: null } as const;

describe("Shopify orders preset (hand-made fixture)", () => {
  it("carries order fields from an order's first row, shares the order discount and maps financial status", async () => {
    const { detection, records, rejections } = await parseAll(fixture("shopify-orders-small.csv"), { kind: "orders" });
    expect(detection.format).toMatchObject({ kind: "orders", preset: "shopify_orders" });
    expect(detection.droppedColumns.map((c) => c.header)).toEqual(["Billing Name", "Billing Street", "Billing Phone", "Notes", "Phone"]);
    const t = (iso: string) => Date.parse(iso);
    expect(records).toEqual([
      {
        ...base,
        line: 2,
        lineNo: 2,
        orderId: "#1001",
        orderedAt: t("2025-03-01T09:00:00Z"),
        customerEmail: "anna@example.nl",
        sku: "MUG-1",
        productName: "Koffiemok",
        quantity: 2,
        unitPrice: 20,
        discount: 8,
        status: "paid",
        channel: "web",
      },
      {
        ...base,
        line: 3,
        lineNo: 3,
        orderId: "#1001",
        orderedAt: t("2025-03-01T09:00:00Z"),
        customerEmail: "anna@example.nl",
        sku: "BEANS-250",
        productName: "Koffiebonen 250 g",
        quantity: 1,
        unitPrice: 10,
        discount: 2,
        status: "paid",
        channel: "web",
      },
      {
        ...base,
        line: 4,
        lineNo: 4,
        orderId: "#1002",
        orderedAt: t("2025-03-02T10:00:00Z"),
        customerEmail: "bob@example.com",
        sku: "TOWEL",
        productName: "Theedoek",
        quantity: 1,
        unitPrice: 15,
        discount: 0,
        status: "refunded",
        channel: "web",
      },
      {
        ...base,
        line: 5,
        lineNo: 5,
        orderId: "#1003",
        orderedAt: t("2025-03-03T11:00:00Z"),
        customerEmail: "carla@example.com",
        sku: "APRON",
        productName: "Schort",
        quantity: 1,
        unitPrice: 30,
        discount: 0,
        status: "voided",
        channel: "web",
      },
      {
        ...base,
        line: 6,
        lineNo: 6,
        orderId: "#1003",
        orderedAt: t("2025-03-03T11:00:00Z"),
        customerEmail: "carla@example.com",
        sku: "Pannenlap",
        productName: "Pannenlap",
        quantity: 2,
        unitPrice: 5,
        discount: 0,
        status: "voided",
        channel: "web",
      },
      {
        ...base,
        line: 7,
        lineNo: 7,
        orderId: "#1004",
        orderedAt: t("2025-03-04T08:00:00Z"),
        customerEmail: "dirk@example.com",
        sku: "COASTER",
        productName: "Onderzetter",
        quantity: 1,
        unitPrice: 12,
        discount: 0,
        status: "cancelled",
        channel: "pos",
      },
      {
        ...base,
        line: 8,
        lineNo: 8,
        orderId: "#1005",
        orderedAt: t("2025-03-06T13:30:00Z"),
        customerEmail: "anna@example.nl",
        sku: "GRINDER",
        productName: "Koffiemolen",
        quantity: 1,
        unitPrice: 50,
        discount: 5,
        status: "partially_refunded",
        channel: "web",
      },
      // #1006 has no e-mail (a point-of-sale sale): a guest checkout, read without a customer.
      {
        ...base,
        line: 9,
        lineNo: 9,
        orderId: "#1006",
        orderedAt: t("2025-03-07T15:00:00Z"),
        customerEmail: null,
        sku: "MUG-1",
        productName: "Koffiemok",
        quantity: 1,
        unitPrice: 20,
        discount: 0,
        status: "paid",
        channel: "pos",
      },
      {
        ...base,
        line: 10,
        lineNo: 10,
        orderId: "#1006",
        orderedAt: t("2025-03-07T15:00:00Z"),
        customerEmail: null,
        sku: "BEANS-250",
        productName: "Koffiebonen 250 g",
        quantity: 1,
        unitPrice: 10,
        discount: 0,
        status: "paid",
        channel: "pos",
      },
    ]);
    expect(rejections).toEqual([]);
    for (const r of records) orderLineRecordSchema.parse(r);
  });
});

describe("Shopify orders preset: a rejected row's own cells", () => {
  it("are the file's, without the order fields carried into it from the order's first row", async () => {
    const csv = [
      "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku",
      "#1001,anna@example.nl,paid,2025-03-01 10:00:00 +0100,2,Koffiemok,20.00,MUG-1",
      "#1001,,,,twee,Koffiebonen,10.00,BEANS",
    ].join("\n");
    const { rejections } = await parseAll(csv, { kind: "orders" });
    expect(rejections).toHaveLength(1);
    // Read with the order's e-mail and date carried in; downloaded as the file wrote it.
    expect(rejections[0]).toMatchObject({ line: 3, column: "Lineitem quantity", cells: ["#1001", "", "", "", "twee", "Koffiebonen", "10.00", "BEANS"] });
  });
});

describe("WooCommerce orders preset", () => {
  it("derives line prices from the order total when the export has none, keyed by billing phone", async () => {
    const csv = [
      "Order Number;Order Status;Order Date;First Name (Billing);Phone (Billing);Item Name;Total products;Order Total Amount;Order Shipping Amount;Customer Paid Orders;Customer Total Spent;City (Shipping)",
      "16379;Completed;2025/12/31 11:23;Thandi;+27 82 555 0101;Body Butter - Tub 250ml;2;370.00;60;1;370;Midrand",
      "16379;Completed;2025/12/31 11:23;Thandi;+27 82 555 0101;Kojic Soap - 100g;2;370.00;60;1;370;Midrand",
      "15407;On hold;2025/11/06 14:10;Sipho;082-555-0199;Body Combo;1;348.00;60;0;0.00;Ibhayi",
    ].join("\n");
    const { detection, records, rejections } = await parseAll(csv, { kind: "orders" });
    expect(detection.format.preset).toBe("woocommerce_orders");
    expect(detection.droppedColumns).toEqual([{ column: 3, header: "First Name (Billing)", reason: "name" }]);
    expect(rejections).toEqual([]);
    expect(records.map((r) => [r.orderId, r.customerPhone, r.sku, r.quantity, r.unitPrice, r.status, new Date(r.orderedAt).toISOString()])).toEqual([
      ["16379", "+27825550101", "Body Butter - Tub 250ml", 1, 155, "completed", "2025-12-31T10:23:00.000Z"],
      ["16379", "+27825550101", "Kojic Soap - 100g", 1, 155, "completed", "2025-12-31T10:23:00.000Z"],
      ["15407", "0825550199", "Body Combo", 1, 288, "on_hold", "2025-11-06T13:10:00.000Z"],
    ]);
    expect(records.every((r) => r.customerEmail === null && r.customerId === null)).toBe(true);
    // The shipping city, the only address column of this export, is the customer's address on the order.
    expect(records.map((r) => [r.city, r.region, r.country])).toEqual([
      ["Midrand", null, null],
      ["Midrand", null, null],
      ["Ibhayi", null, null],
    ]);
  });

  it("reads the billing address before the shipping one, as the order-export plugin labels them", async () => {
    const csv = [
      "Order Number;Order Status;Order Date;Phone (Billing);Item Name;Item Cost;Quantity;City (Shipping);State Code (Shipping);Country Code (Shipping);City (Billing);State Code (Billing);State Name (Billing);Country Code (Billing)",
      "1;Completed;2025/12/31 11:23;+27 82 555 0101;Soap;10;1;Durban;KZN;ZA;Cape Town;WC;Western Cape;ZA",
      "2;Completed;2025/12/31 12:23;+27 82 555 0102;Soap;10;1;Durban;KZN;ZA;;;;",
    ].join("\n");
    const { detection, records } = await parseAll(csv, { kind: "orders" });
    expect(detection.format.preset).toBe("woocommerce_orders");
    // A preset takes the first listed column the file has, for every row: an empty billing cell stays empty.
    expect(records.map((r) => [r.city, r.region, r.country])).toEqual([
      ["Cape Town", "Western Cape", "ZA"],
      [null, null, null],
    ]);
  });
});

describe("UCI Online Retail preset", () => {
  const csv = [
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom",
    "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom",
    "536414,22139,,56,2010-12-01 11:52:00,0,,United Kingdom",
    "A563186,B,Adjust bad debt,1,2011-08-12 14:51:00,-11062.06,17850,United Kingdom",
    "536365,POST,POSTAGE,1,2010-12-01 08:26:00,18.00,17850,United Kingdom",
    "536366,gift_0001_20,Dotcomgiftshop Gift Voucher £20.00,1,2010-12-01 08:28:00,17.02,,United Kingdom",
  ].join("\n");

  it("marks C-invoices cancelled, counts a duplicate line once, reads rows without CustomerID as a guest's, rejects negative prices", async () => {
    const { detection, records, rejections, batches } = await parseAll(csv, { kind: "orders" });
    expect(detection.format.preset).toBe("uci_online_retail");
    expect(records.map((r) => [r.line, r.orderId, r.customerId, r.sku, r.quantity, r.unitPrice, r.status])).toEqual([
      [2, "536365", "17850", "85123A", 6, 2.55, null],
      [3, "536365", "17850", "71053", 6, 3.39, null],
      [5, "C536379", "14527", "D", -1, 27.5, "cancelled"],
      [6, "536414", null, "22139", 56, 0, null],
    ]);
    expect(new Date(records[0].orderedAt).toISOString()).toBe("2010-12-01T07:26:00.000Z");
    expect(rejections).toEqual([
      {
        line: 7,
        column: "UnitPrice",
        value: "-11062.06",
        message: "Negative price -11062.06: a price must be 0 or more (write a return as a negative quantity).",
        cells: ["A563186", "B", "Adjust bad debt", "1", "2011-08-12 14:51:00", "-11062.06", "17850", "United Kingdom"],
      },
    ]);
    // Line 4 repeats line 3: merged by the preset's rule, not an error; postage and a gift voucher,
    // marked by their StockCode, are no product lines.
    expect(batches.map((b) => b.setAside)).toEqual([
      {
        "Identical lines of one invoice, counted once (UCI Online Retail)": 1,
        "Postage and carriage lines: not a product, not revenue (UCI Online Retail)": 1,
        "Gift voucher lines: a way to pay, not a product (UCI Online Retail)": 1,
      },
    ]);
  });

  it("keeps identical lines in other layouts: there they are separate line items", async () => {
    const generic = csv.replace(
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
      "order_id,sku,product_name,quantity,order_date,unit_price,customer_id,country",
    );
    const { detection, records } = await parseAll(generic, { kind: "orders" });
    expect(detection.format.preset).toBeNull();
    // The identical lines and the postage line: only UCI's own layout marks them.
    expect(records.filter((r) => r.orderId === "536365")).toHaveLength(4);
    expect(records.find((r) => r.orderId === "C536379")?.status).toBeNull();
  });
});
