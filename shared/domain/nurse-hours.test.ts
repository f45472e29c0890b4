import { describe, expect, it } from 'vitest';
import { availability, weeklyHoursLines, weeklyProblems, type HoursRange, type NurseHours } from './nurse-hours';
import { localDateOf, localTimeOf, zonedInstant } from './zoned-time';

const NY = 'America/New_York';
// Tuesday 10–14, Thursday 13–17, Saturday 10–13 (the demo's hours).
const weekly: HoursRange[] = [
  { weekday: 2, open: '10:00', close: '14:00' },
  { weekday: 4, open: '13:00', close: '17:00' },
  { weekday: 6, open: '10:00', close: '13:00' },
];
const hours = (over: Partial<NurseHours> = {}): NurseHours => ({ weekly, closedDates: [], override: null, ...over });
/** An instant from a wall time in a zone. */
const at = (date: string, time: string, zone = NY): Date => {
  const instant = zonedInstant(date, time, zone);
  if (!instant) throw new Error(`${date} ${time} does not exist in ${zone}`);
  return instant;
};
const wall = (iso: string | null | undefined, zone = NY) => (iso ? `${localDateOf(new Date(iso), zone)} ${localTimeOf(new Date(iso), zone)}` : null);

describe('nurse hours: open now, until when, next opening', () => {
  it('is open inside a stretch, until its end; the next opening is the next stretch', () => {
    // Tuesday 3 March 2026, 11:00.
    const a = availability(hours(), at('2026-03-03', '11:00'), NY);
    expect(a.open).toBe(true);
    expect(wall(a.closesAt)).toBe('2026-03-03 14:00');
    expect(wall(a.nextOpening?.at)).toBe('2026-03-05 13:00');
    expect(wall(a.nextOpening?.until)).toBe('2026-03-05 17:00');
  });

  it('is closed before opening and at the closing minute', () => {
    const before = availability(hours(), at('2026-03-03', '09:59'), NY);
    expect(before).toMatchObject({ open: false, closesAt: null });
    expect(wall(before.nextOpening?.at)).toBe('2026-03-03 10:00');
    const closing = availability(hours(), at('2026-03-03', '14:00'), NY);
    expect(closing.open).toBe(false);
    expect(wall(closing.nextOpening?.at)).toBe('2026-03-05 13:00');
  });

  it('wraps the week: after Saturday the next opening is Tuesday', () => {
    const a = availability(hours(), at('2026-03-07', '13:30'), NY);
    expect(a.open).toBe(false);
    expect(wall(a.nextOpening?.at)).toBe('2026-03-10 10:00');
  });

  it('runs across midnight where one day ends at 24:00 and the next starts at 00:00', () => {
    const late: HoursRange[] = [
      { weekday: 5, open: '20:00', close: '24:00' },
      { weekday: 6, open: '00:00', close: '02:00' },
    ];
    const a = availability(hours({ weekly: late }), at('2026-03-06', '23:00'), NY);
    expect(a.open).toBe(true);
    expect(wall(a.closesAt)).toBe('2026-03-07 02:00');
    // Seen from before it opens: one stretch from Friday 20:00 to Saturday 02:00.
    const before = availability(hours({ weekly: late }), at('2026-03-06', '19:00'), NY);
    expect(wall(before.nextOpening?.at)).toBe('2026-03-06 20:00');
    expect(wall(before.nextOpening?.until)).toBe('2026-03-07 02:00');
  });

  it('keeps wall-clock hours on the nights clocks change (US and southern hemisphere)', () => {
    // Sunday 8 March 2026 (spring forward at 02:00): 00:00–04:00 is three real hours.
    const sunday: HoursRange[] = [{ weekday: 0, open: '00:00', close: '04:00' }];
    const spring = availability(hours({ weekly: sunday }), at('2026-03-08', '01:30'), NY);
    expect(wall(spring.closesAt)).toBe('2026-03-08 04:00');
    expect(Date.parse(spring.closesAt ?? '') - at('2026-03-08', '01:30').getTime()).toBe(90 * 60_000);
    // An opening inside the skipped hour opens when the clock jumps past it.
    const gap = availability(hours({ weekly: [{ weekday: 0, open: '02:30', close: '05:00' }] }), at('2026-03-08', '01:00'), NY);
    expect(wall(gap.nextOpening?.at)).toBe('2026-03-08 03:30');
    // Sunday 1 November 2026 (fall back at 02:00): 00:00–04:00 is five real hours, open all through the repeated hour.
    const fallOpen = availability(hours({ weekly: sunday }), new Date('2026-11-01T06:30:00Z'), NY); // 01:30 EST, the second 01:30
    expect(fallOpen.open).toBe(true);
    expect(Date.parse(fallOpen.closesAt ?? '') - at('2026-11-01', '00:00').getTime()).toBe(5 * 60 * 60_000);
    // Sydney leaves daylight time on Sunday 5 April 2026 at 03:00.
    const syd = 'Australia/Sydney';
    const sydney = availability(hours({ weekly: [{ weekday: 0, open: '01:00', close: '04:00' }] }), at('2026-04-05', '01:30', syd), syd);
    expect(Date.parse(sydney.closesAt ?? '') - at('2026-04-05', '01:30', syd).getTime()).toBe(3.5 * 60 * 60_000);
  });

  it('skips closed dates', () => {
    const a = availability(hours({ closedDates: ['2026-03-03', '2026-03-05'] }), at('2026-03-03', '11:00'), NY);
    expect(a.open).toBe(false);
    expect(wall(a.nextOpening?.at)).toBe('2026-03-07 10:00');
  });

  it('follows staff: opened early, kept open late, closed early, and only on that date', () => {
    const tuesday = '2026-03-03';
    const early = hours({ override: { date: tuesday, extra: { from: '09:15', until: '14:00' }, closedFrom: null } });
    expect(availability(early, at(tuesday, '09:30'), NY)).toMatchObject({ open: true });
    expect(wall(availability(early, at(tuesday, '09:30'), NY).closesAt)).toBe('2026-03-03 14:00');
    const late = hours({ override: { date: tuesday, extra: { from: '13:50', until: '15:30' }, closedFrom: null } });
    expect(wall(availability(late, at(tuesday, '11:00'), NY).closesAt)).toBe('2026-03-03 15:30');
    expect(availability(late, at(tuesday, '15:00'), NY).open).toBe(true);
    const closed = hours({ override: { date: tuesday, extra: null, closedFrom: '12:00' } });
    expect(wall(availability(closed, at(tuesday, '11:00'), NY).closesAt)).toBe('2026-03-03 12:00');
    expect(availability(closed, at(tuesday, '12:30'), NY).open).toBe(false);
    // A change made on another day does nothing today.
    expect(availability(hours({ override: { date: '2026-03-02', extra: null, closedFrom: '00:00' } }), at(tuesday, '11:00'), NY).open).toBe(true);
    // Opened on a day without weekly hours.
    const wednesday = hours({ override: { date: '2026-03-04', extra: { from: '10:00', until: '24:00' }, closedFrom: null } });
    expect(wall(availability(wednesday, at('2026-03-04', '16:00'), NY).closesAt)).toBe('2026-03-05 00:00');
  });

  it('has no next opening without any hours', () => {
    expect(availability(hours({ weekly: [] }), at('2026-03-03', '11:00'), NY)).toEqual({ open: false, closesAt: null, nextOpening: null });
  });

  it('finds problems in a weekly pattern', () => {
    expect(weeklyProblems(weekly)).toEqual([]);
    expect(
      weeklyProblems([
        { weekday: 1, open: '10:00', close: '09:00' },
        { weekday: 2, open: '09:00', close: '12:00' },
        { weekday: 2, open: '11:00', close: '13:00' },
        { weekday: 3, open: '08:00', close: '09:00' },
        { weekday: 3, open: '10:00', close: '11:00' },
        { weekday: 3, open: '12:00', close: '24:00' },
      ]),
    ).toEqual([
      { index: 0, problem: 'hours-order' },
      { index: 2, problem: 'hours-overlap' },
      { index: 5, problem: 'hours-too-many' },
    ]);
  });

  it('prints the week Monday first, joining days with the same hours, in each language', () => {
    const week: HoursRange[] = [
      ...[1, 2, 3].map((weekday) => ({ weekday, open: '09:00', close: '12:00' })),
      { weekday: 3, open: '13:00', close: '17:00' },
      { weekday: 6, open: '10:00', close: '24:00' },
    ];
    const en = weeklyHoursLines(week, 'en').map((l) => l.replace(/\s/g, ' '));
    expect(en).toEqual(['Monday – Tuesday: 9:00 AM – 12:00 PM', 'Wednesday: 9:00 AM – 12:00 PM, 1:00 PM – 5:00 PM', 'Saturday: 10:00 AM – 12:00 AM']);
    expect(weeklyHoursLines(week, 'es')[0]?.replace(/\s/g, ' ')).toBe('lunes – martes: 9:00 a.m. – 12:00 p.m.');
  });
});
