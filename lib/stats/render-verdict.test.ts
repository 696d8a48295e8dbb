import { describe, expect, it } from "vitest";
import { formatPValue, formatPoints, renderVerdict } from "./render-verdict";
import { decideVerdict, type VerdictFacts } from "./verdict";

describe("formatting", () => {
  it("shows p with enough digits to place it against 0.05", () => {
    expect(formatPValue(0.00004)).toBe("p < 0.0001");
    expect(formatPValue(0.000123)).toBe("p = 0.0001");
    expect(formatPValue(0.0496)).toBe("p = 0.0496");
    expect(formatPValue(0.18988)).toBe("p = 0.19");
    expect(formatPValue(1)).toBe("p = 1.00");
  });

  it("shows differences as signed percentage points", () => {
    expect(formatPoints(0.03)).toBe("+3.0");
    expect(formatPoints(-0.0158)).toBe("-1.6");
    expect(formatPoints(0.0004)).toBe("0.0");
  });
});

describe("decideVerdict", () => {
  const facts: VerdictFacts = {
    variant: "B",
    control: "control",
    sampleRatioMismatch: false,
    sampleRatioPValue: 0.5,
    difference: { estimate: 0.03, lower: 0.015, upper: 0.045 },
    pValue: 0.0001,
    alpha: 0.05,
    power: 0.8,
    additionalUsersPerGroup: 0,
  };

  it("renders the brief's example sentence", () => {
    expect(renderVerdict(decideVerdict(facts))).toBe("B converts better than control: +3.0 points (95% CI +1.5 to +4.5), p = 0.0001.");
  });

  it("calls significance at 1 − confidence, strictly", () => {
    expect(decideVerdict({ ...facts, pValue: 0.0499 }).code).toBe("variant_better");
    expect(decideVerdict({ ...facts, pValue: 0.05 }).code).toBe("no_significant_difference");
    expect(decideVerdict({ ...facts, pValue: 0.05, additionalUsersPerGroup: 1200 }).code).toBe("needs_more_users");
    expect(decideVerdict({ ...facts, sampleRatioMismatch: true }).code).toBe("sample_ratio_mismatch");
  });
});
