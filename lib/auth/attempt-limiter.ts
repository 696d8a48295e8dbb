/** Counts attempts per key (an account's e-mail address) in a sliding window. Per-IP limits can
 * be dodged by a client that sends its own X-Forwarded-For; an account's limit cannot. In memory:
 * Liftboard runs as one process. */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; returns the seconds to wait when the key is over its limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      return Math.ceil((recent[0] + this.windowMs - now) / 1000);
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 100_000) this.prune(now);
    return 0;
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private prune(now: number): void {
    for (const [k, times] of this.attempts) if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(k);
  }
}
