import { describe, expect, it } from "vitest";
import { detectBinary } from "./detect-binary";

describe("detectBinary", () => {
  it("recognises an .xlsx workbook by its ZIP signature", () => {
    expect(detectBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe("xlsx");
  });
  it("recognises an old .xls workbook and a PDF", () => {
    expect(detectBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("xls");
    expect(detectBinary(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
  });
  it("calls anything with NUL bytes binary, except UTF-16 text", () => {
    expect(detectBinary(new Uint8Array([0x61, 0x2c, 0x00, 0x62, 0x0a, 0x7f, 0x00, 0x01]))).toBe("binary");
    expect(detectBinary(new Uint8Array(Buffer.from("sku,name\nA,Mok\n", "utf16le")))).toBeNull();
  });
  it("lets text through", () => {
    expect(detectBinary(new TextEncoder().encode("order_id,sku\n1,A\n"))).toBeNull();
  });
});
