import { describe, expect, it } from 'vitest';
import {
  addDays,
  isTimeZone,
  localDateOf,
  localTimeOf,
  offsetMs,
  startOfLocalDay,
  weekdayOf,
  zonedInstant,
  zonedInstantAfterGap,
} from './zoned-time';

const NY = 'America/New_York';
const iso = (d: Date | null) => d?.toISOString() ?? null;
const HOUR = 3_600_000;

describe('New York across both DST changes (2026-03-08 and 2026-11-01)', () => {
  it('maps wall times to instants in winter and summer', () => {
    expect(iso(zonedInstant('2026-03-07', '14:30', NY))).toBe('2026-03-07T19:30:00.000Z');
    expect(iso(zonedInstant('2026-03-09', '14:30', NY))).toBe('2026-03-09T18:30:00.000Z');
    expect(offsetMs(new Date('2026-01-15T12:00:00Z'), NY)).toBe(-5 * HOUR);
    expect(offsetMs(new Date('2026-07-15T12:00:00Z'), NY)).toBe(-4 * HOUR);
  });

  it('spring forward: a skipped wall time has no instant, or lands after the gap when asked', () => {
    expect(zonedInstant('2026-03-08', '02:00', NY)).toBeNull();
    expect(zonedInstant('2026-03-08', '02:30', NY)).toBeNull();
    expect(iso(zonedInstant('2026-03-08', '01:59', NY))).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '03:00', NY))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(zonedInstantAfterGap('2026-03-08', '02:30', NY))).toBe('2026-03-08T07:30:00.000Z');
    expect(localTimeOf(zonedInstantAfterGap('2026-03-08', '02:30', NY), NY)).toBe('03:30');
    // Existing times are the same either way.
    expect(iso(zonedInstantAfterGap('2026-03-08', '03:00', NY))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('fall back: a repeated wall time takes the earlier instant', () => {
    expect(iso(zonedInstant('2026-11-01', '01:30', NY))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedInstantAfterGap('2026-11-01', '01:30', NY))).toBe('2026-11-01T05:30:00.000Z');
    // Both 05:30Z and 06:30Z read 01:30 on the wall.
    expect(localTimeOf(new Date('2026-11-01T06:30:00Z'), NY)).toBe('01:30');
    expect(iso(zonedInstant('2026-11-01', '02:00', NY))).toBe('2026-11-01T07:00:00.000Z');
  });

  it('the change days are 23 and 25 hours long', () => {
    const length = (date: string) => startOfLocalDay(addDays(date, 1), NY).getTime() - startOfLocalDay(date, NY).getTime();
    expect(length('2026-03-08')).toBe(23 * HOUR);
    expect(length('2026-11-01')).toBe(25 * HOUR);
    expect(length('2026-11-02')).toBe(24 * HOUR);
  });

  it('reads the day in the zone, not in UTC', () => {
    // 03:00Z on Monday is still Sunday evening in New York.
    expect(localDateOf(new Date('2026-11-30T03:00:00Z'), NY)).toBe('2026-11-29');
    expect(localTimeOf(new Date('2026-11-30T03:00:00Z'), NY)).toBe('22:00');
    expect(localDateOf(new Date('2026-11-30T05:00:00Z'), NY)).toBe('2026-11-30');
  });
});

describe('a zone without DST (America/Phoenix, UTC-7 all year)', () => {
  const PHX = 'America/Phoenix';
  it('keeps the same offset on the days New York changes', () => {
    expect(iso(zonedInstant('2026-03-08', '02:30', PHX))).toBe('2026-03-08T09:30:00.000Z');
    expect(iso(zonedInstant('2026-11-01', '01:30', PHX))).toBe('2026-11-01T08:30:00.000Z');
    expect(iso(zonedInstant('2026-07-01', '00:00', PHX))).toBe('2026-07-01T07:00:00.000Z');
    expect(offsetMs(new Date('2026-01-15T12:00:00Z'), PHX)).toBe(offsetMs(new Date('2026-07-15T12:00:00Z'), PHX));
  });
  it('round-trips every half hour of a day', () => {
    for (let m = 0; m < 24 * 60; m += 30) {
      const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const instant = zonedInstant('2026-03-08', time, PHX);
      expect(instant && localTimeOf(instant, PHX), time).toBe(time);
    }
  });
});

describe('a half-hour zone (Asia/Kolkata, UTC+5:30)', () => {
  const IN = 'Asia/Kolkata';
  it('maps wall time and day across UTC midnight', () => {
    expect(iso(zonedInstant('2026-05-01', '10:00', IN))).toBe('2026-05-01T04:30:00.000Z');
    expect(iso(zonedInstant('2026-05-01', '03:00', IN))).toBe('2026-04-30T21:30:00.000Z');
    expect(localDateOf(new Date('2026-04-30T18:30:00Z'), IN)).toBe('2026-05-01');
    expect(localDateOf(new Date('2026-04-30T18:29:00Z'), IN)).toBe('2026-04-30');
    expect(localTimeOf(new Date('2026-04-30T18:45:00Z'), IN)).toBe('00:15');
    expect(iso(startOfLocalDay('2026-05-01', IN))).toBe('2026-04-30T18:30:00.000Z');
    expect(offsetMs(new Date('2026-05-01T00:00:00Z'), IN)).toBe(5.5 * HOUR);
  });
});

describe('calendar helpers and zone names', () => {
  it('adds days across month, year and DST boundaries as calendar days', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
  it('gives the weekday of a date, 0 = Sunday', () => {
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-05')).toBe(6);
  });
  it('knows real zone names only', () => {
    expect(isTimeZone(NY)).toBe(true);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Not/AZone')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
