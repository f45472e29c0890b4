// How often one kiosk screen may do something patrons do (check in, ask about their own phone): a stuck screen
// or a prankster must not flood a queue or probe many phone numbers.

export type RateLimit = {
  /** Counts one attempt for `key` at `now`; false when the key is over its limit (the attempt is not counted). */
  take(key: string, now: Date): boolean;
};

/** At most `limit` attempts per key (a client) within any `windowMs`. */
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
