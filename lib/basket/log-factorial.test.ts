import { describe, expect, it } from "vitest";
import { logFactorial } from "./log-factorial";

describe("logFactorial", () => {
  it("matches exact small factorials and published values of ln Γ", () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 14);
    // 15 is the last tabulated value and 16 the first from the series: both must be accurate.
    expect(logFactorial(15)).toBeCloseTo(Math.log(1_307_674_368_000), 13);
    expect(logFactorial(16)).toBeCloseTo(Math.log(20_922_789_888_000), 13);
    expect(logFactorial(20)).toBeCloseTo(42.33561646075348503, 12); // ln Γ(21)
    expect(logFactorial(100)).toBeCloseTo(363.73937555556349014, 11); // ln Γ(101)
    expect(logFactorial(1_000_000) / 12_815_518.384658169624).toBeCloseTo(1, 15); // ln Γ(10^6 + 1)
  });
});
