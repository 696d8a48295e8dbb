import { meanNegLogLikOverLogs, minimizeWithRestarts, type Objective } from "./minimize-bfgs";
import { describeFit, type FitDiagnostics } from "./describe-fit";
import type { BgnbdParams, ClvOutcome } from "./types";

/** What BG/NBD needs of a customer (weeks, or any one time unit used throughout). */
export type RfmPoint = { frequency: number; recency: number; T: number };

/** Customers with identical (x, t_x, T) collapsed into one weighted row; Float64Arrays for speed. */
export type BgnbdData = {
  x: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  maxX: number;
  customers: number;
};

/** Diagnostics as in describeFit; the gradient is in the rescaled time unit the fit uses. */
export type BgnbdFit = { params: BgnbdParams; customers: number } & FitDiagnostics;

export function validateRfm(points: readonly RfmPoint[]): string | null {
  for (let i = 0; i < points.length; i++) {
    const { frequency: x, recency: tx, T } = points[i];
    if (!Number.isInteger(x) || x < 0) return `Customer ${i + 1}: frequency ${x} is not a whole number ≥ 0.`;
    if (!(Number.isFinite(T) && T >= 0)) return `Customer ${i + 1}: T ${T} is not a number ≥ 0.`;
    // A few ulps of slack: recency and T often come out of separate float divisions.
    if (!(Number.isFinite(tx) && tx >= 0 && tx <= T * (1 + 1e-12))) return `Customer ${i + 1}: recency ${tx} is not between 0 and T (${T}).`;
    if (x === 0 && tx !== 0) return `Customer ${i + 1}: recency must be 0 without repeat purchases, got ${tx}.`;
  }
  return null;
}

/** Collapses identical histories: with day-resolution dates most customers share one. */
export function prepareBgnbdData(points: readonly RfmPoint[], timeScale = 1): BgnbdData {
  const index = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const weight: number[] = [];
  let maxX = 0;
  for (const p of points) {
    const key = `${p.frequency}|${p.recency}|${p.T}`;
    const at = index.get(key);
    if (at !== undefined) {
      weight[at]++;
      continue;
    }
    index.set(key, x.length);
    x.push(p.frequency);
    tx.push(Math.min(p.recency, p.T) * timeScale);
    T.push(p.T * timeScale);
    weight.push(1);
    if (p.frequency > maxX) maxX = p.frequency;
  }
  return {
    x: Int32Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    weight: Float64Array.from(weight),
    maxX,
    customers: points.length,
  };
}

/**
 * Log-likelihood of Fader, Hardie & Lee (2005), eq. 6, and its gradient in (r, α, a, b):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *        + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ]
 * with the last term as a log-sum-exp. The Γ and B ratios depend on x only, and x is a whole
 * number, so they come from a per-x table built by recurrence (ln Γ(r+x+1) = ln Γ(r+x) + ln(r+x)):
 * per customer that leaves two logarithms, one exponential and one log1p.
 */
function evaluate(params: BgnbdParams, data: BgnbdData, gradient: Float64Array | null): number {
  const { r, alpha, a, b } = params;
  const size = data.maxX + 1;
  const G = new Float64Array(size);
  const dGr = new Float64Array(size);
  const dGa = new Float64Array(size);
  const dGb = new Float64Array(size);
  const c = new Float64Array(size);
  for (let k = 1; k < size; k++) {
    const j = k - 1;
    G[k] = G[j] + Math.log(r + j) + Math.log(b + j) - Math.log(a + b + j);
    dGr[k] = dGr[j] + 1 / (r + j);
    dGa[k] = dGa[j] - 1 / (a + b + j);
    dGb[k] = dGb[j] + 1 / (b + j) - 1 / (a + b + j);
    c[k] = Math.log(a) - Math.log(b + j);
  }
  const lnAlpha = Math.log(alpha);
  const { x, tx, T, weight } = data;
  let ll = 0;
  let sr = 0;
  let sAlpha = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const w = weight[i];
    const lT = Math.log(alpha + T[i]);
    if (xi === 0) {
      ll += w * r * (lnAlpha - lT);
      sr += w * (lnAlpha - lT);
      sAlpha += w * r * (1 / alpha - 1 / (alpha + T[i]));
      continue;
    }
    const lTx = Math.log(alpha + tx[i]);
    const rx = r + xi;
    const u = -rx * lT;
    const v = c[xi] - rx * lTx;
    // pi = share of the "dropped out after the last purchase" term in the sum.
    let lse: number;
    let pi: number;
    if (v > u) {
      const e = Math.exp(u - v);
      lse = v + Math.log1p(e);
      pi = 1 / (1 + e);
    } else {
      const e = Math.exp(v - u);
      lse = u + Math.log1p(e);
      pi = e / (1 + e);
    }
    ll += w * (G[xi] + r * lnAlpha + lse);
    sr += w * (dGr[xi] + lnAlpha - (1 - pi) * lT - pi * lTx);
    sAlpha += w * (r / alpha - rx * ((1 - pi) / (alpha + T[i]) + pi / (alpha + tx[i])));
    sa += w * (dGa[xi] + pi / a);
    sb += w * (dGb[xi] - pi / (b + xi - 1));
  }
  if (gradient) {
    gradient[0] = sr;
    gradient[1] = sAlpha;
    gradient[2] = sa;
    gradient[3] = sb;
  }
  return ll;
}

export function bgnbdLogLikelihood(params: BgnbdParams, points: readonly RfmPoint[] | BgnbdData): number {
  const data = "weight" in points ? points : prepareBgnbdData(points);
  return evaluate(params, data, null);
}

const fromTheta = (t: Float64Array): BgnbdParams => ({
  r: Math.exp(t[0]),
  alpha: Math.exp(t[1]),
  a: Math.exp(t[2]),
  b: Math.exp(t[3]),
});

function objectiveFor(data: BgnbdData): Objective {
  return meanNegLogLikOverLogs(data.customers, 4, (v, g) => evaluate({ r: v[0], alpha: v[1], a: v[2], b: v[3] }, data, g));
}

// Starting points in the rescaled time unit (longest T = 10), where α is of order 1.
const STARTS = [
  [1, 1, 1, 1],
  [0.25, 0.5, 0.75, 2.5],
  [3, 10, 0.3, 0.5],
].map((p) => p.map(Math.log));

/**
 * Maximum-likelihood r, α, a, b over ln-parameters (so all stay positive) by BFGS with the
 * analytic gradient, from three starts and restarted from the best. Times are rescaled so the
 * longest T is 10 before fitting, as `lifetimes` does: α then lives near 1 whatever the unit,
 * and is scaled back afterwards (r, a, b do not depend on the unit).
 */
export function fitBgnbd(points: readonly RfmPoint[]): ClvOutcome<BgnbdFit> {
  const invalid = validateRfm(points);
  if (invalid) return { ok: false, error: { reason: "invalid_input", message: invalid } };
  const maxT = points.reduce((m, p) => Math.max(m, p.T), 0);
  if (points.length === 0 || maxT === 0) {
    return { ok: false, error: { reason: "too_little_data", message: "No customer has any history before the calibration end." } };
  }
  const scale = 10 / maxT;
  const scaled = prepareBgnbdData(points, scale);
  const best = minimizeWithRestarts(objectiveFor(scaled), STARTS, { gradientTolerance: 1e-9 });
  const fitted = fromTheta(best.theta);
  const params = { ...fitted, alpha: fitted.alpha / scale };
  // Rescaling time by s shifts each customer's ln L by −x·ln s (the density of t_x has units).
  const repeats = points.reduce((sum, p) => sum + p.frequency, 0);
  const logLikelihood = evaluate(fitted, scaled, null) + repeats * Math.log(scale);
  return {
    ok: true,
    data: { params, ...describeFit(best, logLikelihood), customers: points.length },
  };
}
