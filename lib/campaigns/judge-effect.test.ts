import { describe, expect, it } from "vitest";
import { judgeEffect } from "./judge-effect";

describe("judgeEffect", () => {
  it("calls an effect a gain or a loss only when its interval excludes zero", () => {
    expect(judgeEffect({ estimate: 10, lower: 2, upper: 18 }, 1000)).toEqual({ verdict: "gain", customersToKnow: null });
    expect(judgeEffect({ estimate: -10, lower: -18, upper: -2 }, 1000)).toEqual({ verdict: "loss", customersToKnow: null });
    expect(judgeEffect({ estimate: 10, lower: null, upper: null }, 3)).toEqual({ verdict: "unknown", customersToKnow: null });
  });

  it("says how many customers an unclear effect of this size would take, worked by hand", () => {
    // Interval −5..25 at 95%: SE = 30 / (2 × 1.959964) = 7.65320; for 80% power the effect must be
    // (1.959964 + 0.841621) SE = 21.4410 ≥ 10 → (21.4410 / 10)² = 4.59717 times today's 1,000 customers.
    expect(judgeEffect({ estimate: 10, lower: -5, upper: 25 }, 1000)).toEqual({ verdict: "unclear", customersToKnow: 4598 });
    // An interval like the demo's Accessories test, €399,346 (−€375,676 to €1,174,368), on 2,462 customers.
    const demo = judgeEffect({ estimate: 399_346, lower: -375_676, upper: 1_174_368 }, 246 + 2216);
    expect(demo.verdict).toBe("unclear");
    expect(demo.customersToKnow).toBe(Math.ceil(((2.801585 * ((1_174_368 + 375_676) / 3.919928)) / 399_346) ** 2 * 2462));
  });
});
