import { describe, expect, it } from "vitest";
import { hyp2f1, oneMinusScaledHyp2f1 } from "./hyp2f1";

// References: mpmath.hyp2f1 at mp.dps = 30 (ln|value| where the value overflows or is signed).
describe("hyp2f1", () => {
  it("matches mpmath on BG/NBD-shaped arguments", () => {
    const f = hyp2f1(0.243, 2.426, 2.219, 0.5);
    expect(f.sign).toBe(1);
    expect(Math.exp(f.logAbs)).toBeCloseTo(1.2070970070440423, 14);
    expect(Math.exp(hyp2f1(0.1, 2, 1.5, 0.999).logAbs)).toBeCloseTo(9.7794345188569151, 11);
  });

  it("keeps values beyond a double in logs (frequent buyers)", () => {
    expect(hyp2f1(30.2, 32.4, 32.2, 0.95).logAbs).toBeCloseTo(91.057949244769938, 10);
    expect(hyp2f1(400.5, 402.4, 402.2, 0.6).logAbs).toBeCloseTo(367.15718810468185, 9);
  });

  it("carries the sign when c < 0 (BG/NBD with a + b < 1)", () => {
    const f = hyp2f1(0.5, 0.3, -0.5, 0.9);
    expect(f.sign).toBe(-1);
    expect(f.logAbs).toBeCloseTo(2.1723800688224292, 12);
    expect(Math.exp(hyp2f1(1.2, 1.3, -1.7, 0.6).logAbs)).toBeCloseTo(278.25208263683282, 9);
    expect(oneMinusScaledHyp2f1(0.5, 0.3, -0.5, 0.9, 0)).toBeCloseTo(1 + 8.7791541858630702, 12);
  });

  it("refuses z outside [0, 1)", () => {
    expect(hyp2f1(1, 1, 2, 1).logAbs).toBeNaN();
    expect(hyp2f1(1, 1, 2, -0.5).logAbs).toBeNaN();
  });
});
