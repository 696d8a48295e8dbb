import { describe, expect, it } from "vitest";
import { memoryLimitStore } from "../auth/attempt-limiter";
import { SHARE_UNLOCK_ATTEMPTS, ShareUnlockLimiter, addressKey } from "./share-unlock-limiter";

const WINDOW_MS = SHARE_UNLOCK_ATTEMPTS.perLink.windowSeconds * 1000;

function limiter() {
  let clock = 0;
  const l = new ShareUnlockLimiter(
    memoryLimitStore(() => clock),
    () => clock,
  );
  return { l, at: (ms: number) => (clock = ms) };
}

describe("ShareUnlockLimiter", () => {
  it("blocks a link after 5 attempts from browsers that never opened it, from any address, until the window passes", () => {
    const { l, at } = limiter();
    for (let i = 0; i < 5; i++) expect(l.hit(1, `10.0.0.${i}`, `b${i}`).waitSeconds).toBe(0);
    expect(l.hit(1, "10.0.0.99", "b99")).toEqual({ waitSeconds: 900, knownDevice: false }); // 15 minutes from the first attempt
    expect(l.hit(2, "10.0.0.99", "b99").waitSeconds).toBe(0); // other links are not affected
    at(WINDOW_MS);
    expect(l.hit(1, null, "b99").waitSeconds).toBe(0);
  });

  it("lets a browser that opened the link in while others are locked out", () => {
    const { l } = limiter();
    l.hit(1, null, "colleague");
    l.succeed(1, "colleague");
    for (let i = 0; i < 5; i++) l.hit(1, null, `guesser-${i}`);
    expect(l.hit(1, null, "guesser-x").waitSeconds).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(l.hit(1, null, "colleague")).toEqual({ waitSeconds: 0, knownDevice: true });
    expect(l.hit(1, null, "colleague").waitSeconds).toBeGreaterThan(0);
  });

  it("blocks one address sweeping many links after 20 attempts", () => {
    const { l } = limiter();
    for (let i = 0; i < 20; i++) expect(l.hit(100 + i, "203.0.113.5", "sweeper").waitSeconds).toBe(0);
    expect(l.hit(999, "203.0.113.5", "sweeper").waitSeconds).toBeGreaterThan(0);
    expect(l.hit(999, "203.0.113.6", "sweeper").waitSeconds).toBe(0);
  });
});

describe("addressKey", () => {
  it("counts an IPv6 address by its /64 network, and IPv4 by the address", () => {
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::5")).toBe("2001:db8:0:0::/64");
  });
  it("so one client walking through its /64 meets the per-address limit", () => {
    const { l } = limiter();
    for (let i = 0; i < 20; i++) l.hit(100 + i, `2001:db8:1:2::${i.toString(16)}`, "sweeper");
    expect(l.hit(999, "2001:db8:1:2::ffff", "sweeper").waitSeconds).toBeGreaterThan(0);
  });
});
