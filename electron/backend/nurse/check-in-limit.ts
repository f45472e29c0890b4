// How often one kiosk screen may check in: a stuck screen or a prankster must not flood the nurse's queue.

/** At most `limit` check-ins per client within any `windowMs`; real patrons take longer than that per check-in. */
export const CHECK_IN_LIMIT = { limit: 4, windowMs: 60_000 } as const;

export type RateLimit = {
  /** Counts one attempt for `key` at `now`; false when the key is over its limit (the attempt is not counted). */
  take(key: string, now: Date): boolean;
};

export function slidingWindowLimit(limit: number, windowMs: number): RateLimit {
  const seen = new Map<string, number[]>();
  const recent = (key: string, at: number) => (seen.get(key) ?? []).filter((t) => t > at - windowMs);
  return {
    take(key, now) {
      const at = now.getTime();
      // The browser host gives each page load its own client id: forget clients that went quiet.
      if (seen.size > 500) for (const k of [...seen.keys()]) if (recent(k, at).length === 0) seen.delete(k);
      const times = recent(key, at);
      const allowed = times.length < limit;
      if (allowed) times.push(at);
      seen.set(key, times);
      return allowed;
    },
  };
}
