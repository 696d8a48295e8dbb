import type { RfmPoint } from "./fit-bgnbd";
import { predictPurchases } from "./predict-purchases";
import type { BgnbdParams, CustomerRfm } from "./types";

export type HoldoutBucket = {
  /** Calibration-period repeat purchases; 7 stands for "7 or more". */
  frequency: number;
  label: string;
  customers: number;
  /** Mean purchases per customer in the holdout period. */
  actualMean: number;
  predictedMean: number;
};

export type HoldoutCheck = { weeks: number; predictedTotal: number; actualTotal: number; byFrequency: HoldoutBucket[] };

/** Predicted vs actual holdout purchases, overall and by calibration frequency 0…7+ (FHL 2005, fig. 4). */
export function checkHoldout(params: BgnbdParams, customers: readonly (RfmPoint & Pick<CustomerRfm, "holdoutPurchases">)[], weeks: number): HoldoutCheck {
  const count = new Array<number>(8).fill(0);
  const actual = new Array<number>(8).fill(0);
  const predicted = new Array<number>(8).fill(0);
  for (const c of customers) {
    const k = Math.min(c.frequency, 7);
    count[k]++;
    actual[k] += c.holdoutPurchases;
    predicted[k] += predictPurchases(params, c, weeks);
  }
  const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
  return {
    weeks,
    predictedTotal: sum(predicted),
    actualTotal: sum(actual),
    byFrequency: count.map((n, k) => ({
      frequency: k,
      label: k === 7 ? "7+" : String(k),
      customers: n,
      actualMean: n > 0 ? actual[k] / n : 0,
      predictedMean: n > 0 ? predicted[k] / n : 0,
    })),
  };
}
