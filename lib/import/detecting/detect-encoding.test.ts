import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDecoder } from "../reading/create-decoder";
import { detectEncoding } from "./detect-encoding";

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));

describe("detectEncoding", () => {
  it("reads plain UTF-8 (multi-byte é) without BOM", () => {
    expect(detectEncoding(new TextEncoder().encode("naam;plaats\nRené;Liège\n"))).toEqual({ encoding: "utf-8", bom: false });
  });

  it("sees a UTF-8 BOM, and the decoder drops it", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("sku,name\n")]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bom: true });
    expect(createDecoder("utf-8")(bytes, true)).toBe("sku,name\n");
  });

  it("falls back to Windows-1252 on invalid UTF-8 and decodes é and € correctly", () => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/customers-windows-1252.csv")));
    expect(detectEncoding(bytes)).toEqual({ encoding: "windows-1252", bom: false });
    const text = createDecoder("windows-1252")(bytes, true);
    expect(text).toContain("Café-eigenaar;€ 1.234,50");
    expect(text).toContain("Liège");
  });

  it("maps every Windows-1252 byte 0x80-0x9F to its character (Node's decoder treats them as Latin-1)", () => {
    const text = createDecoder("windows-1252")(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x99, 0x9f]), true);
    expect(text).toBe("€…‘’“”–™Ÿ");
  });

  it("keeps UTF-8 when the 1 MB sample ends in the middle of a character", () => {
    const bytes = new TextEncoder().encode("sku;prijs\nA;€ 5\n");
    const cut = bytes.subarray(0, bytes.indexOf(0xe2) + 1); // first byte of €
    expect(detectEncoding(cut).encoding).toBe("utf-8");
  });

  it("reads UTF-16 with and without BOM (Excel's 'Unicode text')", () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, ...utf16le("a\tb\n")]))).toEqual({ encoding: "utf-16le", bom: true });
    expect(detectEncoding(utf16le("sku\tname\nA\tMok\n"))).toEqual({ encoding: "utf-16le", bom: false });
    expect(createDecoder("utf-16le")(new Uint8Array([0xff, 0xfe, ...utf16le("é\t€")]), true)).toBe("é\t€");
  });

  it("decodes a character split over two chunks whole", () => {
    const bytes = new TextEncoder().encode("€");
    const decode = createDecoder("utf-8");
    expect(decode(bytes.subarray(0, 1)) + decode(bytes.subarray(1)) + decode(new Uint8Array(0), true)).toBe("€");
  });
});
