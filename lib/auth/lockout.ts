import type { LimitStore } from "./attempt-limiter";

// How long a browser stays known after it got in: as long as browsers keep a cookie (400 days).
export const KNOWN_DEVICE_TTL_SECONDS = 400 * 24 * 3600;

export type LockoutAttempt = { waitSeconds: number; knownDevice: boolean };

/**
 * Locks a subject (an account, a share link) after `max` attempts in a window, for every browser except
 * those that got in before: each of those has a count of its own. Someone who knows the owner's address
 * can then keep new browsers out for a while, but never the owner on a browser they have used (the
 * "device cookie" defence against lockout abuse, from OWASP's authentication guidance).
 */
export class Lockout {
  constructor(
    private readonly store: LimitStore,
    private readonly o: { prefix: string; max: number; windowSeconds: number; now?: () => number },
  ) {}

  private key(subject: string, device: string | null, known: boolean): string {
    return known ? `${this.o.prefix}:device:${subject}:${device}` : `${this.o.prefix}:new:${subject}`;
  }

  /** Records an attempt on `subject` from `device` (the browser's verified device id, or null). */
  attempt(subject: string, device: string | null): LockoutAttempt {
    const knownDevice = device !== null && this.store.get(`${this.o.prefix}:known:${subject}:${device}`) !== null;
    const { count, resetAt } = this.store.count(this.key(subject, device, knownDevice), this.o.windowSeconds);
    const now = (this.o.now ?? Date.now)();
    return { waitSeconds: count > this.o.max ? Math.max(1, Math.ceil((resetAt - now) / 1000)) : 0, knownDevice };
  }

  /** A new secret: no browser is known to `subject` any more (one that knew the old password does not
   * keep a budget of its own). */
  forgetDevices(subject: string): void {
    this.store.deletePrefix(`${this.o.prefix}:known:${subject}:`);
    this.store.deletePrefix(`${this.o.prefix}:device:${subject}:`);
  }

  /** The right secret from `device`: its own count starts again and it is known to `subject` from now on.
   * An unknown browser's right attempt is taken back from the unknown browsers' count, so someone signing
   * in from new browsers is never locked out by their own successes; the guesses in that count stay. */
  succeeded(subject: string, device: string): void {
    const knownDevice = this.store.get(`${this.o.prefix}:known:${subject}:${device}`) !== null;
    if (knownDevice) this.store.delete(this.key(subject, device, true));
    else this.store.uncount(this.key(subject, device, false));
    this.store.set(`${this.o.prefix}:known:${subject}:${device}`, "1", KNOWN_DEVICE_TTL_SECONDS);
  }
}
