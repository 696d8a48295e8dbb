import { describe, expect, it } from "vitest";
import { summarizeTransactions } from "./summarize-transactions";
import { hasCdnow, loadCdnowCsv, loadCdnowTransactions } from "./testing/load-cdnow";
import type { CustomerRfm } from "./types";

const byId = (customers: CustomerRfm[]) => new Map(customers.map((c) => [c.customerId, c]));

describe("summarizeTransactions", () => {
  it("merges same-day purchases, counts repeats in weeks and holdout purchases", () => {
    const result = summarizeTransactions(
      [
        { customerId: "ann", date: "2024-01-01", amount: 10 },
        { customerId: "ann", date: "2024-01-01", amount: 5 }, // same day: one transaction of 15
        { customerId: "ann", date: "2024-01-15", amount: 20 },
        { customerId: "ann", date: "2024-01-15", amount: 4 }, // 24 on day 14
        { customerId: "ann", date: "2024-01-29", amount: 30 },
        { customerId: "ann", date: "2024-02-20", amount: 99 }, // holdout
        { customerId: "ann", date: "2024-02-20", amount: 1 }, // same holdout day
        { customerId: "ann", date: "2024-03-10", amount: 7 }, // after the observation end
        { customerId: "bob", date: "2024-01-22", amount: 12 },
        { customerId: "cem", date: "2024-02-20", amount: 50 }, // first buys after calibration: not in the cohort
      ],
      { calibrationEnd: "2024-02-12", observationEnd: "2024-03-04" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.holdoutWeeks).toBe(3);
    const c = byId(result.data.customers);
    expect([...c.keys()]).toEqual(["ann", "bob"]);
    // Ann: purchase days 0, 14, 28; calibration end is day 42.
    expect(c.get("ann")).toEqual({ customerId: "ann", frequency: 2, recency: 4, T: 6, monetary: 27, holdoutPurchases: 1 });
    // Bob: one purchase on day 21, 21 days before the end.
    expect(c.get("bob")).toEqual({ customerId: "bob", frequency: 0, recency: 0, T: 3, monetary: 0, holdoutPurchases: 0 });
  });

  it("takes epoch ms as instants and buckets them into days of the given time zone", () => {
    // 2025-10-31T23:30Z is 00:30 on 1 November in Amsterdam: the same day as the string date.
    const late = Date.parse("2025-10-31T23:30:00Z");
    const rows = [
      { customerId: "a", date: "2025-10-25", amount: 1 },
      { customerId: "a", date: late, amount: 2 },
      { customerId: "a", date: "2025-11-01", amount: 3 },
    ];
    const ams = summarizeTransactions(rows, { calibrationEnd: "2025-11-08", timeZone: "Europe/Amsterdam" });
    const utc = summarizeTransactions(rows, { calibrationEnd: "2025-11-08" });
    if (!ams.ok || !utc.ok) throw new Error("expected ok");
    expect(ams.data.customers[0]).toMatchObject({ frequency: 1, recency: 1, T: 2, monetary: 5 });
    expect(utc.data.customers[0]).toMatchObject({ frequency: 2, recency: 1, monetary: 2.5 });
    expect(utc.data.holdoutWeeks).toBeNull();
  });

  it("names the row and the problem for bad input", () => {
    const bad = (date: string | number, amount = 1) =>
      summarizeTransactions(
        [
          { customerId: "a", date: "2024-01-01", amount: 1 },
          { customerId: "b", date, amount },
        ],
        { calibrationEnd: "2024-02-01" },
      );
    expect(bad("2024-02-30")).toEqual({
      ok: false,
      error: {
        reason: "invalid_input",
        message: 'Transaction 2 (customer "b"): date "2024-02-30" is not a YYYY-MM-DD day or epoch milliseconds.',
      },
    });
    expect(bad("01/02/2024").ok).toBe(false);
    expect(bad("2024-01-02", Number.NaN)).toMatchObject({ ok: false, error: { message: expect.stringContaining("amount NaN") } });
    const early = summarizeTransactions([], { calibrationEnd: "2024-02-01", observationEnd: "2024-01-01" });
    expect(early).toMatchObject({ ok: false, error: { reason: "invalid_input", message: expect.stringContaining("on or after the calibration end") } });
  });
});

describe.skipIf(!hasCdnow())("summarizeTransactions on CDNOW (Fader, Hardie & Lee 2005)", () => {
  const result = hasCdnow() ? summarizeTransactions(loadCdnowTransactions(), { calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" }) : null;
  const customers = result?.ok ? byId(result.data.customers) : new Map<string, CustomerRfm>();

  it("matches cdnow_customers_summary.csv for every one of the 2,357 customers", () => {
    const published = loadCdnowCsv("cdnow_customers_summary.csv");
    expect(published).toHaveLength(2357);
    expect(published[0]).toEqual({ ID: 1, frequency: 2, recency: 30.43, T: 38.86 });
    expect(customers.size).toBe(2357);
    const round2 = (v: number) => Math.round(v * 100) / 100;
    const mismatches = published.filter((row) => {
      const c = customers.get(String(row.ID));
      return !c || c.frequency !== row.frequency || round2(c.recency) !== row.recency || round2(c.T) !== row.T;
    });
    expect(mismatches).toEqual([]);
    expect(customers.get("1")).toMatchObject({ frequency: 2 });
  });

  it("matches the repeat-purchase mean spend (zbar) of cdnow_customers_summary_with_transactions.csv to the cent", () => {
    const published = loadCdnowCsv("cdnow_customers_summary_with_transactions.csv");
    expect(published.filter((r) => r.x > 0)).toHaveLength(946);
    expect(published[0]).toEqual({ ID: 1, x: 2, t_x: 30.43, T: 38.86, zbar: 22.35 });
    const mismatches = published.filter((row) => {
      const c = customers.get(String(row.ID));
      // The file rounds to cents (22.345 is printed 22.35), so half a cent is the tolerance.
      return !c || c.frequency !== row.x || Math.abs(c.monetary - row.zbar) > 0.005 + 1e-9;
    });
    expect(mismatches).toEqual([]);
  });

  it("counts the 39-week holdout purchases as the BTYD package's cdnowSummary does", () => {
    expect(result?.ok && result.data.holdoutWeeks).toBe(39);
    // 1,882 repeat purchase days in weeks 40–78 (the bucket means BTYD prints, times the bucket sizes).
    const total = [...customers.values()].reduce((s, c) => s + c.holdoutPurchases, 0);
    expect(total).toBe(1882);
  });
});
