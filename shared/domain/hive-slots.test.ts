import { describe, expect, it } from 'vitest';
import { firstAvailable, openSlots, slotProblem, slotsOnDate, beforeCancelCutoff, cancelDeadline, cutoffHoursOf, type BookingRules, type MentorSchedule, type SlotQuery } from './hive-slots';
import { addDays, localDateOf, localTimeOf, weekdayOf, zonedInstant, startOfLocalDay } from './zoned-time';

const rules: BookingRules = { maxDaysAhead: 30, minNoticeHours: 2, cancelCutoffHours: 24, maxUpcomingPerPatron: 2 };
const NY = 'America/New_York';

const tuesdays: MentorSchedule = {
  mentorId: 'm1',
  windows: [{ weekday: 2, start: '14:00', end: '17:00' }],
  sessionMinutes: 60,
  bufferMinutes: 0,
  daysOff: [],
};

const query = (now: string, over: Partial<SlotQuery> = {}): SlotQuery => ({ now: new Date(now), timeZone: NY, rules, closings: [], taken: [], ...over });
const wall = (iso: string, tz = NY) => `${localDateOf(new Date(iso), tz)} ${localTimeOf(new Date(iso), tz)}`;

describe('zone math', () => {
  it('maps wall times to instants on both sides of the DST changes', () => {
    expect(zonedInstant('2026-01-13', '14:00', NY)?.toISOString()).toBe('2026-01-13T19:00:00.000Z'); // EST, UTC-5
    expect(zonedInstant('2026-07-14', '14:00', NY)?.toISOString()).toBe('2026-07-14T18:00:00.000Z'); // EDT, UTC-4
  });
  it('has no instant for a wall time skipped by spring forward', () => {
    expect(zonedInstant('2026-03-08', '02:30', NY)).toBeNull();
    expect(zonedInstant('2026-03-08', '03:00', NY)?.toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });
  it('takes the earlier instant for a wall time repeated by fall back', () => {
    expect(zonedInstant('2026-11-01', '01:30', NY)?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
  it('works for zones east of UTC and with half-hour offsets', () => {
    expect(zonedInstant('2026-03-29', '09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedInstant('2026-03-28', '09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedInstant('2026-05-01', '10:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-05-01T04:30:00.000Z');
  });
  it('knows weekdays and local dates', () => {
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(localDateOf(new Date('2026-11-30T03:00:00Z'), NY)).toBe('2026-11-29');
    expect(startOfLocalDay('2026-11-29', NY).toISOString()).toBe('2026-11-29T05:00:00.000Z');
  });
});

describe('slot generation', () => {
  it('repeats a weekly window every week at the same wall time across a DST change', () => {
    const slots = openSlots(tuesdays, query('2026-02-23T12:00:00Z', { rules: { ...rules, maxDaysAhead: 22 } }));
    // Tuesdays Feb 24, Mar 3, Mar 10 (after the change on Mar 8), Mar 17 — 3 slots each.
    expect(slots.map((s) => wall(s.start))).toEqual([
      '2026-02-24 14:00', '2026-02-24 15:00', '2026-02-24 16:00',
      '2026-03-03 14:00', '2026-03-03 15:00', '2026-03-03 16:00',
      '2026-03-10 14:00', '2026-03-10 15:00', '2026-03-10 16:00',
      '2026-03-17 14:00', '2026-03-17 15:00', '2026-03-17 16:00',
    ]);
    expect(slots[0]?.start).toBe('2026-02-24T19:00:00.000Z');
    expect(slots[6]?.start).toBe('2026-03-10T18:00:00.000Z');
  });

  it('leaves out a wall time that does not exist on the spring-forward night and keeps real lengths in the fall', () => {
    const night: MentorSchedule = { ...tuesdays, windows: [{ weekday: 0, start: '01:00', end: '04:00' }] };
    expect(slotsOnDate(night, '2026-03-08', NY).map((s) => wall(s.start))).toEqual(['2026-03-08 01:00', '2026-03-08 03:00']);
    const fall = slotsOnDate(night, '2026-11-01', NY);
    expect(fall.map((s) => wall(s.start))).toEqual(['2026-11-01 01:00', '2026-11-01 02:00', '2026-11-01 03:00']);
  });

  /** Every slot lasts exactly its session in real minutes, and slots (with their buffer) never overlap. */
  const expectRealLengths = (slots: { start: string; end: string }[], minutes: number, buffer = 0) => {
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect((Date.parse(s.end) - Date.parse(s.start)) / 60_000, wall(s.start)).toBe(minutes);
    for (const [i, s] of slots.entries()) {
      const next = slots[i + 1];
      if (next) expect(Date.parse(next.start), `${wall(s.start)} then ${wall(next.start)}`).toBeGreaterThanOrEqual(Date.parse(s.end) + buffer * 60_000);
    }
  };

  describe.each([
    { zone: NY, spring: '2026-03-08', fall: '2026-11-01', repeated: '01:00' },
    // Southern hemisphere: Sydney leaves daylight time on 5 April (03:00 → 02:00) and enters it on 4 October 2026 (02:00 → 03:00).
    { zone: 'Australia/Sydney', spring: '2026-10-04', fall: '2026-04-05', repeated: '02:00' },
  ])('clock-change nights in $zone', ({ zone, spring, fall, repeated }) => {
    const allNight = (sessionMinutes: 30 | 60, bufferMinutes: number): MentorSchedule => ({
      ...tuesdays,
      sessionMinutes,
      bufferMinutes,
      windows: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '06:00' })),
    });

    it(`a ${repeated} slot on the night clocks go back lasts 60 real minutes, not 120`, () => {
      const slots = slotsOnDate(allNight(60, 0), fall, zone);
      const one = slots.find((s) => wall(s.start, zone) === `${fall} ${repeated}`);
      expect(one).toBeDefined();
      expect((Date.parse(one?.end ?? '') - Date.parse(one?.start ?? '')) / 60_000).toBe(60);
    });

    it.each([
      [60, 0],
      [30, 0],
      [60, 30],
      [30, 15],
    ] as const)('every %i-minute slot with a %i-minute break keeps its real length on both nights', (minutes, buffer) => {
      for (const date of [spring, fall]) expectRealLengths(slotsOnDate(allNight(minutes, buffer), date, zone), minutes, buffer);
    });

    it('a slot that straddles the spring gap is followed by the next grid time it does not overlap', () => {
      // 60 minutes + 30 break from 00:00: 00:00, 01:30 … on the spring night 01:30 runs into what the clock calls 03:30.
      const slots = slotsOnDate(allNight(60, 30), spring, zone);
      expectRealLengths(slots, 60, 30);
      expect(slots.every((s) => Date.parse(s.end) <= (zonedInstant(spring, '06:00', zone)?.getTime() ?? 0))).toBe(true);
    });
  });

  it('puts the buffer between sessions and drops a session that would overrun the window', () => {
    const buffered: MentorSchedule = { ...tuesdays, sessionMinutes: 30, bufferMinutes: 15, windows: [{ weekday: 2, start: '14:00', end: '15:30' }] };
    expect(slotsOnDate(buffered, '2026-02-24', NY).map((s) => wall(s.start))).toEqual(['2026-02-24 14:00', '2026-02-24 14:45']);
  });

  it('skips days off and branch closings', () => {
    const away: MentorSchedule = { ...tuesdays, daysOff: ['2026-03-03'] };
    const slots = openSlots(away, query('2026-02-23T12:00:00Z', { rules: { ...rules, maxDaysAhead: 15 }, closings: ['2026-02-24'] }));
    expect([...new Set(slots.map((s) => localDateOf(new Date(s.start), NY)))]).toEqual(['2026-03-10']);
  });

  it('respects the minimum notice and the horizon', () => {
    // Now is Tuesday 12:30 local (17:30Z): 14:00 is inside the 2 h notice, 15:00 is not.
    const slots = openSlots(tuesdays, query('2026-02-24T17:30:00Z', { rules: { ...rules, maxDaysAhead: 7 } }));
    expect(slots.map((s) => wall(s.start))).toEqual(['2026-02-24 15:00', '2026-02-24 16:00', '2026-03-03 14:00', '2026-03-03 15:00', '2026-03-03 16:00']);
    const shorter = openSlots(tuesdays, query('2026-02-24T17:30:00Z', { rules: { ...rules, maxDaysAhead: 6 } }));
    expect(shorter.map((s) => wall(s.start))).toEqual(['2026-02-24 15:00', '2026-02-24 16:00']);
  });

  it('removes taken times', () => {
    const taken = [{ start: '2026-02-24T20:00:00.000Z', end: '2026-02-24T21:00:00.000Z' }];
    const slots = openSlots(tuesdays, query('2026-02-23T12:00:00Z', { rules: { ...rules, maxDaysAhead: 1 }, taken }));
    expect(slots.map((s) => wall(s.start))).toEqual(['2026-02-24 14:00', '2026-02-24 16:00']);
  });

  it('merges mentors into first-available order', () => {
    const a = [{ mentorId: 'a', start: '2026-02-24T20:00:00.000Z', end: '' }];
    const b = [{ mentorId: 'b', start: '2026-02-24T19:00:00.000Z', end: '' }, { mentorId: 'b', start: '2026-02-25T19:00:00.000Z', end: '' }];
    expect(firstAvailable([a, b], 2).map((s) => s.mentorId)).toEqual(['b', 'a']);
  });
});

describe('slotProblem', () => {
  const q = query('2026-02-24T17:30:00Z');
  it('accepts an open slot', () => {
    expect(slotProblem(tuesdays, '2026-02-24T20:00:00.000Z', q)).toBeNull();
  });
  it('names each reason', () => {
    expect(slotProblem(tuesdays, '2026-02-17T19:00:00.000Z', q)).toBe('slot-past');
    expect(slotProblem(tuesdays, '2026-02-24T19:00:00.000Z', q)).toBe('slot-too-soon');
    expect(slotProblem(tuesdays, '2026-04-07T18:00:00.000Z', q)).toBe('slot-too-far');
    expect(slotProblem(tuesdays, '2026-02-24T20:30:00.000Z', q)).toBe('slot-unavailable');
    expect(slotProblem(tuesdays, '2026-02-25T20:00:00.000Z', q)).toBe('slot-unavailable');
    expect(slotProblem({ ...tuesdays, daysOff: ['2026-03-03'] }, '2026-03-03T19:00:00.000Z', q)).toBe('slot-unavailable');
    expect(slotProblem(tuesdays, '2026-02-24T20:00:00.000Z', { ...q, taken: [{ start: '2026-02-24T20:00:00.000Z', end: '2026-02-24T21:00:00.000Z' }] })).toBe('slot-taken');
  });
  it('knows the cancellation cut-off', () => {
    expect(beforeCancelCutoff('2026-02-26T17:30:00.000Z', new Date('2026-02-24T17:30:00Z'), rules)).toBe(true);
    expect(beforeCancelCutoff('2026-02-25T17:00:00.000Z', new Date('2026-02-24T17:30:00Z'), rules)).toBe(false);
  });
  it('gives each booking its deadline: the cut-off in real hours before the start, up to and including that minute', () => {
    expect(cancelDeadline('2026-02-26T17:30:00.000Z', rules)).toBe('2026-02-25T17:30:00.000Z');
    expect(beforeCancelCutoff('2026-02-26T17:30:00.000Z', new Date('2026-02-25T17:30:00Z'), rules)).toBe(true);
    expect(beforeCancelCutoff('2026-02-26T17:30:00.000Z', new Date('2026-02-25T17:30:01Z'), rules)).toBe(false);
    // Across the spring change: 10:00 EDT on Sunday 8 March is 24 real hours after 09:00 EST on Saturday.
    const deadline = cancelDeadline(zonedInstant('2026-03-08', '10:00', NY)?.toISOString() ?? '', rules);
    expect(wall(deadline)).toBe('2026-03-07 09:00');
    // No cut-off: until the meeting starts.
    expect(cancelDeadline('2026-02-26T17:30:00.000Z', { cancelCutoffHours: 0 })).toBe('2026-02-26T17:30:00.000Z');
  });
  it('reads the cut-off back from a deadline, also across a clock change', () => {
    const start = zonedInstant('2026-03-08', '10:00', NY)?.toISOString() ?? '';
    expect(cutoffHoursOf({ start, cancelDeadline: cancelDeadline(start, { cancelCutoffHours: 168 }) })).toBe(168);
    expect(cutoffHoursOf({ start, cancelDeadline: cancelDeadline(start, rules) })).toBe(rules.cancelCutoffHours);
    expect(cutoffHoursOf({ start, cancelDeadline: start })).toBe(0);
  });
});
