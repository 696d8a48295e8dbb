import { describe, expect, it } from "vitest";
import { MonthIndex } from "@/lib/time/month-index";
import type { OrderFact } from "./classify-orders";
import { MonthTallies } from "./tally-months";

const NO_PREV = -Number.MAX_SAFE_INTEGER;
const at = (iso: string) => Date.parse(iso);
const fact = (o: Partial<OrderFact>): OrderFact => ({
  id: 0,
  counted: true,
  revenue: 10,
  seq: 1,
  crossSell: false,
  upsell: false,
  deepSell: false,
  prevAt: NO_PREV,
  prevCrossAt: null,
  prevUpAt: null,
  prevDeepAt: null,
  ...o,
});

describe("MonthTallies", () => {
  it("counts each customer once per month, flagged orders by their own previous one, cohorts by the first counted order", () => {
    const t = new MonthTallies(new MonthIndex("Europe/Amsterdam"));
    // Customer A: a refunded order in December (not counted, no cohort), then 5 Jan, 20 Jan (cross-sell,
    // its first), 3 Feb (cross-sell again, previous one in January), and 31 Jan 23:30 UTC = 1 Feb local.
    const a = [
      { at: at("2024-12-20T10:00:00Z"), f: fact({ counted: false, prevAt: null, seq: null, revenue: 99 }) },
      { at: at("2025-01-05T10:00:00Z"), f: fact({ revenue: 10 }) },
      { at: at("2025-01-20T10:00:00Z"), f: fact({ revenue: 20, prevAt: at("2025-01-05T10:00:00Z"), crossSell: true, prevCrossAt: NO_PREV }) },
      { at: at("2025-01-31T23:30:00Z"), f: fact({ revenue: 5, prevAt: at("2025-01-20T10:00:00Z") }) },
      {
        at: at("2025-02-03T10:00:00Z"),
        f: fact({ revenue: 40, prevAt: at("2025-01-31T23:30:00Z"), crossSell: true, prevCrossAt: at("2025-01-20T10:00:00Z") }),
      },
    ];
    t.addCustomer(
      a.map((x) => x.f),
      (i) => a[i].at,
    );
    // Customer B: only February, an upsell.
    t.addCustomer([fact({ revenue: 7, upsell: true, prevUpAt: NO_PREV })], () => at("2025-02-10T10:00:00Z"));

    const jan = at("2024-12-31T23:00:00Z");
    const feb = at("2025-01-31T23:00:00Z");
    expect([...t.months]).toEqual([
      [jan, { endMs: feb, active: 1, cross: 1, up: 0, deep: 0 }],
      [feb, { endMs: at("2025-02-28T23:00:00Z"), active: 2, cross: 1, up: 1, deep: 0 }],
    ]);
    expect([...t.cohorts.values()]).toEqual([
      { cohortMs: jan, monthMs: jan, customers: 1, revenue: 30 },
      { cohortMs: jan, monthMs: feb, customers: 1, revenue: 45 },
      { cohortMs: feb, monthMs: feb, customers: 1, revenue: 7 },
    ]);
  });
});
