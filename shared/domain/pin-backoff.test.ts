import { describe, expect, it } from 'vitest';
import { expectedGuessingMs, pinWaitMs, PIN_MAX_WAIT_MS } from './pin-backoff';

const DAY = 24 * 3600_000;

describe('PIN back-off', () => {
  it('lets three typos pass, then doubles the wait from 30 seconds up to 15 minutes', () => {
    expect([0, 1, 2].map(pinWaitMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 7].map(pinWaitMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(pinWaitMs(8)).toBe(PIN_MAX_WAIT_MS);
    expect(pinWaitMs(500)).toBe(PIN_MAX_WAIT_MS);
  });

  it('keeps guessing one 6-digit PIN at one device a matter of years, a 4-digit one of weeks', () => {
    const six = expectedGuessingMs(6);
    expect(six.guesses).toBe(500_000);
    expect(six.ms / (365 * DAY)).toBeGreaterThan(14);
    const four = expectedGuessingMs(4);
    expect(four.guesses).toBe(5_000);
    expect(Math.round(four.ms / DAY)).toBe(52);
  });
});
