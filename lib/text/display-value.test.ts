import { describe, expect, it } from "vitest";
import { displayValue } from "./display-value";

describe("displayValue", () => {
  it("keeps short values whole, isolated", () => {
    expect(displayValue("web")).toEqual({ label: "\u2068web\u2069", title: "web" });
  });

  it("cuts long values to the limit with an ellipsis, by characters not UTF-16 units, keeping the whole as title", () => {
    const long = "x".repeat(5000);
    expect(displayValue(long).label).toBe(`\u2068${"x".repeat(59)}…\u2069`);
    expect(displayValue(long).title).toBe(long);
    expect([...displayValue("😀".repeat(70)).label]).toHaveLength(60 + 2);
  });

  it("isolates an override character so it reverses only the value itself", () => {
    const sneaky = "invoice\u202Egnp.exe";
    expect(displayValue(sneaky).label).toBe(`\u2068${sneaky}\u2069`);
  });
});
