import { describe, expect, it } from "vitest";
import { detectNumberFormat } from "../detecting/detect-number-format";
import { parseNumber } from "./parse-number";

describe("parseNumber", () => {
  it.each([
    ["1.234,56", ",", 1234.56],
    ["1,234.56", ".", 1234.56],
    ["€ 9,99", ",", 9.99],
    ["€9.99", ".", 9.99],
    ["9,99 EUR", ",", 9.99],
    ["-12,50", ",", -12.5],
    ["€ -12,50", ",", -12.5],
    ["-€ 12,50", ",", -12.5],
    ["12,50-", ",", -12.5],
    ["(12.50)", ".", -12.5],
    ["1 234 567,8", ",", 1234567.8],
    ["1\u00a0234,50", ",", 1234.5],
    ["1'234.50", ".", 1234.5],
    ["1.234.567", ",", 1234567],
    ["0,125", ",", 0.125],
    [",5", ",", 0.5],
    ["42", ".", 42],
    ["+7", ".", 7],
    ["1.5E+3", ".", 1500],
  ] as const)("reads %s with decimal %s as %d", (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });

  it.each([
    ["2.55", ","], // with a decimal comma a point only groups thousands: 2.550 would be fine
    ["2,55", "."],
    ["1.23.4", ","],
    ["abc", "."],
    ["12 kg", "."],
    ["-", "."],
    ["=1+2", "."],
  ] as const)("refuses %s with decimal %s", (text, decimal) => {
    expect(parseNumber(text, decimal)).toBeNull();
  });
});

describe("detectNumberFormat", () => {
  it("decides decimal comma from values that read only one way", () => {
    expect(detectNumberFormat(["2,55", "1.234,50", "3"], ".")).toEqual({ decimal: ",", assumed: false });
  });
  it("decides decimal point", () => {
    expect(detectNumberFormat(["2.55", "1,234.50", "3"], ",")).toEqual({ decimal: ".", assumed: false });
  });
  it("uses the whole column: one telling value settles values like 1.234", () => {
    expect(detectNumberFormat(["1.234", "2.500", "7.125", "0.5"], ",")).toEqual({ decimal: ".", assumed: false });
    expect(detectNumberFormat(["1.234", "2.500", "3,5"], ".")).toEqual({ decimal: ",", assumed: false });
  });
  it("falls back, marked assumed, when every value reads both ways", () => {
    expect(detectNumberFormat(["1.234", "2.500"], ",")).toEqual({ decimal: ",", assumed: true });
    expect(detectNumberFormat(["1,234"], ".")).toEqual({ decimal: ".", assumed: true });
  });
  it("is not assumed when the separator never matters (whole numbers)", () => {
    expect(detectNumberFormat(["1", "12", "-3", ""], ",")).toEqual({ decimal: ",", assumed: false });
  });
  it("reads currency and negative forms", () => {
    expect(detectNumberFormat(["€ 9,99", "-12,50", "€ 1.234,56"], ".")).toEqual({ decimal: ",", assumed: false });
  });
  it("says a text column is not numeric", () => {
    expect(detectNumberFormat(["Mok", "Bord", "12"], ".")).toBeNull();
    expect(detectNumberFormat(["", " "], ".")).toBeNull();
  });
});
