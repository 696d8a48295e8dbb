import { describe, expect, it } from "vitest";
import { campaignRecordSchema, feedbackRecordSchema, offerRecordSchema, productRecordSchema } from "../records";
import { parseAll } from "../testing/parse-all";
import { withoutCells } from "../testing/parse-all";

describe("products", () => {
  it("reads products, with prices in decimal comma and negative costs rejected", async () => {
    const csv =
      "Artikelnummer;Productnaam;Categorie;Familie;Tier;Verkoopprijs;Inkoopprijs\nMUG;Mok;Keuken;Mokken;1;9,95;3,10\nBORD;Bord;Keuken;;2;€ 1.249,00;\nX;Fout;;;;5;-1\nY;;;;;5;1\n";
    const { records, rejections } = await parseAll(csv, { kind: "products" });
    expect(records).toEqual([
      { line: 2, sku: "MUG", name: "Mok", category: "Keuken", family: "Mokken", tier: 1, price: 9.95, cost: 3.1 },
      { line: 3, sku: "BORD", name: "Bord", category: "Keuken", family: null, tier: 2, price: 1249, cost: null },
    ]);
    expect(withoutCells(rejections)).toEqual([
      { line: 4, column: "Inkoopprijs", value: "-1", message: "Negative Inkoopprijs -1: it must be 0 or more." },
      { line: 5, column: "Productnaam", value: "", message: 'Missing name: "Productnaam" is empty.' },
    ]);
    for (const r of records) productRecordSchema.parse(r);
  });
});

describe("campaigns", () => {
  it("accepts common spellings of the type and splits promoted SKUs on |", async () => {
    const csv = [
      "campaign_id,name,type,start_date,end_date,cost,channel,placement,target_segment,promoted_skus",
      'C1,Mok erbij,Cross-sell,2025-01-06,2025-02-02,"1,250.00",web,cart,returning,BEANS-250| BEANS-1000',
      "C2,Groter,Up sell,2025-01-06,,0,email,,,",
      "C3,Meer,DEEP_SELLING,2025-01-06,,,,,,",
      "C4,Set,bundel,2025-01-06,,,,,,",
      "C5,Raar,discount,2025-01-06,,,,,,",
      "C6,Omgekeerd,upsell,2025-02-01,2025-01-01,,,,,",
    ].join("\n");
    const { records, rejections } = await parseAll(csv, { kind: "campaigns" });
    expect(records.map((r) => [r.campaignId, r.type])).toEqual([
      ["C1", "cross_sell"],
      ["C2", "upsell"],
      ["C3", "deep_sell"],
      ["C4", "bundle"],
    ]);
    expect(records[0]).toEqual({
      line: 2,
      campaignId: "C1",
      name: "Mok erbij",
      type: "cross_sell",
      startDate: "2025-01-06",
      endDate: "2025-02-02",
      cost: 1250,
      channel: "web",
      placement: "cart",
      targetSegment: "returning",
      promotedSkus: ["BEANS-250", "BEANS-1000"],
    });
    expect(records[1].promotedSkus).toEqual([]);
    expect(withoutCells(rejections)).toEqual([
      {
        line: 6,
        column: "type",
        value: "discount",
        message: 'Unknown campaign type "discount": expected cross_sell, upsell, deep_sell, bundle (or a spelling like "Cross-sell").',
      },
      { line: 7, column: "end_date", value: "2025-01-01", message: "End date 2025-01-01 is before start date 2025-02-01." },
    ]);
    for (const r of records) campaignRecordSchema.parse(r);
  });
});

describe("offers", () => {
  it("reads offers with yes/no in English and Dutch and shown_at in the workspace zone", async () => {
    const csv =
      "Klantnummer;Campagne;Getoond op;Geaccepteerd;Variant;Omzet\nK1;C1;07-01-2025 19:42;ja;B;12,50\nK2;C1;2025-01-07T19:42:00Z;nee;A;\nK3;C1;07-01-2025 19:42;;A;\n";
    const { records, rejections } = await parseAll(csv, { kind: "offers" });
    expect(records).toEqual([
      {
        line: 2,
        offerId: null,
        customerId: "K1",
        customerEmail: null,
        customerPhone: null,
        campaignId: "C1",
        shownAt: Date.parse("2025-01-07T18:42:00Z"),
        accepted: true,
        variant: "B",
        placement: null,
        orderId: null,
        revenue: 12.5,
      },
      {
        line: 3,
        offerId: null,
        customerId: "K2",
        customerEmail: null,
        customerPhone: null,
        campaignId: "C1",
        shownAt: Date.parse("2025-01-07T19:42:00Z"),
        accepted: false,
        variant: "A",
        placement: null,
        orderId: null,
        revenue: null,
      },
    ]);
    expect(withoutCells(rejections)).toEqual([{ line: 4, column: "Geaccepteerd", value: "", message: 'Missing accepted (yes/no): "Geaccepteerd" is empty.' }]);
    for (const r of records) offerRecordSchema.parse(r);
  });
});

describe("feedback", () => {
  it("records a 1-5 scale when no rating is 0 or above 5", async () => {
    const { records } = await parseAll("customer_id,date,rating,comment\nC1,2025-02-10,4,Top\nC2,2025-02-11,1,\n", { kind: "feedback" });
    expect(records).toEqual([
      { line: 2, customerId: "C1", customerEmail: null, customerPhone: null, date: "2025-02-10", rating: 4, scale: 5, campaignId: null, comment: "Top" },
      { line: 3, customerId: "C2", customerEmail: null, customerPhone: null, date: "2025-02-11", rating: 1, scale: 5, campaignId: null, comment: null },
    ]);
    for (const r of records) feedbackRecordSchema.parse(r);
  });

  it("records a 0-10 scale for the whole file when one rating is above 5", async () => {
    const { records } = await parseAll("klantnummer;datum;cijfer\nC1;10-02-2025;4\nC2;11-02-2025;9\n", { kind: "feedback" });
    expect(records.map((r) => [r.rating, r.scale])).toEqual([
      [4, 10],
      [9, 10],
    ]);
  });

  it("rejects a rating outside the file's scale (set from the sample, correctable)", async () => {
    const { rejections } = await parseAll("customer_id,date,rating\nC1,2025-02-10,4\nC2,2025-02-11,7\n", {
      kind: "feedback",
      adjust: (f) => ({ ...f, ratingScale: 5 }),
    });
    expect(withoutCells(rejections)).toEqual([
      {
        line: 3,
        column: "rating",
        value: "7",
        message: "Rating 7 is outside 1-5, the scale of this file (decided from its rating column: 0-10 if any rating is 0 or above 5).",
      },
    ]);
  });
});
