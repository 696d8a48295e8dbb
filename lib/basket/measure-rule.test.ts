import { describe, expect, it } from "vitest";
import { measureRule } from "./measure-rule";

describe("measureRule", () => {
  it("matches hand-worked measures for {bread} => {butter} in 8 baskets", () => {
    // bread in 5 baskets, butter in 5, both in 4, n = 8.
    // support 4/8 = 0.5; confidence 4/5 = 0.8; lift 0.8 / (5/8) = 1.28;
    // leverage 0.5 − (5/8)(5/8) = 0.109375; conviction (1 − 0.625) / (1 − 0.8) = 1.875.
    const m = measureRule({ count: 4, antecedentCount: 5, consequentCount: 5 }, 8);
    expect(m.support).toBe(0.5);
    expect(m.confidence).toBe(0.8);
    expect(m.lift).toBeCloseTo(1.28, 12);
    expect(m.leverage).toBeCloseTo(0.109375, 12);
    expect(m.conviction).toBeCloseTo(1.875, 12);
  });

  it("gives infinite conviction when X always comes with Y", () => {
    // X in 2 of 10 baskets, always with Y (in 4): lift (2/2) / (4/10) = 2.5.
    const m = measureRule({ count: 2, antecedentCount: 2, consequentCount: 4 }, 10);
    expect(m.confidence).toBe(1);
    expect(m.lift).toBe(2.5);
    expect(m.conviction).toBe(Infinity);
  });

  it("shows independence as lift 1 and leverage 0", () => {
    // X in 4 of 10, Y in 5 of 10, both in 2 = 10 · 0.4 · 0.5.
    const m = measureRule({ count: 2, antecedentCount: 4, consequentCount: 5 }, 10);
    expect(m.lift).toBeCloseTo(1, 12);
    expect(m.leverage).toBeCloseTo(0, 12);
    expect(m.conviction).toBeCloseTo(1, 12);
  });
});
