// The fast path of open times (one zone offset per day, stop at the limit) against the long way.
import { describe, expect, it } from 'vitest';
import { firstAvailable, openSlots, slotsOnDate, slotsOnDateExact, type BookingRules, type MentorSchedule, type SlotQuery } from './hive-slots';
import { addDays } from './zoned-time';

const rules: BookingRules = { maxDaysAhead: 60, minNoticeHours: 2, cancelCutoffHours: 24, maxUpcomingPerPatron: 2 };
const everyDay = (mentorId: string, sessionMinutes: 30 | 60, bufferMinutes: number, start: string, end: string): MentorSchedule => ({
  mentorId,
  sessionMinutes,
  bufferMinutes,
  daysOff: [],
  windows: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start, end })),
});

// Zones west and east of UTC, a half-hour DST change (Lord Howe), the southern hemisphere, and one without DST.
const zones = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Auckland', 'America/Santiago', 'Asia/Kolkata'];
const schedules = [
  everyDay('night', 60, 0, '00:00', '24:00'),
  everyDay('short', 30, 15, '00:00', '24:00'),
  everyDay('buffer', 60, 30, '01:00', '04:30'),
  everyDay('day', 30, 0, '09:00', '17:00'),
];

describe('open times, one offset per day', () => {
  it.each(zones)('gives what the long way gives on every day of 2026, the nights clocks change included (%s)', (zone) => {
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      for (const schedule of schedules) expect(slotsOnDate(schedule, date, zone), `${schedule.mentorId} ${date}`).toEqual(slotsOnDateExact(schedule, date, zone));
    }
  });

  it('stops at the limit with the same first slots as the whole horizon', () => {
    const query: SlotQuery = {
      now: new Date('2026-10-20T15:07:00Z'),
      timeZone: 'America/New_York',
      rules,
      closings: ['2026-10-22'],
      taken: [{ start: '2026-10-21T13:00:00.000Z', end: '2026-10-21T14:00:00.000Z' }],
    };
    const mentors = [everyDay('a', 60, 0, '09:00', '12:00'), everyDay('b', 30, 15, '13:00', '14:00'), everyDay('c', 60, 0, '00:00', '03:00')];
    for (const limit of [1, 8, 12, 60]) {
      const whole = mentors.map((m) => openSlots(m, query));
      const limited = mentors.map((m) => openSlots(m, query, limit));
      for (const [i, list] of limited.entries()) expect(list).toEqual(whole[i]?.slice(0, limit));
      expect(firstAvailable(limited, limit)).toEqual(firstAvailable(whole, limit));
    }
    // Across the night clocks go back (November 1), the limit cuts the same list.
    const late = { ...query, now: new Date('2026-10-31T12:00:00Z') };
    expect(openSlots(mentors[2]!, late, 5)).toEqual(openSlots(mentors[2]!, late).slice(0, 5));
  });
});
