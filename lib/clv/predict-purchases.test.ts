import { describe, expect, it } from "vitest";
import { fitBgnbd } from "./fit-bgnbd";
import { expectedRepeatPurchases, predictPurchases, probabilityAlive } from "./predict-purchases";
import { summarizeTransactions } from "./summarize-transactions";
import { hasCdnow, loadCdnowTransactions } from "./testing/load-cdnow";

const paper = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("BG/NBD predictions", () => {
  // References below: the same formulas evaluated with mpmath at 40 digits.
  it("treats a customer without repeats as alive and one who went quiet as likely gone", () => {
    expect(probabilityAlive(paper, { frequency: 0, recency: 0, T: 30 })).toBe(1);
    expect(probabilityAlive(paper, { frequency: 5, recency: 29, T: 30 })).toBeCloseTo(0.874096626876124, 13);
    expect(probabilityAlive(paper, { frequency: 5, recency: 5, T: 30 })).toBeCloseTo(0.0089773221734747, 14);
  });

  it("starts E[X(t)] at the rate of a random new customer, r/α per week", () => {
    const t = 1e-6;
    expect(expectedRepeatPurchases(paper, t) / t).toBeCloseTo(paper.r / paper.alpha, 6);
    expect(expectedRepeatPurchases(paper, 0)).toBe(0);
  });

  it("predicts for a customer acquired just now what E[X(t)] predicts", () => {
    expect(predictPurchases(paper, { frequency: 0, recency: 0, T: 0 }, 52)).toBeCloseTo(expectedRepeatPurchases(paper, 52), 12);
  });

  it("stays finite and increasing when a + b < 1 (₂F₁ with negative c)", () => {
    const p = { r: 0.5, alpha: 1.1, a: 0.2, b: 0.3 };
    const e = [1, 13, 52, 260].map((t) => predictPurchases(p, { frequency: 0, recency: 0, T: 20 }, t));
    expect(e.every(Number.isFinite)).toBe(true);
    expect(e.every((v, i) => i === 0 || v > e[i - 1])).toBe(true);
  });

  it("handles a very frequent buyer, whose ₂F₁ (e^192.6) overflows a double", () => {
    expect(predictPurchases(paper, { frequency: 300, recency: 38, T: 39 }, 39)).toBeCloseTo(53.175121472423959, 9);
    expect(predictPurchases(paper, { frequency: 50, recency: 38, T: 39 }, 39)).toBeCloseTo(33.069436713428468, 10);
  });
});

describe.skipIf(!hasCdnow())("BG/NBD predictions on CDNOW against Hardie's spreadsheet (note 004)", () => {
  const summary = hasCdnow() ? summarizeTransactions(loadCdnowTransactions(), { calibrationEnd: "1997-09-30" }) : null;
  const fit = summary?.ok ? fitBgnbd(summary.data.customers) : null;
  const params = fit?.ok ? fit.data.params : paper;

  it("expects 1.226 purchases in the next 39 weeks from the customer with x = 2, t_x = 30.43, T = 38.86", () => {
    expect(predictPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
    // The same with the paper's rounded parameters.
    expect(predictPurchases(paper, { frequency: 2, recency: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
  });

  it("gives the spreadsheet's E[X(t)] for a new customer", () => {
    const at = (t: number) => expectedRepeatPurchases(params, t);
    expect(at(0.1429)).toBeCloseTo(0.0078, 4);
    expect(at(1)).toBeCloseTo(0.0532, 4);
    expect(at(3)).toBeCloseTo(0.1506, 4);
    expect(at(31.8571)).toBeCloseTo(1.0405, 4);
    expect(at(32)).toBeCloseTo(1.0437, 4);
    // 1.85796 here against the sheet's 1.8576: lifetimes checks these to 3 decimals too.
    expect(at(78)).toBeCloseTo(1.8576, 3);
  });
});
