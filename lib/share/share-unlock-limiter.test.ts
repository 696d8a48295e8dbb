import { describe, expect, it } from "vitest";
import { SHARE_UNLOCK_ATTEMPTS, ShareUnlockLimiter } from "./share-unlock-limiter";

const WINDOW = SHARE_UNLOCK_ATTEMPTS.perLink.windowMs;

describe("ShareUnlockLimiter", () => {
  it("blocks a link after 5 attempts from any IPs, until the window passes", () => {
    const l = new ShareUnlockLimiter();
    for (let i = 0; i < 5; i++) expect(l.hit(1, `10.0.0.${i}`, i)).toBe(0);
    expect(l.hit(1, "10.0.0.99", 10)).toBe(900); // 15 minutes from the first attempt
    expect(l.hit(2, "10.0.0.99", 10)).toBe(0); // other links are not affected
    expect(l.hit(1, null, WINDOW)).toBe(0);
  });
  it("clears a link's count on a correct password", () => {
    const l = new ShareUnlockLimiter();
    for (let i = 0; i < 4; i++) l.hit(1, null, i);
    l.succeed(1);
    for (let i = 0; i < 5; i++) expect(l.hit(1, null, 10 + i)).toBe(0);
    expect(l.hit(1, null, 20)).toBeGreaterThan(0);
  });
  it("blocks one IP sweeping many links after 20 attempts", () => {
    const l = new ShareUnlockLimiter();
    for (let i = 0; i < 20; i++) expect(l.hit(100 + i, "203.0.113.5", i)).toBe(0);
    expect(l.hit(999, "203.0.113.5", 30)).toBeGreaterThan(0);
    expect(l.hit(999, "203.0.113.6", 30)).toBe(0);
  });
});
