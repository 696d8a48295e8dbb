import { describe, expect, it } from "vitest";
import { rankTargets, type TargetCandidate } from "./rank-targets";

const day = (d: string) => Date.parse(`${d}T12:00:00Z`);
const candidates: TargetCandidate[] = [
  { customerKey: "a", optedOut: false, lastOrderAt: day("2025-10-01"), orders: 5, revenue: 500 },
  { customerKey: "b", optedOut: false, lastOrderAt: day("2025-10-20"), orders: 1, revenue: 40 },
  { customerKey: "c", optedOut: true, lastOrderAt: day("2025-10-30"), orders: 9, revenue: 900 },
  { customerKey: "d", optedOut: false, lastOrderAt: day("2025-10-20"), orders: 3, revenue: 90 },
];

describe("rankTargets", () => {
  it("leaves opted-out customers out, counts them, and ranks by P(alive) × expected spend", () => {
    const scores = new Map([
      ["a", { pAlive: 0.5, expectedSpend: 100 }], // 50
      ["b", { pAlive: 0.9, expectedSpend: 40 }], // 36
      ["c", { pAlive: 1, expectedSpend: 1000 }], // opted out: never listed
      ["d", { pAlive: 0.8, expectedSpend: 80 }], // 64
    ]);
    const r = rankTargets(candidates, scores, 20);
    expect(r.ranking).toBe("model");
    expect(r.excludedOptedOut).toBe(1);
    expect(r.size).toBe(3);
    expect(r.customers.map((c) => [c.customerKey, c.score])).toEqual([
      ["d", 64],
      ["a", 50],
      ["b", 36],
    ]);
    // Σ P(alive) × expected order value of the target: (0.8 + 0.5 + 0.9) × 20 = 44.
    expect(r.expectedRevenue).toBeCloseTo(44, 12);
  });

  it("falls back to recency, then frequency, then revenue without a model, and has no expected revenue", () => {
    const r = rankTargets(candidates, null, 20);
    expect(r.ranking).toBe("recency_frequency");
    // b and d both ordered last on 20 October: d has more orders.
    expect(r.customers.map((c) => c.customerKey)).toEqual(["d", "b", "a"]);
    expect(r.customers[0]).toMatchObject({ pAlive: null, score: null });
    expect(r.expectedRevenue).toBeNull();
    expect(r.excludedOptedOut).toBe(1);
  });
});
