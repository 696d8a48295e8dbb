import { AttemptLimiter, type LimitStore } from "./attempt-limiter";

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
  // Attempts from browsers that never got in, per subject; and from each browser that did.
  private readonly strangers: AttemptLimiter;
  private readonly devices: AttemptLimiter;

  constructor(
    private readonly store: LimitStore,
    private readonly o: { prefix: string; max: number; windowSeconds: number; now?: () => number },
  ) {
    this.strangers = new AttemptLimiter(store, `${o.prefix}:new`, o.max, o.windowSeconds, o.now);
    this.devices = new AttemptLimiter(store, `${o.prefix}:device`, o.max, o.windowSeconds, o.now);
  }

  private knownKey(subject: string, device: string): string {
    return `${this.o.prefix}:known:${subject}:${device}`;
  }

  /** Records an attempt on `subject` from `device` (the browser's verified device id, or null). */
  attempt(subject: string, device: string | null): LockoutAttempt {
    const knownDevice = device !== null && this.store.get(this.knownKey(subject, device)) !== null;
    const waitSeconds = knownDevice ? this.devices.hit(`${subject}:${device}`) : this.strangers.hit(subject);
    return { waitSeconds, knownDevice };
  }

  /** A new secret: no browser is known to `subject` any more (one that knew the old password does not
   * keep a budget of its own). */
  forgetDevices(subject: string): void {
    this.store.deletePrefix(this.knownKey(subject, ""));
    this.store.deletePrefix(`${this.o.prefix}:device:${subject}:`);
  }

  /** The right secret from `device`: its own count starts again and it is known to `subject` from now on.
   * An unknown browser's right attempt is taken back from the unknown browsers' count, so someone signing
   * in from new browsers is never locked out by their own successes; the guesses in that count stay. */
  succeeded(subject: string, device: string): void {
    if (this.store.get(this.knownKey(subject, device)) !== null) this.devices.reset(`${subject}:${device}`);
    else this.strangers.takeBack(subject);
    this.store.set(this.knownKey(subject, device), "1", KNOWN_DEVICE_TTL_SECONDS);
  }
}
