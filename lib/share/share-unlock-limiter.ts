import { AttemptLimiter, memoryLimitStore, type LimitStore } from "../auth/attempt-limiter";
import { Lockout, type LockoutAttempt } from "../auth/lockout";

// Per link: 5 password attempts per 15 minutes from browsers that have not opened it before, from any
// address; each browser that did has 5 of its own. Per client address: 20, against one client sweeping
// many links.
export const SHARE_UNLOCK_ATTEMPTS = {
  perLink: { max: 5, windowSeconds: 15 * 60 },
  perIp: { max: 20, windowSeconds: 15 * 60 },
} as const;

/** Counts password attempts on share links, per link (lib/auth/lockout.ts) and per client address. The
 * server keeps the counts in its sessions file, shared by its processes; tests keep them in memory. */
export class ShareUnlockLimiter {
  private readonly byLink: Lockout;
  private readonly byIp: AttemptLimiter;

  constructor(store: LimitStore = memoryLimitStore(), now: () => number = Date.now) {
    this.byLink = new Lockout(store, { prefix: "share-unlock", ...SHARE_UNLOCK_ATTEMPTS.perLink, now });
    this.byIp = new AttemptLimiter(store, "share-unlock-ip", SHARE_UNLOCK_ATTEMPTS.perIp.max, SHARE_UNLOCK_ATTEMPTS.perIp.windowSeconds, now);
  }

  /** Records an attempt; waitSeconds is how long to wait when the link or the address is over its limit. */
  hit(linkId: number, ip: string | null, device: string): LockoutAttempt {
    const link = this.byLink.attempt(String(linkId), device);
    const ipWait = ip ? this.byIp.hit(addressKey(ip)) : 0;
    return { waitSeconds: Math.max(link.waitSeconds, ipWait), knownDevice: link.knownDevice };
  }

  /** A correct password clears this browser's count on the link and makes it known there (not the
   * address's count: one known password must not buy a sweeper fresh guesses elsewhere). */
  succeed(linkId: number, device: string): void {
    this.byLink.succeeded(String(linkId), device);
  }
}

/** The key an address is counted under: an IPv6 address by its /64 network, since whoever holds one
 * address of it holds them all (better-auth keys its own limits the same way). */
export function addressKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
