import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";

describe("niceTicks", () => {
  it("steps by 1, 2, 2.5 or 5 times a power of ten, from 0 past the largest value", () => {
    expect(niceTicks(0.26, { percent: true })).toEqual({ ticks: [0, 0.1, 0.2, 0.3], decimals: 0 }); // not 0/7/13/20/26%
    expect(niceTicks(0.795, { percent: true, ceiling: 1 })).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8], decimals: 0 });
    expect(niceTicks(1750)).toEqual({ ticks: [0, 500, 1000, 1500, 2000], decimals: 0 });
  });

  it("gives small percentages the decimals that keep labels apart (not 2%, 2%, 1%, 1%, 0%)", () => {
    expect(niceTicks(0.023, { percent: true })).toEqual({ ticks: [0, 0.01, 0.02, 0.03], decimals: 0 });
    expect(niceTicks(0.0046, { percent: true })).toEqual({ ticks: [0, 0.002, 0.004, 0.006], decimals: 1 }); // 0.2%, 0.4%, 0.6%
    expect(niceTicks(0.009, { percent: true })).toEqual({ ticks: [0, 0.0025, 0.005, 0.0075, 0.01], decimals: 2 }); // 0.25% steps
  });

  it("never puts a ratio above 100%, and gives an empty or all-zero series a plain 0–100% axis", () => {
    expect(niceTicks(4, { percent: true, ceiling: 1 }).ticks.at(-1)).toBe(1);
    expect(niceTicks(0, { percent: true, ceiling: 1 })).toEqual({ ticks: [0, 1], decimals: 0 });
  });
});
