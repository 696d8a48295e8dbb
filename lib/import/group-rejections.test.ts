import { describe, expect, it } from "vitest";
import { RejectionGroups } from "./group-rejections";

describe("RejectionGroups", () => {
  it("groups by column and message up to quoted values and numbers, most frequent first", () => {
    const g = new RejectionGroups();
    const noCustomer = 'No customer: "CustomerID" is empty, and every order line needs a customer id or e-mail address.';
    g.add({ line: 7, column: "UnitPrice", value: "-5", message: "Negative price -5: a price must be 0 or more." });
    g.add({ line: 2, column: "CustomerID", value: "", message: noCustomer });
    g.add({ line: 3, column: "CustomerID", value: "", message: noCustomer });
    g.add({ line: 9, column: "UnitPrice", value: "-11062.06", message: "Negative price -11062.06: a price must be 0 or more." });
    g.add({ line: 4, column: "Quantity", value: "x", message: 'Cannot read "x" as a number.' });
    g.add({ line: 5, column: "Quantity", value: "1,5a", message: 'Cannot read "1,5a" as a number.' });
    g.add({ line: 6, column: "UnitPrice", value: "y", message: 'Cannot read "y" as a number.' });
    expect(g.list()).toEqual([
      { count: 2, column: "CustomerID", message: noCustomer, firstLine: 2 },
      { count: 2, column: "Quantity", message: 'Cannot read "x" as a number.', firstLine: 4 },
      { count: 2, column: "UnitPrice", message: "Negative price -5: a price must be 0 or more.", firstLine: 7 },
      { count: 1, column: "UnitPrice", message: 'Cannot read "y" as a number.', firstLine: 6 },
    ]);
  });
});
