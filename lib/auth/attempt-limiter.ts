/** Where attempt counts live. The server keeps them in its sessions file (db/session-store.ts), so every
 * server process shares them and a restart does not wipe them; tests and the CLI use memoryLimitStore. */
export type LimitStore = {
  /** Counts one more attempt on `key` in a fixed window that opens at the first attempt. */
  count(key: string, windowSeconds: number): { count: number; resetAt: number };
  /** Takes one attempt back (one that turned out to be the right secret). */
  uncount(key: string): void;
  get(key: string): string | null;
  set(key: string, value: string, ttlSeconds?: number): void;
  delete(key: string): void;
  /** Forgets every key that starts with `prefix`. */
  deletePrefix(prefix: string): void;
};

/** A LimitStore in this process's memory, with its own clock for tests. Expired keys are dropped as
 * the map grows, so keys an attacker makes up cannot pile up. */
export function memoryLimitStore(now: () => number = Date.now): LimitStore {
  const entries = new Map<string, { value: string; expiresAt: number | null }>();
  const live = (key: string) => {
    const e = entries.get(key);
    if (e && e.expiresAt !== null && e.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };
  const prune = () => {
    if (entries.size <= 100_000) return;
    for (const key of [...entries.keys()]) live(key);
  };
  return {
    count(key, windowSeconds) {
      const e = live(key);
      const next = e ? { value: String(Number(e.value) + 1), expiresAt: e.expiresAt } : { value: "1", expiresAt: now() + windowSeconds * 1000 };
      entries.set(key, next);
      prune();
      return { count: Number(next.value), resetAt: next.expiresAt! };
    },
    uncount(key) {
      const e = live(key);
      if (e && Number(e.value) > 0) e.value = String(Number(e.value) - 1);
    },
    get: (key) => live(key)?.value ?? null,
    set(key, value, ttlSeconds) {
      entries.set(key, { value, expiresAt: ttlSeconds ? now() + ttlSeconds * 1000 : null });
      prune();
    },
    delete: (key) => void entries.delete(key),
    deletePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}

/** At most `max` attempts per key in a window of `windowSeconds`, counted in a LimitStore. */
export class AttemptLimiter {
  constructor(
    private readonly store: LimitStore,
    private readonly prefix: string,
    readonly max: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns the seconds to wait when the key is over its limit, else 0. */
  hit(key: string): number {
    const { count, resetAt } = this.store.count(`${this.prefix}:${key}`, this.windowSeconds);
    return count > this.max ? Math.max(1, Math.ceil((resetAt - this.now()) / 1000)) : 0;
  }

  reset(key: string): void {
    this.store.delete(`${this.prefix}:${key}`);
  }

  /** Takes one attempt on `key` back (one that turned out to be the right secret). */
  takeBack(key: string): void {
    this.store.uncount(`${this.prefix}:${key}`);
  }
}
