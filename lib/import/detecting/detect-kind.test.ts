import { describe, expect, it } from "vitest";
import { detectKind } from "./detect-kind";
import { headerSignature } from "./header-signature";

const best = (header: string, sep = ",") => detectKind(header.split(sep))[0];

describe("detectKind", () => {
  it("maps English order headers regardless of case, spaces, underscores, hyphens and dots", () => {
    const g = best("Order ID,order.date,Customer-ID,SKU,Product_Name,Qty,Unit Price,Discount,Status,Channel,Currency,Line No");
    expect(g).toMatchObject({ kind: "orders", preset: null, confidence: 1 });
    expect(g.columns).toEqual({
      order_id: 0,
      order_date: 1,
      customer_id: 2,
      sku: 3,
      product_name: 4,
      quantity: 5,
      unit_price: 6,
      discount: 7,
      status: 8,
      channel: 9,
      currency: 10,
      line_no: 11,
    });
  });

  it("maps Dutch order headers", () => {
    const g = best("Bestelnummer;Besteldatum;Klantnummer;Artikelnummer;Omschrijving;Aantal;Stukprijs;Korting;Status", ";");
    expect(g.kind).toBe("orders");
    expect(g.columns).toMatchObject({
      order_id: 0,
      order_date: 1,
      customer_id: 2,
      sku: 3,
      product_name: 4,
      quantity: 5,
      unit_price: 6,
      discount: 7,
      status: 8,
    });
  });

  it("takes the e-mail as customer key only when there is no customer id", () => {
    expect(best("ordernummer,datum,e-mailadres,sku,aantal,prijs").columns).toMatchObject({ customer_email: 2 });
    const both = best("ordernummer,datum,klantnummer,e-mailadres,sku,aantal,prijs").columns;
    expect(both.customer_id).toBe(2);
    expect(both).not.toHaveProperty("customer_email");
  });

  it("prefers orders over customers for an orders file that also has a customer id", () => {
    const guesses = detectKind("order_id,order_date,customer_id,sku,quantity,unit_price".split(","));
    expect(guesses[0].kind).toBe("orders");
    expect(guesses.find((g) => g.kind === "customers")!.confidence).toBeLessThan(guesses[0].confidence);
  });

  it.each([
    ["customers", "customer_id,signup_date,birth_year,gender,city,region,country,channel,marketing_opt_out,loyalty_tier"],
    ["customers", "Klantnummer,Aanmelddatum,Geboortejaar,Geslacht,Woonplaats,Provincie,Land"],
    ["products", "SKU,Name,Category,Family,Tier,Price,Cost"],
    ["products", "Artikelnummer,Productnaam,Categorie,Inkoopprijs,Verkoopprijs"],
    ["campaigns", "campaign_id,name,type,start_date,end_date,cost,channel,placement,target_segment,promoted_skus"],
    ["campaigns", "Campagnecode,Campagnenaam,Soort,Startdatum,Einddatum,Kosten"],
    ["offers", "offer_id,customer_id,campaign_id,shown_at,accepted,variant,placement,order_id,revenue"],
    ["offers", "Klantnummer,Campagne,Getoond op,Geaccepteerd,Variant"],
    ["feedback", "customer_id,date,rating,campaign_id,comment"],
    ["feedback", "Klantnummer,Datum,Cijfer,Opmerking"],
  ])("recognises %s from %s", (kind, header) => {
    const g = best(header);
    expect(g.kind).toBe(kind);
    expect(g.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it("recognises the presets with certainty", () => {
    expect(best("Name,Email,Financial Status,Paid at,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku")).toMatchObject({
      kind: "orders",
      preset: "shopify_orders",
      confidence: 1,
    });
    expect(best("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address City,Total Spent,Total Orders,Tags")).toMatchObject({
      kind: "customers",
      preset: "shopify_customers",
    });
    expect(best("Order Number;Order Status;Order Date;First Name (Billing);Phone (Billing);Item Name;Total products;Order Total Amount", ";")).toMatchObject({
      preset: "woocommerce_orders",
    });
    expect(best("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country")).toMatchObject({ preset: "uci_online_retail" });
  });

  it("ranks a kind the user chose even when it fits badly", () => {
    expect(detectKind(["sku", "name"], "feedback")).toEqual([{ kind: "feedback", preset: null, confidence: 0, columns: {} }]);
  });
});

describe("headerSignature", () => {
  it("is equal for headers that differ only in case and punctuation, and order-sensitive", () => {
    expect(headerSignature(["Order ID", "Order Date"])).toBe(headerSignature(["order_id", "order-date"]));
    expect(headerSignature(["Order ID", "Order Date"])).toBe("orderid|orderdate");
    expect(headerSignature(["Order Date", "Order ID"])).not.toBe(headerSignature(["Order ID", "Order Date"]));
  });
});
