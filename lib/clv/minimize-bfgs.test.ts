import { describe, expect, it } from "vitest";
import { minimizeBfgs, minimizeWithRestarts, type Objective } from "./minimize-bfgs";

const rosenbrock: Objective = (t, g) => {
  const [x, y] = t;
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe("minimizeBfgs", () => {
  it("finds the Rosenbrock minimum at (1, 1) and reports how it got there", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.theta[0]).toBeCloseTo(1, 8);
    expect(r.theta[1]).toBeCloseTo(1, 8);
    expect(r.gradientNorm).toBeLessThanOrEqual(1e-8);
    expect(r.iterations).toBeGreaterThan(10);
    expect(r.evaluations).toBeGreaterThanOrEqual(r.iterations);
  });

  it("says it did not converge when it runs out of iterations or starts outside the domain", () => {
    expect(minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 }).converged).toBe(false);
    const nowhere: Objective = () => Number.NaN;
    expect(minimizeBfgs(nowhere, [0]).converged).toBe(false);
  });

  it("steps back from regions where the objective is undefined", () => {
    // ln-barrier: undefined for x ≤ 0, minimum at x = 1.
    const barrier: Objective = (t, g) => {
      g[0] = 1 - 1 / t[0];
      return t[0] > 0 ? t[0] - Math.log(t[0]) : Number.NaN;
    };
    const r = minimizeBfgs(barrier, [5], { maxStep: 100 });
    expect(r.converged).toBe(true);
    expect(r.theta[0]).toBeCloseTo(1, 8);
  });

  it("keeps the best of several starts", () => {
    // Two minima: f(−1) = 0.5 is worse than f(2) = 0.
    const twoWells: Objective = (t, g) => {
      const x = t[0];
      const left = (x + 1) ** 2 + 0.5;
      const right = (x - 2) ** 2;
      g[0] = left < right ? 2 * (x + 1) : 2 * (x - 2);
      return Math.min(left, right);
    };
    const r = minimizeWithRestarts(twoWells, [[-1.5], [3]]);
    expect(r.theta[0]).toBeCloseTo(2, 8);
    expect(r.value).toBeCloseTo(0, 12);
  });
});
