import { describe, expect, it } from "vitest";
import { splitHoldout } from "./split-holdout";

describe("splitHoldout", () => {
  it("sets aside a control or holdout group that accepted nothing", () => {
    const v = [
      { name: "A", conversions: 10 },
      { name: "B", conversions: 12 },
      { name: " Holdout ", conversions: 0 },
    ];
    expect(splitHoldout(v)).toEqual({ tested: [v[0], v[1]], heldOut: [v[2]] });
  });

  it("keeps a control arm that was shown an offer (it has acceptances)", () => {
    const v = [
      { name: "control", conversions: 3 },
      { name: "treatment", conversions: 5 },
    ];
    expect(splitHoldout(v)).toEqual({ tested: v, heldOut: [] });
  });

  it("keeps a variant with no conversions whose name is not a control name", () => {
    const v = [
      { name: "A", conversions: 0 },
      { name: "B", conversions: 0 },
    ];
    expect(splitHoldout(v).tested).toHaveLength(2);
  });
});
