import { describe, expect, it } from "vitest";
import { isNonProductLine } from "./non-product-lines";

describe("isNonProductLine", () => {
  it("knows UCI Online Retail's non-product stock codes by their descriptions", () => {
    // Every StockCode of online_retail_uci.csv that is not a 5-digit product code and is no product,
    // with its description as the file gives it.
    for (const name of [
      "POSTAGE",
      "DOTCOM POSTAGE",
      "Manual",
      "CARRIAGE",
      "Discount",
      "SAMPLES",
      "Bank Charges",
      "AMAZON FEE",
      "CRUK Commission",
      "Dotcomgiftshop Gift Voucher £20.00",
      "Adjust bad debt",
    ]) {
      expect(isNonProductLine(name), name).toBe(true);
    }
  });

  it("knows shop exports' shipping, fee, tip and voucher lines, in English and Dutch", () => {
    for (const name of [
      "Shipping",
      "Verzendkosten",
      "shipping fee",
      "Standard shipping",
      "Shipping & handling",
      "Verzending NL",
      "Tip",
      "Fooi",
      "Cadeaubon €25",
      "Cadeaubonnen",
      "Gift card",
      "Gift cards",
      "Payment fee",
      "Handling costs",
    ]) {
      expect(isNonProductLine(name), name).toBe(true);
    }
  });

  it("leaves products alone, also when their name holds such a word", () => {
    for (const name of [
      "Manual coffee grinder",
      "Postage stamp album",
      "GIRLS PARTY BAG",
      "Koffiemok 350 ml",
      "Shipping box 40 cm",
      "Discount code card holder x",
    ]) {
      expect(isNonProductLine(name), name).toBe(false);
    }
  });
});
