import { describe, expect, it } from "vitest";
import { correlateFrequencyMonetary, expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood } from "./fit-gamma-gamma";
import { logGamma } from "./log-gamma";
import { gamma as drawGamma, seededRandom } from "./testing/simulate-bgnbd";
import { summarizeTransactions } from "./summarize-transactions";
import { hasCdnow, loadCdnowCsv, loadCdnowTransactions } from "./testing/load-cdnow";

const hardie = { p: 6.25, q: 3.74, gamma: 15.44 };

describe("Gamma-Gamma", () => {
  it("log-likelihood is the density of the mean of x gamma spends, written out", () => {
    const { p, q, gamma } = hardie;
    const [x, m] = [3, 20];
    const direct =
      logGamma(p * x + q) -
      logGamma(p * x) -
      logGamma(q) +
      q * Math.log(gamma) +
      (p * x - 1) * Math.log(m) +
      p * x * Math.log(x) -
      (p * x + q) * Math.log(gamma + m * x);
    expect(gammaGammaLogLikelihood(hardie, [{ frequency: x, monetary: m }])).toBeCloseTo(direct, 12);
    // Customers without repeats carry no spend information and are left out.
    expect(
      gammaGammaLogLikelihood(hardie, [
        { frequency: x, monetary: m },
        { frequency: 0, monetary: 0 },
      ]),
    ).toBeCloseTo(direct, 12);
  });

  it("shrinks a customer's own mean towards the population mean γp/(q−1), more so with fewer purchases", () => {
    const population = (hardie.p * hardie.gamma) / (hardie.q - 1);
    expect(expectedAverageSpend(hardie, { frequency: 0, monetary: 0 })).toBeCloseTo(population, 12);
    const one = expectedAverageSpend(hardie, { frequency: 1, monetary: 100 });
    const ten = expectedAverageSpend(hardie, { frequency: 10, monetary: 100 });
    expect(one).toBeCloseTo((6.25 * (15.44 + 100)) / (6.25 + 2.74), 12);
    expect(population).toBeLessThan(one);
    expect(one).toBeLessThan(ten);
    expect(ten).toBeLessThan(100);
  });

  it("correlation is Pearson's r over repeat buyers only", () => {
    const rows = [
      { frequency: 1, monetary: 10 },
      { frequency: 2, monetary: 20 },
      { frequency: 3, monetary: 30 },
      { frequency: 0, monetary: 0 },
    ];
    expect(correlateFrequencyMonetary(rows)).toBeCloseTo(1, 14);
    expect(correlateFrequencyMonetary([{ frequency: 1, monetary: 5 }])).toBeNull();
  });

  it("gives up quickly, not after 2,000 iterations, when spends do not vary between customers", () => {
    // Every spend is Gamma(p = 2, ν = 0.05) with the same ν for everyone: Gamma-Gamma's ν ~ Gamma(q, γ)
    // then has q, γ → ∞ (the benchmark data's case), so there is no finite optimum to converge to.
    const random = seededRandom(3);
    const points = Array.from({ length: 20_000 }, () => {
      const x = 1 + Math.floor(random() * 8);
      let sum = 0;
      for (let k = 0; k < x; k++) sum += drawGamma(2, random) / 0.05;
      return { frequency: x, monetary: sum / x };
    });
    const fit = fitGammaGamma(points);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.data.converged).toBe(false);
    expect(["stalled", "diverged"]).toContain(fit.data.stopReason);
    // Without the early stop: 500 iterations × (3 starts + 1 restart).
    expect(fit.data.iterations).toBeLessThan(400);
    expect(fit.data.params.q).toBeGreaterThan(100);
  });

  it("refuses to fit on fewer than two repeat buyers", () => {
    expect(
      fitGammaGamma([
        { frequency: 2, monetary: 10 },
        { frequency: 0, monetary: 0 },
      ]),
    ).toMatchObject({
      ok: false,
      error: { reason: "too_little_data" },
    });
  });
});

describe.skipIf(!hasCdnow())("Gamma-Gamma on CDNOW's 946 repeat buyers", () => {
  const summary = hasCdnow() ? summarizeTransactions(loadCdnowTransactions(), { calibrationEnd: "1997-09-30" }) : null;
  const customers = summary?.ok ? summary.data.customers : [];
  const file = hasCdnow() ? loadCdnowCsv("cdnow_customers_summary_with_transactions.csv").map((r) => ({ frequency: r.x, monetary: r.zbar })) : [];

  it("reproduces Fader & Hardie's p = 6.25, q = 3.74, γ = 15.44 and ln L = −4055.9177 (note 025)", () => {
    const fit = fitGammaGamma(customers);
    if (!fit.ok) throw new Error(fit.error.message);
    const { params, logLikelihood, converged, iterations, gradientNorm, customers: n } = fit.data;
    console.log("Gamma-Gamma on CDNOW transactions:", { ...params, logLikelihood, converged, iterations, gradientNorm, n });
    expect(n).toBe(946);
    expect(params.p).toBeCloseTo(6.25, 2);
    expect(params.q).toBeCloseTo(3.74, 2);
    expect(params.gamma).toBeCloseTo(15.44, 2);
    // CLVTools' correctness test pins the same fit at ln L = −4055.9177.
    expect(logLikelihood).toBeCloseTo(-4055.9177, 4);
    expect(converged).toBe(true);
  });

  it("gives the spreadsheet's expected average spend for the first ten customers", () => {
    const fit = fitGammaGamma(customers);
    if (!fit.ok) throw new Error(fit.error.message);
    const byId = new Map(customers.map((c) => [c.customerId, c]));
    const spend = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map((id) => {
      const c = byId.get(id);
      if (!c) throw new Error(`customer ${id} missing`);
      return expectedAverageSpend(fit.data.params, c);
    });
    // Hardie's note 025 spreadsheet, as quoted by lifetimes' tests.
    const sheet = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    spend.forEach((v, i) => expect(v).toBeCloseTo(sheet[i], 2));
  });

  it("on the file's cent-rounded means matches the lifetimes documentation (γ 15.45, r 0.113884)", () => {
    // Rounding every mean to the cent moves γ from 15.4435 to 15.4477: lifetimes prints 15.45.
    const fit = fitGammaGamma(file);
    if (!fit.ok) throw new Error(fit.error.message);
    expect([fit.data.params.p, fit.data.params.q, fit.data.params.gamma].map((v) => v.toFixed(2))).toEqual(["6.25", "3.74", "15.45"]);
    const docs = [24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981];
    file.slice(0, 10).forEach((c, i) => expect(expectedAverageSpend(fit.data.params, c)).toBeCloseTo(docs[i], 4));
    const all = file.map((c) => expectedAverageSpend(fit.data.params, c));
    expect(all.reduce((s, v) => s + v, 0) / all.length).toBeCloseTo(35.2529588256, 4);
    expect(correlateFrequencyMonetary(file)).toBeCloseTo(0.113884, 6);
  });
});
