import { describe, expect, it } from "vitest";
import { ageBand } from "./age-bands";

describe("ageBand", () => {
  it("bands by the reference year minus the birth year, edges included", () => {
    expect(ageBand(2001, 2025)).toBe("<25"); // 24
    expect(ageBand(2000, 2025)).toBe("25-34"); // 25
    expect(ageBand(1991, 2025)).toBe("25-34"); // 34
    expect(ageBand(1990, 2025)).toBe("35-44"); // 35
    expect(ageBand(1971, 2025)).toBe("45-54"); // 54
    expect(ageBand(1961, 2025)).toBe("55-64"); // 64
    expect(ageBand(1960, 2025)).toBe("65+"); // 65
  });

  it("treats a missing or implausible birth year as unknown", () => {
    expect(ageBand(null, 2025)).toBeNull();
    expect(ageBand(2030, 2025)).toBeNull();
    expect(ageBand(1800, 2025)).toBeNull();
  });
});
