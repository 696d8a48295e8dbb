import { describe, expect, it } from "vitest";
import { RFM_GROUPS, combineFm, groupRfm, rfmGroup, scoreQuintiles, scoreRfm } from "./rfm";

describe("scoreQuintiles (score = 1 + ⌊5 × (r − 1) / n⌋, r = min-rank from worst)", () => {
  it("gives five distinct values the scores 1 to 5", () => {
    expect(scoreQuintiles([30, 10, 50, 20, 40], "higher")).toEqual([3, 1, 5, 2, 4]);
  });

  it("scores lower-is-better measures (recency) the other way round, ties alike", () => {
    // Days 365, 90, 30, 30, 0: worst first gets ranks 1, 2, 3, 3 (tie), 5; n = 5 so score = rank.
    expect(scoreQuintiles([0, 30, 30, 90, 365], "lower")).toEqual([5, 3, 3, 2, 1]);
  });

  it("gives tied values the score of the tie group's lowest rank", () => {
    // n = 10, score = 1 + ⌊(r − 1) / 2⌋. Sorted: 1 1 1 1 1 2 3 5 5 9, min-ranks 1→1, 2→6, 3→7, 5→8, 9→10.
    // Scores: 1→1, 2→1+⌊5/2⌋=3, 3→1+3=4, 5→1+⌊7/2⌋=4, 9→1+⌊9/2⌋=5. Score 2 is unused: all the 1s tie.
    expect(scoreQuintiles([1, 1, 1, 2, 5, 5, 9, 3, 1, 1], "higher")).toEqual([1, 1, 1, 3, 4, 4, 5, 4, 1, 1]);
  });

  it("splits counts that 5 does not divide by floor", () => {
    // n = 7: ranks 1..7 → 1 + ⌊0/7⌋, ⌊5/7⌋, ⌊10/7⌋, ⌊15/7⌋, ⌊20/7⌋, ⌊25/7⌋, ⌊30/7⌋ = 1 1 2 3 3 4 5.
    expect(scoreQuintiles([1, 2, 3, 4, 5, 6, 7], "higher")).toEqual([1, 1, 2, 3, 3, 4, 5]);
    expect(scoreQuintiles([], "higher")).toEqual([]);
  });
});

describe("RFM groups", () => {
  it("combines F and M into FM = ⌈(F + M) / 2⌉", () => {
    expect(combineFm(3, 4)).toBe(4);
    expect(combineFm(1, 2)).toBe(2);
    expect(combineFm(5, 5)).toBe(5);
    expect(() => combineFm(0, 3)).toThrow(/F must be a whole score from 1 to 5/);
  });

  it("maps R × FM on the documented grid, using all eleven groups", () => {
    expect(rfmGroup(5, 5)).toBe("champions");
    expect(rfmGroup(5, 4)).toBe("champions");
    expect(rfmGroup(4, 4)).toBe("loyal_customers");
    expect(rfmGroup(3, 5)).toBe("loyal_customers");
    expect(rfmGroup(5, 3)).toBe("potential_loyalists");
    expect(rfmGroup(4, 2)).toBe("potential_loyalists");
    expect(rfmGroup(5, 1)).toBe("new_customers");
    expect(rfmGroup(4, 1)).toBe("promising");
    expect(rfmGroup(3, 3)).toBe("need_attention");
    expect(rfmGroup(3, 2)).toBe("about_to_sleep");
    expect(rfmGroup(2, 3)).toBe("at_risk");
    expect(rfmGroup(1, 4)).toBe("at_risk");
    expect(rfmGroup(2, 5)).toBe("cant_lose_them");
    expect(rfmGroup(2, 2)).toBe("hibernating");
    expect(rfmGroup(1, 2)).toBe("lost");
    const all = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let fm = 1; fm <= 5; fm++) all.add(rfmGroup(r, fm));
    expect([...all].sort()).toEqual([...RFM_GROUPS].sort());
  });

  it("scores and groups a small customer base worked out by hand", () => {
    // n = 5, so every score equals the rank (all values distinct except F).
    // Recency (days, fewer is better): a 2 → R5, b 10 → R4, c 40 → R3, d 200 → R2, e 400 → R1.
    // Frequency: a 6, b 1, c 3, d 1, e 8 → min-ranks b,d 1; c 3; a 4; e 5 → F a4 b1 c3 d1 e5.
    // Monetary: a 900 → M5, b 40 → M1, c 300 → M3, d 60 → M2, e 500 → M4.
    // FM = ⌈(F + M)/2⌉: a ⌈4.5⌉=5, b 1, c 3, d ⌈1.5⌉=2, e ⌈4.5⌉=5.
    const scored = scoreRfm([
      { customerId: 1, recencyDays: 2, frequency: 6, monetary: 900 },
      { customerId: 2, recencyDays: 10, frequency: 1, monetary: 40 },
      { customerId: 3, recencyDays: 40, frequency: 3, monetary: 300 },
      { customerId: 4, recencyDays: 200, frequency: 1, monetary: 60 },
      { customerId: 5, recencyDays: 400, frequency: 8, monetary: 500 },
    ]);
    expect(scored.map(({ customerId, r, f, m, fm, group }) => [customerId, r, f, m, fm, group])).toEqual([
      [1, 5, 4, 5, 5, "champions"],
      [2, 4, 1, 1, 1, "promising"],
      [3, 3, 3, 3, 3, "need_attention"],
      [4, 2, 1, 2, 2, "hibernating"],
      [5, 1, 5, 4, 5, "cant_lose_them"],
    ]);
  });
});

describe("scoreQuintiles' two ways of ranking", () => {
  it("counts whole numbers in a short range exactly as sorting ranks any other numbers", () => {
    let x = 7;
    const next = () => (x = (x * 48271) % 2147483647);
    for (const range of [3, 40, 700]) {
      const ints = Array.from({ length: 500 }, () => (next() % range) - 5);
      // + 0.5 keeps the order and ties but takes the values off whole numbers: the sorting path.
      const halves = ints.map((v) => v + 0.5);
      for (const better of ["higher", "lower"] as const) expect(scoreQuintiles(ints, better), `${range} ${better}`).toEqual(scoreQuintiles(halves, better));
    }
    // A wide range of whole numbers also sorts: same scores as the short-range table would give.
    expect(scoreQuintiles([0, 1e9, 5, 5, -3], "higher")).toEqual([2, 5, 3, 3, 1]);
    expect(scoreQuintiles([0, -0, 0], "lower")).toEqual([1, 1, 1]);
  });
});

describe("groupRfm", () => {
  it("gives every customer the group scoreRfm gives, as an index into RFM_GROUPS", () => {
    // Ties, whole and fractional values, a wide and a narrow range: both quintile paths.
    const n = 500;
    const values = Array.from({ length: n }, (_, i) => ({
      customerId: i,
      recencyDays: (i * 37) % 90,
      frequency: 1 + ((i * 7) % 5),
      monetary: ((i * 7919) % 1000) / 7,
    }));
    const codes = groupRfm({
      recencyDays: values.map((v) => v.recencyDays),
      frequency: values.map((v) => v.frequency),
      monetary: values.map((v) => v.monetary),
    });
    const groups = Array.from(codes, (c) => RFM_GROUPS[c]);
    expect(groups).toEqual(scoreRfm(values).map((s) => s.group));
    expect(new Set(groups).size).toBeGreaterThan(5);
  });
});
