import { describe, expect, it } from "vitest";
import { AttemptLimiter, memoryLimitStore } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("allows max attempts per fixed window, then answers the wait, per key", () => {
    let clock = 0;
    const l = new AttemptLimiter(
      memoryLimitStore(() => clock),
      "test",
      3,
      60,
      () => clock,
    );
    const at = (ms: number, key = "a") => ((clock = ms), l.hit(key));
    expect([at(0), at(1000), at(2000)]).toEqual([0, 0, 0]);
    expect(at(3000)).toBe(57); // the window opened with the first attempt
    expect(at(3000, "b")).toBe(0);
    expect(at(60_000)).toBe(0);
    l.reset("a");
    expect([at(60_001), at(60_002), at(60_003)]).toEqual([0, 0, 0]);
    expect(at(60_004)).toBe(60);
  });

  it("drops expired keys as the memory store grows, so made-up keys cannot pile up", () => {
    let clock = 0;
    const store = memoryLimitStore(() => clock);
    for (let i = 0; i < 100_001; i++) store.count(`k${i}`, 1);
    clock = 2000;
    store.count("fresh", 1);
    expect(store.get("k0")).toBeNull();
    expect(store.get("fresh")).toBe("1");
  });
});
