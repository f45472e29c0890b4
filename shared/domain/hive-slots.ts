// Open mentoring times from a weekly pattern, pure: the backend and the tests use the same rules.
import { addDays, localDateOf, minutesOf, offsetMs, timeOfMinutes, weekdayOf, zonedInstant, zonedInstantAfterGap, type LocalDate, type LocalTime } from './zoned-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type WeeklyWindow = { weekday: number; start: LocalTime; end: LocalTime };

export type MentorSchedule = {
  mentorId: string;
  windows: WeeklyWindow[];
  sessionMinutes: 30 | 60;
  bufferMinutes: number;
  /** Days this mentor is away. */
  daysOff: LocalDate[];
};

export type BookingRules = {
  maxDaysAhead: number;
  minNoticeHours: number;
  cancelCutoffHours: number;
  maxUpcomingPerPatron: number;
};

export type Interval = { start: string; end: string };
export type Slot = { mentorId: string; start: string; end: string };

export type SlotQuery = {
  now: Date;
  timeZone: string;
  rules: BookingRules;
  /** Branch-wide closing days. */
  closings: LocalDate[];
  /** Bookings that still hold their time (not cancelled), of this mentor. */
  taken: Interval[];
};

const overlaps = (a: Interval, b: Interval): boolean => Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

/**
 * Every slot the pattern yields on one local date, ignoring notice, horizon and bookings. Slots start on the
 * window's wall-clock grid and last `sessionMinutes` of real time, also on the nights clocks change: a wall time
 * skipped in spring has no slot, the hour repeated in autumn is not offered twice, a slot that would still be
 * running (or in its buffer) when the next grid time comes is followed by the one after, and every slot ends by
 * the window's end in real time.
 */
export function slotsOnDate(schedule: MentorSchedule, date: LocalDate, timeZone: string): Slot[] {
  // Most days keep one offset from before their midnight to after the next: then a wall time is that offset
  // away from UTC, with no Intl call per slot (Intl's formatToParts is what a horizon of slots costs).
  const offset = steadyOffset(date, timeZone);
  return offset === null ? slotsOnDateExact(schedule, date, timeZone) : slotsWithOffset(schedule, date, offset);
}

/** `date time` read as if it were UTC, in ms. */
const wallMs = (date: LocalDate, minutes: number): number => Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;

/** Zone offsets per zone and date: every mentor and every call asks about the same few dozen days. */
const steadyOffsets = new Map<string, number | null>();

/**
 * The zone's offset on `date` when it is the same from 14 hours before the day to 14 hours after it (every zone's
 * local day lies inside that span), or null on a day the clocks change.
 */
function steadyOffset(date: LocalDate, timeZone: string): number | null {
  const key = `${timeZone}|${date}`;
  const known = steadyOffsets.get(key);
  if (known !== undefined) return known;
  const dayStart = wallMs(date, 0);
  const probes = [dayStart - 14 * HOUR, dayStart + 12 * HOUR, dayStart + 38 * HOUR];
  const [first, ...rest] = probes.map((t) => offsetMs(new Date(t), timeZone));
  const offset = rest.every((o) => o === first) ? (first ?? null) : null;
  // A kiosk runs for months: keep a year or so of days, not every day it has ever asked about.
  if (steadyOffsets.size >= 2000) steadyOffsets.clear();
  steadyOffsets.set(key, offset);
  return offset;
}

function slotsWithOffset(schedule: MentorSchedule, date: LocalDate, offset: number): Slot[] {
  const weekday = weekdayOf(date);
  const step = schedule.sessionMinutes + schedule.bufferMinutes;
  const length = schedule.sessionMinutes * MINUTE;
  const out: Slot[] = [];
  for (const window of schedule.windows) {
    if (window.weekday !== weekday) continue;
    const end = minutesOf(window.end);
    const windowEnd = wallMs(date, end) - offset;
    for (let m = minutesOf(window.start); m + schedule.sessionMinutes <= end; m += step) {
      const start = wallMs(date, m) - offset;
      if (start + length > windowEnd) continue;
      out.push({ mentorId: schedule.mentorId, start: new Date(start).toISOString(), end: new Date(start + length).toISOString() });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** `slotsOnDate` the long way, each grid time through the zone: for the nights clocks change (and the tests). */
export function slotsOnDateExact(schedule: MentorSchedule, date: LocalDate, timeZone: string): Slot[] {
  const weekday = weekdayOf(date);
  const step = schedule.sessionMinutes + schedule.bufferMinutes;
  const length = schedule.sessionMinutes * MINUTE;
  const out: Slot[] = [];
  for (const window of schedule.windows.filter((w) => w.weekday === weekday)) {
    const end = minutesOf(window.end);
    const windowEnd = zonedInstantAfterGap(date, window.end, timeZone).getTime();
    let free = Number.NEGATIVE_INFINITY;
    for (let m = minutesOf(window.start); m + schedule.sessionMinutes <= end; m += step) {
      const start = zonedInstant(date, timeOfMinutes(m), timeZone)?.getTime();
      if (start === undefined || start < free || start + length > windowEnd) continue;
      out.push({ mentorId: schedule.mentorId, start: new Date(start).toISOString(), end: new Date(start + length).toISOString() });
      free = start + length + schedule.bufferMinutes * MINUTE;
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** The last local date one may book: today plus `maxDaysAhead`. */
export const lastBookableDate = (now: Date, timeZone: string, rules: BookingRules): LocalDate => addDays(localDateOf(now, timeZone), rules.maxDaysAhead);

/** Open slots of one mentor from now to the booking horizon, in time order; the first `limit` of them when given. */
export function openSlots(schedule: MentorSchedule, query: SlotQuery, limit = Number.POSITIVE_INFINITY): Slot[] {
  const { now, timeZone, rules } = query;
  const first = localDateOf(now, timeZone);
  const last = lastBookableDate(now, timeZone, rules);
  const earliest = now.getTime() + rules.minNoticeHours * HOUR;
  const closed = new Set([...query.closings, ...schedule.daysOff]);
  const out: Slot[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (closed.has(date)) continue;
    for (const slot of slotsOnDate(schedule, date, timeZone)) {
      if (Date.parse(slot.start) < earliest) continue;
      if (query.taken.some((t) => overlaps(t, slot))) continue;
      out.push(slot);
      // Days come in order and each day's slots in order: the rest of the horizon cannot come earlier.
      if (out.length >= limit) return out;
    }
  }
  return out;
}

export type SlotProblem = 'slot-past' | 'slot-too-soon' | 'slot-too-far' | 'slot-unavailable' | 'slot-taken';

/** Why a requested start cannot be booked, or null if it can. The order gives the most useful reason. */
export function slotProblem(schedule: MentorSchedule, start: string, query: SlotQuery): SlotProblem | null {
  const { now, timeZone, rules } = query;
  const at = Date.parse(start);
  if (Number.isNaN(at) || at <= now.getTime()) return 'slot-past';
  if (at < now.getTime() + rules.minNoticeHours * HOUR) return 'slot-too-soon';
  const date = localDateOf(new Date(at), timeZone);
  if (date > lastBookableDate(now, timeZone, rules)) return 'slot-too-far';
  if (query.closings.includes(date) || schedule.daysOff.includes(date)) return 'slot-unavailable';
  const slot = slotsOnDate(schedule, date, timeZone).find((s) => Date.parse(s.start) === at);
  if (!slot) return 'slot-unavailable';
  if (query.taken.some((t) => overlaps(t, slot))) return 'slot-taken';
  return null;
}

/** Merges several mentors' open slots into "first available" order. */
export function firstAvailable(lists: Slot[][], limit: number): Slot[] {
  return lists
    .flat()
    .sort((a, b) => a.start.localeCompare(b.start) || a.mentorId.localeCompare(b.mentorId))
    .slice(0, limit);
}

/** The last moment a patron may cancel a booking at the kiosk: the cut-off before its start. */
export const cancelDeadline = (start: string, rules: Pick<BookingRules, 'cancelCutoffHours'>): string =>
  new Date(Date.parse(start) - rules.cancelCutoffHours * HOUR).toISOString();

/** The cut-off a deadline was made with, in hours: what "less than 7 days away" says, true to the time it came with. */
export const cutoffHoursOf = (rule: { start: string; cancelDeadline: string }): number =>
  Math.max(0, Math.round((Date.parse(rule.start) - Date.parse(rule.cancelDeadline)) / HOUR));

/** May a booking starting at `start` still be cancelled by the patron (at the kiosk, by slip code)? */
export const beforeCancelCutoff = (start: string, now: Date, rules: Pick<BookingRules, 'cancelCutoffHours'>): boolean =>
  now.getTime() <= Date.parse(cancelDeadline(start, rules));
