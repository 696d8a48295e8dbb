import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("allows max attempts per window, then answers the wait, per key", () => {
    const l = new AttemptLimiter(3, 60_000);
    expect([l.hit("a", 0), l.hit("a", 1000), l.hit("a", 2000)]).toEqual([0, 0, 0]);
    expect(l.hit("a", 3000)).toBe(57); // the first attempt leaves the window at 60 s
    expect(l.hit("b", 3000)).toBe(0);
    expect(l.hit("a", 60_000)).toBe(0);
    l.reset("a");
    expect([l.hit("a", 60_001), l.hit("a", 60_002)]).toEqual([0, 0]);
  });
});
