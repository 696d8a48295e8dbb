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

describe("minimizeBfgs stops early when there is nothing left to find", () => {
  // f = 1/(1+θ) keeps falling as θ → ∞ and its slope fades slowly: a parameter running off
  // with no finite optimum, long before |∇f| would pass the tolerance (θ ≈ 10⁴).
  const runaway: Objective = (t, g) => {
    g[0] = -1 / (1 + t[0]) ** 2;
    return t[0] > -1 ? 1 / (1 + t[0]) : Number.NaN;
  };

  it("reports a coordinate leaving the divergence bound as diverged, within a few steps", () => {
    const r = minimizeBfgs(runaway, [0], { divergenceBound: 20 });
    expect(r.stopReason).toBe("diverged");
    expect(r.converged).toBe(false);
    expect(r.theta[0]).toBeGreaterThan(20);
    // maxStep 2 a step: about 10 steps to pass 20.
    expect(r.iterations).toBeLessThanOrEqual(15);
  });

  // A value with a rounding floor (steps of 1e-9) and a gradient with a 1e-6 bias, like a
  // log-likelihood summed over many customers at huge parameters: f stops falling while |∇f|
  // never reaches the tolerance.
  const floored: Objective = (t, g) => {
    g[0] = 2 * t[0] + (t[0] < 0 ? -1e-6 : 1e-6);
    return Math.round((1 + t[0] * t[0]) * 1e9) / 1e9;
  };

  it("stops after stallIterations without progress instead of running to maxIterations", () => {
    const stalled = minimizeBfgs(floored, [3], { stallIterations: 10 });
    expect(stalled.stopReason).toBe("stalled");
    expect(stalled.converged).toBe(false);
    expect(stalled.iterations).toBeLessThan(40);
    expect(Math.abs(stalled.theta[0])).toBeLessThan(1e-3); // it did get to the floor first
    const patient = minimizeBfgs(floored, [3], { stallIterations: Number.POSITIVE_INFINITY, maxIterations: 200 });
    expect(patient.stopReason).toBe("max_iterations");
    expect(patient.iterations).toBe(200);
  });

  it("does not restart from a diverged point", () => {
    const r = minimizeWithRestarts(runaway, [[0], [1]], { divergenceBound: 20 });
    expect(r.stopReason).toBe("diverged");
    expect(r.restarts).toBe(0);
  });

  it("labels a normal finish converged", () => {
    expect(minimizeBfgs(rosenbrock, [-1.2, 1]).stopReason).toBe("converged");
  });
});
