import { describe, expect, it } from 'vitest';
import type { WindowRule } from './grocery-windows';
import { formatPickup, localParts, openWindow, upcomingWindows, windowOf, zonedTime } from './grocery-schedule';

const NY = 'America/New_York';
const mon: WindowRule = { id: 'mon', cutoffDay: 1, cutoffTime: '14:30', deliveryDay: 2, deliveryStart: '12:00', deliveryEnd: '13:00' };
const thu: WindowRule = { id: 'thu', cutoffDay: 4, cutoffTime: '14:30', deliveryDay: 5, deliveryStart: '12:00', deliveryEnd: '13:00' };
const schedule = { windows: [mon], skippedDates: [] as string[] };

describe('zone math', () => {
  it('turns a New York wall-clock time into UTC in winter and in summer', () => {
    expect(zonedTime('2026-11-30', '14:30', NY).toISOString()).toBe('2026-11-30T19:30:00.000Z');
    expect(zonedTime('2026-07-06', '14:30', NY).toISOString()).toBe('2026-07-06T18:30:00.000Z');
  });
  it('resolves a time skipped by spring-forward to after the gap', () => {
    // 2026-03-08 02:30 does not exist in New York; 03:30 EDT = 07:30Z.
    expect(zonedTime('2026-03-08', '02:30', NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
  it('takes the first of a repeated fall-back time', () => {
    expect(zonedTime('2026-11-01', '01:30', NY).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
  it('reads local date, weekday and time of an instant', () => {
    expect(localParts(new Date('2026-11-30T03:00:00Z'), NY)).toEqual({ date: '2026-11-29', weekday: 0, time: '22:00' });
  });
});

describe('ordering windows', () => {
  it('builds a window: Monday 14:30 cut-off, Tuesday 12-13 delivery', () => {
    const w = windowOf(mon, '2026-11-30', NY);
    expect(w).toEqual({
      key: '2026-11-30-mon',
      cutoffAt: '2026-11-30T19:30:00.000Z',
      deliveryStart: '2026-12-01T17:00:00.000Z',
      deliveryEnd: '2026-12-01T18:00:00.000Z',
      deliveryDate: '2026-12-01',
    });
  });
  it('an order just before the cut-off joins this week, just after joins next week', () => {
    expect(openWindow(schedule, new Date('2026-11-30T19:29:59Z'), NY)?.key).toBe('2026-11-30-mon');
    expect(openWindow(schedule, new Date('2026-11-30T19:30:00Z'), NY)?.key).toBe('2026-12-07-mon');
  });
  it('uses the branch zone, not UTC, to find the day', () => {
    // Sunday 22:00 in New York is already Monday in UTC; the window is still Monday's.
    expect(openWindow(schedule, new Date('2026-11-30T03:00:00Z'), NY)?.key).toBe('2026-11-30-mon');
    // In Los Angeles the same rule closes three hours later in UTC.
    expect(openWindow(schedule, new Date('2026-11-30T21:00:00Z'), 'America/Los_Angeles')?.cutoffAt).toBe('2026-11-30T22:30:00.000Z');
  });
  it('keeps wall-clock times across the DST change', () => {
    // Cut-off Monday 2026-03-09 (after spring-forward on the 8th) is 14:30 EDT = 18:30Z.
    const after = openWindow(schedule, new Date('2026-03-07T12:00:00Z'), NY);
    expect(after?.cutoffAt).toBe('2026-03-09T18:30:00.000Z');
    const before = openWindow(schedule, new Date('2026-03-01T12:00:00Z'), NY);
    expect(before?.cutoffAt).toBe('2026-03-02T19:30:00.000Z');
  });
  it('skips holidays by delivery date and windows closed by staff', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(openWindow({ windows: [mon], skippedDates: ['2026-12-01'] }, now, NY)?.key).toBe('2026-12-07-mon');
    expect(openWindow(schedule, now, NY, new Set(['2026-11-30-mon']))?.key).toBe('2026-12-07-mon');
  });
  it('orders several rules by cut-off', () => {
    const list = upcomingWindows({ windows: [thu, mon], skippedDates: [] }, new Date('2026-11-25T12:00:00Z'), NY, { count: 3 });
    expect(list.map((w) => w.key)).toEqual(['2026-11-26-thu', '2026-11-30-mon', '2026-12-03-thu']);
  });
  it('delivery on the same weekday later that day, or a week later when earlier', () => {
    expect(windowOf({ ...mon, deliveryDay: 1, deliveryStart: '17:00', deliveryEnd: '18:00' }, '2026-11-30', NY).deliveryDate).toBe('2026-11-30');
    expect(windowOf({ ...mon, deliveryDay: 1, deliveryStart: '09:00', deliveryEnd: '10:00' }, '2026-11-30', NY).deliveryDate).toBe('2026-12-07');
  });
  it('has no window when every delivery is skipped', () => {
    const skippedDates = Array.from({ length: 80 }, (_, i) => new Date(Date.UTC(2026, 10, 20 + i)).toISOString().slice(0, 10));
    expect(openWindow({ windows: [mon], skippedDates }, new Date('2026-11-25T12:00:00Z'), NY)).toBeNull();
  });
  it('formats the pickup in the patron language in the branch zone', () => {
    const w = windowOf(mon, '2026-11-30', NY);
    expect(formatPickup(w, 'en', NY)).toMatch(/^Tuesday, December 1, 12:00\s*–\s*1:00\sPM$/);
    expect(formatPickup(w, 'es', NY)).toMatch(/^martes, 1 de diciembre/);
  });
});
