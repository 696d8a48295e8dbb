import { describe, expect, it } from "vitest";
import { memoryLimitStore } from "./attempt-limiter";
import { KNOWN_DEVICE_TTL_SECONDS, Lockout } from "./lockout";

function lockout(max = 3) {
  let clock = 0;
  const store = memoryLimitStore(() => clock);
  const l = new Lockout(store, { prefix: "t", max, windowSeconds: 900, now: () => clock });
  return { l, store, at: (ms: number) => (clock = ms) };
}

describe("Lockout", () => {
  it("locks an account for every browser that never got in, from any address", () => {
    const { l } = lockout();
    for (const device of ["x1", "x2", null]) expect(l.attempt("owner@shop.nl", device)).toEqual({ waitSeconds: 0, knownDevice: false });
    expect(l.attempt("owner@shop.nl", "x4")).toEqual({ waitSeconds: 900, knownDevice: false });
    expect(l.attempt("other@shop.nl", "x4").waitSeconds).toBe(0);
  });

  it("spares the owner's browser, which has a count of its own", () => {
    const { l } = lockout();
    l.attempt("owner@shop.nl", "mine");
    l.succeeded("owner@shop.nl", "mine");
    for (let i = 0; i < 10; i++) l.attempt("owner@shop.nl", `attacker-${i}`);
    expect(l.attempt("owner@shop.nl", "attacker-x").waitSeconds).toBeGreaterThan(0);
    expect(l.attempt("owner@shop.nl", "mine")).toEqual({ waitSeconds: 0, knownDevice: true });
    // Being known to one account gives nothing on another.
    expect(l.attempt("other@shop.nl", "mine").knownDevice).toBe(false);
    // The known browser is itself limited: a stolen device cookie buys max guesses, no more.
    l.attempt("owner@shop.nl", "mine");
    l.attempt("owner@shop.nl", "mine");
    expect(l.attempt("owner@shop.nl", "mine")).toEqual({ waitSeconds: 900, knownDevice: true });
  });

  it("never counts a right attempt against new browsers, so someone signing in on new browsers is not locked out", () => {
    const { l } = lockout();
    for (let i = 0; i < 10; i++) {
      expect(l.attempt("owner@shop.nl", `new-${i}`).waitSeconds).toBe(0);
      l.succeeded("owner@shop.nl", `new-${i}`);
    }
    expect(l.attempt("owner@shop.nl", "new-x").waitSeconds).toBe(0);
  });

  it("keeps the guesses in the count when the owner gets in, and forgets a browser after its time", () => {
    const { l, at } = lockout();
    l.attempt("owner@shop.nl", "g1");
    l.attempt("owner@shop.nl", "g2");
    l.attempt("owner@shop.nl", "mine");
    l.succeeded("owner@shop.nl", "mine");
    expect(l.attempt("owner@shop.nl", "g3").waitSeconds).toBe(0);
    expect(l.attempt("owner@shop.nl", "g4").waitSeconds).toBeGreaterThan(0);
    at(KNOWN_DEVICE_TTL_SECONDS * 1000 + 1);
    expect(l.attempt("owner@shop.nl", "mine").knownDevice).toBe(false);
  });
});
