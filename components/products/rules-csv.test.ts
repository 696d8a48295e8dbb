import { describe, expect, it } from "vitest";
import type { ProductsReport } from "@/db/queries/products/get-products-report";
import { rulesToCsv } from "./rules-csv";

const report: ProductsReport = {
  level: "product",
  transactions: 10,
  skippedBaskets: 0,
  maxBasketSize: 50,
  minCount: 1,
  leftOut: { names: [], orders: 0 },
  totalRules: 1,
  limit: 500,
  period: null,
  dataRange: null,
  rules: [
    {
      antecedent: [
        { key: "A", name: '=HYPERLINK("x")' },
        { key: "B", name: "Jug, small" },
      ],
      consequent: { key: "C", name: "Beans" },
      count: 3,
      antecedentCount: 5,
      consequentCount: 6,
      support: 0.3,
      confidence: 0.6,
      lift: 1,
      leverage: 0,
      conviction: null,
      pValue: 0.5,
      qValue: 0.5,
      priceFit: { position: "in", price: 10, low: 5, high: 20 },
      bundle: { listPrice: 230, bundlePrice: 218.5, saving: 11.5, discount: 0.05, margin: null },
    },
  ],
};

describe("rulesToCsv", () => {
  it("writes one row per rule under a fixed header, formula-safe", () => {
    const [head, row, end] = rulesToCsv(report).split("\r\n");
    expect(head).toBe(
      "antecedent,antecedent_keys,consequent,consequent_key,count,antecedent_count,consequent_count,transactions,support,confidence,lift,leverage,conviction,p_value,q_value,price_range,bundle_list_price,bundle_price,bundle_discount",
    );
    // The name starting with = gets an apostrophe; the comma and quotes are quoted; infinite conviction is empty.
    expect(row).toBe(`"'=HYPERLINK(""x"") + Jug, small",A + B,Beans,C,3,5,6,10,0.3,0.6,1,0,,0.5,0.5,in,230,218.5,0.05`);
    expect(end).toBe("");
  });
});
