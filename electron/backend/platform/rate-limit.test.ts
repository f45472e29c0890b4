import { describe, expect, it } from 'vitest';
import { slidingWindowLimit } from './rate-limit';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 15, 0, 0) + seconds * 1000);

describe('slidingWindowLimit', () => {
  it('allows the limit within the window, refuses more, and allows again as old attempts leave the window', () => {
    const limit = slidingWindowLimit(3, 60_000);
    expect([0, 1, 2, 3].map((s) => limit.take('kiosk', at(s)))).toEqual([true, true, true, false]);
    // Refused attempts do not count: at 60.5 s the first attempt has left the window.
    expect(limit.take('kiosk', at(59))).toBe(false);
    expect(limit.take('kiosk', at(60.5))).toBe(true);
    expect(limit.take('kiosk', at(60.7))).toBe(false);
    expect(limit.take('kiosk', at(122))).toBe(true);
  });

  it('counts each client on its own', () => {
    const limit = slidingWindowLimit(1, 60_000);
    expect(limit.take('a', at(0))).toBe(true);
    expect(limit.take('a', at(1))).toBe(false);
    expect(limit.take('b', at(1))).toBe(true);
  });

  it('forgets quiet clients without losing the count of busy ones', () => {
    const limit = slidingWindowLimit(2, 60_000);
    for (let i = 0; i < 600; i += 1) limit.take(`page-${i}`, at(i / 10));
    expect(limit.take('busy', at(100))).toBe(true);
    expect(limit.take('busy', at(101))).toBe(true);
    // Over 500 clients known: this call prunes the quiet ones, and the busy one keeps its count.
    expect(limit.take('another-page', at(102))).toBe(true);
    expect(limit.take('busy', at(102))).toBe(false);
    expect(limit.take('page-599', at(103))).toBe(true);
    expect(limit.take('page-0', at(200))).toBe(true);
  });
});
