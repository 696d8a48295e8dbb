import { describe, expect, it } from "vitest";
import { additionalUsersPerGroup, minimumDetectableEffect, requiredUsersPerGroup } from "./power";
import { normalCdf } from "./normal";

describe("requiredUsersPerGroup", () => {
  it("gives 3,841 for 10% → 12% at α = 0.05 two-sided and 80% power", () => {
    // By hand: p̄ = 0.11; zα = 1.959964, zβ = 0.841621;
    // zα √(2 · 0.11 · 0.89) = 1.959964 · 0.442493 = 0.867270; zβ √(0.1 · 0.9 + 0.12 · 0.88) = 0.841621 · 0.442267 = 0.372222;
    // (0.867270 + 0.372222)² / 0.02² = 1.536341 / 0.0004 = 3,840.85 → 3,841 (SciPy with norm.ppf: 3,840.847).
    expect(requiredUsersPerGroup(0.1, { absolute: 0.02 })).toBe(3841);
    expect(requiredUsersPerGroup(0.1, { relative: 0.2 })).toBe(3841);
    // 5% → 10%: (1.959964 · √0.13875 + 0.841621 · √0.1375)² / 0.05² = 434.43 → 435.
    expect(requiredUsersPerGroup(0.05, { absolute: 0.05 })).toBe(435);
    // Stricter test, more power: α = 0.01 (z = 2.575829), 90% (z = 1.281552) → 7,280.99 → 7,281.
    expect(requiredUsersPerGroup(0.1, { absolute: 0.02 }, { alpha: 0.01, power: 0.9 })).toBe(7281);
  });

  it("really delivers the power: 3,841 reaches 80%, 3,840 does not", () => {
    // Power of the pooled z-test at p₁ = 0.10, p₂ = 0.12: Φ((δ√n − zα √(2p̄q̄)) / √(p₁q₁ + p₂q₂)).
    const power = (n: number) => normalCdf((0.02 * Math.sqrt(n) - 1.959964 * Math.sqrt(2 * 0.11 * 0.89)) / Math.sqrt(0.09 + 0.1056));
    expect(power(3841)).toBeGreaterThanOrEqual(0.8);
    expect(power(3840)).toBeLessThan(0.8);
  });

  it("rejects effects that cannot be tested", () => {
    expect(() => requiredUsersPerGroup(0.1, { absolute: 0 })).toThrow(/zero/);
    expect(() => requiredUsersPerGroup(0.95, { absolute: 0.1 })).toThrow(/outside 0–100%/);
    expect(() => requiredUsersPerGroup(0.1, { absolute: 0.02 }, { power: 80 })).toThrow(/power must be between 0 and 1/);
  });
});

describe("minimumDetectableEffect", () => {
  it("inverts the sample size", () => {
    // 3,840.85 users per group detect exactly +2 points; 3,841 a hair less.
    const mde = minimumDetectableEffect(0.1, 3841)!;
    expect(mde.absolute).toBeLessThan(0.02);
    expect(mde.absolute).toBeGreaterThan(0.01999);
    expect(mde.relative).toBeCloseTo(mde.absolute / 0.1, 14);
    // 10,000 per group: +1.2201 points (SciPy brentq on the same formula: 0.0122010).
    expect(minimumDetectableEffect(0.1, 10_000)!.absolute).toBeCloseTo(0.012201, 6);
    expect(requiredUsersPerGroup(0.1, { absolute: minimumDetectableEffect(0.1, 10_000)!.absolute })).toBe(10_000);
  });

  it("is null when even 100% is out of reach", () => {
    expect(minimumDetectableEffect(0.5, 2)).toBeNull();
  });
});

describe("additionalUsersPerGroup", () => {
  it("counts the users still missing at the observed effect", () => {
    // Observed 100/1,000 vs 120/1,000 needs 3,841 per group: 2,841 more.
    expect(additionalUsersPerGroup({ conversions: 100, users: 1000 }, { conversions: 120, users: 1000 })).toBe(2841);
    // Unequal groups: measured from the smaller one.
    expect(additionalUsersPerGroup({ conversions: 500, users: 5000 }, { conversions: 240, users: 2000 })).toBe(1841);
    expect(additionalUsersPerGroup({ conversions: 1000, users: 10_000 }, { conversions: 1200, users: 10_000 })).toBe(0);
    expect(additionalUsersPerGroup({ conversions: 10, users: 100 }, { conversions: 20, users: 200 })).toBeNull();
  });
});
