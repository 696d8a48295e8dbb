import { describe, expect, it } from "vitest";
import { settleFileCurrency } from "./settle-file-currency";

const shop = { name: "Bakkerij", currency: "EUR", hasOrders: true };

describe("settleFileCurrency", () => {
  it("accepts a file without a currency or in the workspace's", () => {
    expect(settleFileCurrency(new Set(), shop)).toBeNull();
    expect(settleFileCurrency(new Set(["EUR"]), shop)).toBeNull();
  });

  it("gives an empty workspace the file's currency", () => {
    expect(settleFileCurrency(new Set(["USD"]), { ...shop, hasOrders: false })).toBe("USD");
  });

  it("refuses another currency where orders exist, and a file of several, saying what to do", () => {
    expect(() => settleFileCurrency(new Set(["USD"]), shop)).toThrow(/in USD, while workspace "Bakkerij" holds orders in EUR.*workspace create --currency USD/);
    expect(() => settleFileCurrency(new Set(["USD", "EUR"]), { ...shop, hasOrders: false })).toThrow(/several currencies \(EUR, USD\)/);
  });
});
