/** Returns f(θ) and writes ∇f(θ) into `gradient`. May return NaN or ±Infinity outside the domain. */
export type Objective = (theta: Float64Array, gradient: Float64Array) => number;

/** The mean negative log-likelihood over ln-parameters, for a likelihood written in its natural
 * (positive) parameters v = exp(θ): positivity comes free, dLL/dθ = dLL/dv · v by the chain rule,
 * and dividing by `n` makes the tolerance mean the same for 100 or 10^6 observations. */
export function meanNegLogLikOverLogs(n: number, size: number, logLik: (v: Float64Array, gradient: Float64Array) => number): Objective {
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  return (theta, gradient) => {
    for (let i = 0; i < size; i++) v[i] = Math.exp(theta[i]);
    const ll = logLik(v, g);
    for (let i = 0; i < size; i++) gradient[i] = (-g[i] * v[i]) / n;
    return -ll / n;
  };
}

export type MinimizeOptions = {
  /** Converged when every gradient component is at most this in absolute value. */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Largest move of any coordinate in one step (the coordinates are log-parameters). */
  maxStep?: number;
  /** Stop when this many iterations in a row neither lower f beyond rounding noise nor halve the
   * smallest gradient seen: on a flat ridge BFGS otherwise takes tiny accepted steps until
   * `maxIterations`. Default 10. */
  stallIterations?: number;
  /** Stop when any coordinate leaves [−bound, bound]: a parameter running off to 0 or ∞ (over
   * log-parameters) has no finite optimum to find. Default: no bound. */
  divergenceBound?: number;
};

/** Why the minimizer stopped; only "converged" meets the gradient tolerance. */
export type StopReason = "converged" | "max_iterations" | "stalled" | "diverged" | "no_descent" | "invalid_start";

export type MinimizeResult = {
  theta: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
  /** Largest absolute gradient component at `theta`. */
  gradientNorm: number;
  converged: boolean;
  stopReason: StopReason;
};

const ARMIJO = 1e-4;
const NOISE = 1e-12;

const maxAbs = (v: Float64Array) => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
const dot = (u: Float64Array, v: Float64Array) => u.reduce((s, x, i) => s + x * v[i], 0);

function identity(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/**
 * Quasi-Newton BFGS with a backtracking (Armijo) line search. Steps that break the curvature
 * condition skip the update instead of poisoning the inverse Hessian, and a failed line search
 * resets it to the identity once before giving up.
 */
export function minimizeBfgs(objective: Objective, start: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const tol = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  const maxStep = options.maxStep ?? 2;
  const stallIterations = options.stallIterations ?? 10;
  const bound = options.divergenceBound ?? Number.POSITIVE_INFINITY;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = objective(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
    return { theta: x, value: f, iterations: 0, evaluations, gradientNorm: Number.NaN, converged: false, stopReason: "invalid_start" };
  }
  let h = identity(n);
  let fresh = true;
  let iterations = 0;
  const p = new Float64Array(n);
  const xn = new Float64Array(n);
  const gn = new Float64Array(n);
  let stopReason: StopReason | null = null;
  let bestValue = f;
  let bestGradient = maxAbs(g);
  let lastProgress = 0;

  while (iterations < maxIterations && maxAbs(g) > tol) {
    iterations++;
    for (let i = 0; i < n; i++) p[i] = -dot(h[i], g);
    let slope = dot(g, p);
    if (!(slope < 0)) {
      h = identity(n);
      fresh = true;
      for (let i = 0; i < n; i++) p[i] = -g[i];
      slope = dot(g, p);
    }
    const longest = maxAbs(p);
    if (longest > maxStep) {
      for (let i = 0; i < n; i++) p[i] *= maxStep / longest;
      slope *= maxStep / longest;
    }

    let step = 1;
    let fn = Number.NaN;
    let accepted = false;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) xn[i] = x[i] + step * p[i];
      fn = objective(xn, gn);
      evaluations++;
      if (Number.isFinite(fn) && gn.every(Number.isFinite)) {
        const armijo = fn <= f + ARMIJO * step * slope;
        // Near the optimum f changes by less than its rounding noise while ∇f is still accurate:
        // Hager & Zhang's approximate Wolfe test then judges the step by the slope instead.
        const newSlope = dot(gn, p);
        const approxWolfe = fn <= f + NOISE * Math.abs(f) && newSlope >= 0.9 * slope && newSlope <= -0.8 * slope;
        if (armijo || approxWolfe) {
          accepted = true;
          break;
        }
      }
      // Minimum of the quadratic through f, f'(0) and fn, kept within [0.1, 0.5] of the step.
      const q = Number.isFinite(fn) ? (-slope * step * step) / (2 * (fn - f - slope * step)) : 0.1 * step;
      step = Math.min(0.5 * step, Math.max(0.1 * step, q));
    }
    if (!accepted) {
      if (fresh) {
        stopReason = "no_descent"; // not even along −∇f: at the floor of floating-point precision
        break;
      }
      h = identity(n);
      fresh = true;
      continue;
    }

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xn[i] - x[i];
      y[i] = gn[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        // Scale the first inverse Hessian to the observed curvature (Nocedal & Wright, eq. 6.20).
        const scale = sy / dot(y, y);
        h = h.map((row) => row.map((v) => v * scale));
        fresh = false;
      }
      const rho = 1 / sy;
      const hy = Float64Array.from(h, (row) => dot(row, y));
      const yhy = dot(y, hy);
      h = h.map((row, i) => row.map((v, j) => v - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]));
    }
    x = Float64Array.from(xn);
    g = Float64Array.from(gn);
    f = fn;

    if (maxAbs(x) > bound) {
      stopReason = "diverged";
      break;
    }
    const gradient = maxAbs(g);
    if (f < bestValue - NOISE * Math.abs(bestValue) || gradient < 0.5 * bestGradient) {
      lastProgress = iterations;
      bestValue = Math.min(bestValue, f);
      bestGradient = Math.min(bestGradient, gradient);
    } else if (iterations - lastProgress >= stallIterations && gradient > tol) {
      stopReason = "stalled";
      break;
    }
  }
  const gradientNorm = maxAbs(g);
  const converged = gradientNorm <= tol;
  return {
    theta: x,
    value: f,
    iterations,
    evaluations,
    gradientNorm,
    converged,
    stopReason: converged ? "converged" : (stopReason ?? "max_iterations"),
  };
}

/**
 * BFGS from each start, then restarted from the best point with a fresh inverse Hessian until a
 * restart no longer improves it: a run that stalled on a ridge gets a second chance, and agreement
 * between starts guards against a local optimum. A best point that diverged is not restarted:
 * there is nothing finite to polish.
 */
export function minimizeWithRestarts(objective: Objective, starts: ArrayLike<number>[], options: MinimizeOptions = {}): MinimizeResult & { restarts: number } {
  let best: MinimizeResult | null = null;
  let iterations = 0;
  let evaluations = 0;
  for (const start of starts) {
    const run = minimizeBfgs(objective, start, options);
    iterations += run.iterations;
    evaluations += run.evaluations;
    if (Number.isFinite(run.value) && (best === null || run.value < best.value)) best = run;
  }
  if (best === null) {
    const theta = Float64Array.from(starts[0] ?? []);
    return { theta, value: Number.NaN, iterations, evaluations, gradientNorm: Number.NaN, converged: false, stopReason: "invalid_start", restarts: 0 };
  }
  if (best.stopReason === "diverged") return { ...best, iterations, evaluations, restarts: 0 };
  let restarts = 0;
  for (; restarts < 3; restarts++) {
    const run = minimizeBfgs(objective, best.theta, options);
    iterations += run.iterations;
    evaluations += run.evaluations;
    const improved = run.value < best.value - 1e-12 * Math.abs(best.value);
    if (run.value <= best.value) best = run;
    if (!improved) break;
  }
  return { ...best, iterations, evaluations, restarts: restarts + 1 };
}
