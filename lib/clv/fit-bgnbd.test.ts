import { describe, expect, it } from "vitest";
import { bgnbdLogLikelihood, fitBgnbd, type RfmPoint } from "./fit-bgnbd";
import { logGamma } from "./log-gamma";
import { summarizeTransactions } from "./summarize-transactions";
import { hasCdnow, loadCdnowCsv, loadCdnowTransactions } from "./testing/load-cdnow";
import { simulateBgnbd } from "./testing/simulate-bgnbd";

const params = { r: 0.8, alpha: 3, a: 1.2, b: 2.5 };

describe("bgnbdLogLikelihood", () => {
  it("is r·ln(α/(α+T)) for a customer without repeat purchases", () => {
    expect(bgnbdLogLikelihood({ r: 0.5, alpha: 2, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 6 }])).toBeCloseTo(0.5 * Math.log(0.25), 14);
  });

  it("matches FHL 2005 eq. 6 written out directly for a repeat buyer", () => {
    const { r, alpha, a, b } = params;
    const [x, tx, T] = [3, 5, 8];
    const logBeta = (u: number, v: number) => logGamma(u) + logGamma(v) - logGamma(u + v);
    const direct =
      logGamma(r + x) -
      logGamma(r) +
      r * Math.log(alpha) +
      logBeta(a, b + x) -
      logBeta(a, b) +
      Math.log((alpha + T) ** -(r + x) + (a / (b + x - 1)) * (alpha + tx) ** -(r + x));
    expect(bgnbdLogLikelihood(params, [{ frequency: x, recency: tx, T }])).toBeCloseTo(direct, 12);
  });

  it("sums over customers and stays finite where the direct form underflows", () => {
    const a: RfmPoint = { frequency: 3, recency: 5, T: 8 };
    const b: RfmPoint = { frequency: 0, recency: 0, T: 4 };
    expect(bgnbdLogLikelihood(params, [a, b, a])).toBeCloseTo(2 * bgnbdLogLikelihood(params, [a]) + bgnbdLogLikelihood(params, [b]), 12);
    // (α+T)^−(r+x) is 0 in doubles for x = 400; the log-sum-exp form is not.
    expect((params.alpha + 80) ** -(params.r + 400)).toBe(0);
    expect(Number.isFinite(bgnbdLogLikelihood(params, [{ frequency: 400, recency: 70, T: 80 }]))).toBe(true);
  });
});

describe("fitBgnbd", () => {
  it("rejects impossible histories with the customer and the reason", () => {
    expect(fitBgnbd([{ frequency: 1.5, recency: 1, T: 2 }])).toEqual({
      ok: false,
      error: { reason: "invalid_input", message: "Customer 1: frequency 1.5 is not a whole number ≥ 0." },
    });
    expect(
      fitBgnbd([
        { frequency: 0, recency: 0, T: 5 },
        { frequency: 2, recency: 6, T: 5 },
      ]),
    ).toMatchObject({
      ok: false,
      error: { message: "Customer 2: recency 6 is not between 0 and T (5)." },
    });
    expect(fitBgnbd([])).toMatchObject({ ok: false, error: { reason: "too_little_data" } });
  });
});

describe.skipIf(!hasCdnow())("fitBgnbd on CDNOW (Fader, Hardie & Lee 2005)", () => {
  const summary = hasCdnow() ? summarizeTransactions(loadCdnowTransactions(), { calibrationEnd: "1997-09-30" }) : null;
  const customers = summary?.ok ? summary.data.customers : [];

  it("reproduces the published r, α, a, b and log-likelihood from the raw transactions", () => {
    const fit = fitBgnbd(customers);
    if (!fit.ok) throw new Error(fit.error.message);
    const { params: p, logLikelihood, converged, iterations, gradientNorm } = fit.data;
    console.log("BG/NBD on CDNOW transactions:", { ...p, logLikelihood, converged, iterations, gradientNorm });
    expect(p.r).toBeCloseTo(0.243, 3);
    expect(p.alpha).toBeCloseTo(4.414, 3);
    expect(p.a).toBeCloseTo(0.793, 3);
    expect(p.b).toBeCloseTo(2.426, 3);
    expect(logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(converged).toBe(true);
    expect(gradientNorm).toBeLessThanOrEqual(1e-9);
    expect(iterations).toBeLessThan(500);
  });

  it("reproduces them from cdnow_customers_summary.csv (2-decimal weeks), as lifetimes' test does", () => {
    const rows = loadCdnowCsv("cdnow_customers_summary.csv").map((r) => ({ frequency: r.frequency, recency: r.recency, T: r.T }));
    const fit = fitBgnbd(rows);
    if (!fit.ok) throw new Error(fit.error.message);
    expect([fit.data.params.r, fit.data.params.alpha, fit.data.params.a, fit.data.params.b].map((v) => v.toFixed(3))).toEqual([
      "0.243",
      "4.414",
      "0.793",
      "2.426",
    ]);
    expect(fit.data.logLikelihood.toFixed(1)).toBe("-9582.4");
  });

  it("gives the same model whatever the time unit: α scales, ln L shifts by −Σx·ln(7)", () => {
    const weeks = fitBgnbd(customers);
    const days = fitBgnbd(customers.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 })));
    if (!weeks.ok || !days.ok) throw new Error("fit failed");
    expect(days.data.params.r).toBeCloseTo(weeks.data.params.r, 6);
    expect(days.data.params.alpha / 7).toBeCloseTo(weeks.data.params.alpha, 5);
    expect(days.data.params.b).toBeCloseTo(weeks.data.params.b, 5);
    const repeats = customers.reduce((s, c) => s + c.frequency, 0);
    expect(days.data.logLikelihood).toBeCloseTo(weeks.data.logLikelihood - repeats * Math.log(7), 6);
  });
});

describe("fitBgnbd on simulated customers", () => {
  it.each([
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    { r: 2, alpha: 10, a: 2, b: 5 },
    { r: 0.5, alpha: 1, a: 0.2, b: 0.3 },
  ])("recovers r, α, a, b = %o from 20,000 customers", (truth) => {
    const fit = fitBgnbd(simulateBgnbd(truth, 20_000, 26, 52, 7));
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.data.converged).toBe(true);
    for (const k of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.data.params[k] / truth[k] - 1)).toBeLessThan(0.15);
    }
  });
});
