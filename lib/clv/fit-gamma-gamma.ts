import { digamma, logGamma } from "./log-gamma";
import { describeFit, type FitDiagnostics } from "./describe-fit";
import { meanNegLogLikOverLogs, minimizeWithRestarts, type Objective } from "./minimize-bfgs";
import type { ClvOutcome, GammaGammaParams } from "./types";

/** A repeat buyer: x repeat purchases with mean amount m (> 0). */
export type SpendPoint = { frequency: number; monetary: number };

export type GammaGammaFit = { params: GammaGammaParams; customers: number } & FitDiagnostics;

/** Spends are scaled to mean 1, so ln p, ln q, ln γ beyond ±20 (×/÷ 5·10⁸) are a parameter running
 * off to 0 or ∞ (no heterogeneity left to model), not an estimate. */
const DIVERGENCE_BOUND = 20;

/** Customers the spend model can learn from: at least one repeat purchase, positive mean spend. */
export function isSpendPoint(c: SpendPoint): boolean {
  return c.frequency >= 1 && c.monetary > 0 && Number.isFinite(c.monetary);
}

type SpendData = { x: Int32Array; m: Float64Array; lnM: Float64Array; sumLnM: number; maxX: number };

function prepare(points: readonly SpendPoint[]): SpendData {
  const x = Int32Array.from(points, (c) => c.frequency);
  const m = Float64Array.from(points, (c) => c.monetary);
  const lnM = m.map(Math.log);
  return { x, m, lnM, sumLnM: lnM.reduce((s, v) => s + v, 0), maxX: x.reduce((a, v) => Math.max(a, v), 0) };
}

/**
 * ln L of the Gamma-Gamma model (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo & Jiang 1999)
 * for the mean spend m of x transactions, summed over customers:
 *   ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + m x)
 * with its gradient in (p, q, γ). The Γ and ψ terms depend on x only, so they are tabulated per x.
 */
function evaluate(params: GammaGammaParams, data: SpendData, gradient: Float64Array | null): number {
  const { p, q, gamma } = params;
  const size = data.maxX + 1;
  const L = new Float64Array(size);
  const Dp = new Float64Array(size);
  const Dq = new Float64Array(size);
  const present = new Uint8Array(size);
  for (let i = 0; i < data.x.length; i++) present[data.x[i]] = 1;
  for (let k = 1; k < size; k++) {
    if (!present[k]) continue;
    const pk = p * k;
    L[k] = logGamma(pk + q) - logGamma(pk) + pk * Math.log(k);
    Dq[k] = digamma(pk + q);
    Dp[k] = Dq[k] - digamma(pk) + Math.log(k);
  }
  const n = data.x.length;
  const lnGamma = Math.log(gamma);
  const perCustomer = q * lnGamma - logGamma(q);
  const psiQ = digamma(q);
  let ll = n * perCustomer - data.sumLnM;
  let sp = 0;
  let sq = 0;
  let sg = 0;
  for (let i = 0; i < n; i++) {
    const x = data.x[i];
    const mx = data.m[i] * x;
    const lnDen = Math.log(gamma + mx);
    const px = p * x;
    ll += L[x] + px * data.lnM[i] - (px + q) * lnDen;
    sp += x * (Dp[x] + data.lnM[i] - lnDen);
    sq += Dq[x] - psiQ + lnGamma - lnDen;
    sg += q / gamma - (px + q) / (gamma + mx);
  }
  if (gradient) {
    gradient[0] = sp;
    gradient[1] = sq;
    gradient[2] = sg;
  }
  return ll;
}

export function gammaGammaLogLikelihood(params: GammaGammaParams, points: readonly SpendPoint[]): number {
  return evaluate(params, prepare(points.filter(isSpendPoint)), null);
}

const fromTheta = (t: Float64Array): GammaGammaParams => ({ p: Math.exp(t[0]), q: Math.exp(t[1]), gamma: Math.exp(t[2]) });

function objectiveFor(data: SpendData): Objective {
  return meanNegLogLikOverLogs(data.x.length, 3, (v, g) => evaluate({ p: v[0], q: v[1], gamma: v[2] }, data, g));
}

/**
 * Maximum-likelihood p, q, γ on the repeat buyers, by BFGS over ln-parameters. Amounts are
 * rescaled so their mean is 1 before fitting (γ scales with the currency unit, p and q do not).
 */
export function fitGammaGamma(points: readonly SpendPoint[]): ClvOutcome<GammaGammaFit> {
  const buyers = points.filter(isSpendPoint);
  if (buyers.length < 2) {
    return { ok: false, error: { reason: "too_little_data", message: "Fewer than 2 repeat buyers with a positive spend." } };
  }
  const scale = buyers.length / buyers.reduce((s, c) => s + c.monetary, 0);
  const scaled = prepare(buyers.map((c) => ({ frequency: c.frequency, monetary: c.monetary * scale })));
  const starts = [
    [1, 1, 1],
    [5, 3, 2],
    [0.5, 10, 10],
  ].map((s) => s.map(Math.log));
  const best = minimizeWithRestarts(objectiveFor(scaled), starts, { gradientTolerance: 1e-9, divergenceBound: DIVERGENCE_BOUND });
  const fitted = fromTheta(best.theta);
  const params = { ...fitted, gamma: fitted.gamma / scale };
  const logLikelihood = evaluate(params, prepare(buyers), null);
  return {
    ok: true,
    data: { params, ...describeFit(best, logLikelihood), customers: buyers.length },
  };
}

/**
 * E[M | p, q, γ, m, x]: expected mean spend per transaction (Fader, Hardie & Lee 2005, eq. 5),
 *   (q−1)/(px+q−1) · γp/(q−1) + px/(px+q−1) · m = p(γ + m x)/(px+q−1),
 * a weighted average of the population mean and the customer's own mean. Customers without a
 * usable mean spend (no repeats, or refunds that net to ≤ 0) get the population mean.
 */
export function expectedAverageSpend(params: GammaGammaParams, c: SpendPoint): number {
  const { p, q, gamma } = params;
  if (!isSpendPoint(c)) return (p * gamma) / (q - 1);
  return (p * (gamma + c.monetary * c.frequency)) / (p * c.frequency + q - 1);
}

/** Pearson correlation of frequency and mean spend over repeat buyers; Gamma-Gamma assumes ≈ 0. */
export function correlateFrequencyMonetary(points: readonly SpendPoint[]): number | null {
  const buyers = points.filter(isSpendPoint);
  const n = buyers.length;
  if (n < 2) return null;
  const mx = buyers.reduce((s, c) => s + c.frequency, 0) / n;
  const mm = buyers.reduce((s, c) => s + c.monetary, 0) / n;
  let sxx = 0;
  let smm = 0;
  let sxm = 0;
  for (const c of buyers) {
    sxx += (c.frequency - mx) ** 2;
    smm += (c.monetary - mm) ** 2;
    sxm += (c.frequency - mx) * (c.monetary - mm);
  }
  return sxx > 0 && smm > 0 ? sxm / Math.sqrt(sxx * smm) : null;
}
