import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./detect-delimiter";

describe("detectDelimiter", () => {
  it("finds a comma while a quoted value contains semicolons", () => {
    expect(detectDelimiter('sku,name,price\nA,"Mok; groot",9.95\nB,Bord,4.50\n')).toBe(",");
  });
  it("finds a semicolon in a decimal-comma file, although commas are everywhere", () => {
    expect(detectDelimiter("sku;naam;prijs\nA;Mok, groot;9,95\nB;Bord;4,50\n")).toBe(";");
  });
  it("finds a tab", () => {
    expect(detectDelimiter("sku\tname\tprice\nA\tMok, groot\t9.95\nB\tBord; klein\t4.50\n")).toBe("\t");
  });
  it("finds a pipe", () => {
    expect(detectDelimiter("sku|name|price\nA|Mok, groot|9,95\nB|Bord|4,50\n")).toBe("|");
  });
  it("respects quoted line breaks when counting fields", () => {
    expect(detectDelimiter('id;comment;rating\n1;"Goed,\nsnel, netjes";5\n2;Prima;4\n')).toBe(";");
  });
  it("prefers the delimiter whose lines agree", () => {
    // A comma appears in some names only: 3 fields per line with ';', 2 or 3 with ','.
    expect(detectDelimiter("a;b;c\n1;x, y;2\n3;z;4\n5;w;6\n")).toBe(";");
  });
});
