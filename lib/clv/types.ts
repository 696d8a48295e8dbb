/** One order line as uploaded: the date is a calendar day "YYYY-MM-DD" or an instant in epoch ms. */
export type ClvTransaction = { customerId: string; date: string | number; amount: number };

/** A customer's calibration-period history in weeks (the inputs of BG/NBD and Gamma-Gamma). */
export type CustomerRfm = {
  customerId: string;
  /** Repeat purchases: purchase days after the first one, up to the calibration end. */
  frequency: number;
  /** Weeks from the first to the last purchase day (0 without repeats). */
  recency: number;
  /** Weeks from the first purchase day to the calibration end. */
  T: number;
  /** Mean amount of the repeat purchase days (0 without repeats). */
  monetary: number;
  /** Purchase days after the calibration end, up to the observation end (0 without a holdout). */
  holdoutPurchases: number;
};

export type BgnbdParams = { r: number; alpha: number; a: number; b: number };
export type GammaGammaParams = { p: number; q: number; gamma: number };

export type ClvErrorReason = "invalid_input" | "too_little_data" | "did_not_converge";
export type ClvError = { reason: ClvErrorReason; message: string };
/** Same ok/data/error shape as `lib/result.ts`, with reasons specific to model fitting. */
export type ClvOutcome<T> = { ok: true; data: T } | { ok: false; error: ClvError };
