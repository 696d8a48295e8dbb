import { AttemptLimiter } from "../auth/attempt-limiter";

// Per link: 5 password attempts per 15 minutes from anywhere, the limit a guesser cannot dodge.
// Per IP: a looser 20, against one client sweeping many links (it can fake its address, so the
// link limit is the real guard).
export const SHARE_UNLOCK_ATTEMPTS = {
  perLink: { max: 5, windowMs: 15 * 60_000 },
  perIp: { max: 20, windowMs: 15 * 60_000 },
} as const;

/** Counts password attempts on share links, per link and per client IP, in memory. The server
 * keeps one (server/actions/unlock-share-link.ts): Liftboard runs as one process. */
export class ShareUnlockLimiter {
  private readonly byLink = new AttemptLimiter(SHARE_UNLOCK_ATTEMPTS.perLink.max, SHARE_UNLOCK_ATTEMPTS.perLink.windowMs);
  private readonly byIp = new AttemptLimiter(SHARE_UNLOCK_ATTEMPTS.perIp.max, SHARE_UNLOCK_ATTEMPTS.perIp.windowMs);

  /** Records an attempt; returns the seconds to wait when the link or the IP is over its limit, else 0. */
  hit(linkId: number, ip: string | null, now = Date.now()): number {
    const link = this.byLink.hit(String(linkId), now);
    const ipWait = ip ? this.byIp.hit(ip, now) : 0;
    return Math.max(link, ipWait);
  }

  /** A correct password clears the link's count (not the IP's: one known password must not
   * buy a sweeper fresh guesses elsewhere). */
  succeed(linkId: number): void {
    this.byLink.reset(String(linkId));
  }
}
