import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/w/shop/overview?from=2025-01-01#kpis")).toBe("/w/shop/overview?from=2025-01-01#kpis");
    expect(safeNextPath("/w/shop/../settings")).toBe("/w/settings");
  });

  it("sends everything that could leave the site to /", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil",
      "/\r//evil.example",
      "https://evil.example",
      "evil",
      "",
      undefined,
      ["/a"],
      "/" + "a".repeat(3000),
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe("/");
    }
  });
});
