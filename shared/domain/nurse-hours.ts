// When the nurse is in: weekly hours in the branch's zone, closed dates, and today's change by staff
// (opened early, kept open late, closed early). Pure, so the backend (which refuses check-ins outside
// them) and the tests use the same rules. Check-in follows these hours; people already waiting when
// check-in closes are still seen (see `closingPolicy`).
import type { LanguageCode } from '../languages';
import { formatWallTime, formatWeekday } from './format';
import { addDays, localDateOf, localTimeOf, minutesOf, startOfLocalDay, weekdayOf, zonedInstantAfterGap, type LocalDate, type LocalTime } from './zoned-time';

/** One stretch of a weekday the nurse is in; `close` may be 24:00 (the end of that day). */
export type HoursRange = { weekday: number; open: LocalTime; close: LocalTime };

/** Today's change by staff. `extra`: open from `from` until `until` besides the weekly hours; `closedFrom`: no check-in from then on. */
export type DayOverride = { date: LocalDate; extra: { from: LocalTime; until: LocalTime } | null; closedFrom: LocalTime | null };

export type NurseHours = { weekly: readonly HoursRange[]; closedDates: readonly LocalDate[]; override: DayOverride | null };

/**
 * What happens to people still waiting when check-in closes: they are seen. The kiosk says so on the
 * ticket, on screen and to staff; staff who cannot stay see who is still waiting on the console.
 */
export const closingPolicy = 'see-everyone-waiting' as const;

export const MAX_RANGES_PER_DAY = 2;
/** How far ahead a next opening is looked for (a long closure, or no hours at all). */
const HORIZON_DAYS = 62;

export type Interval = { start: number; end: number };

/** True when `time` is a wall time HH:MM, or 24:00 where `endOfDay` allows it. */
export const isHoursTime = (time: string, endOfDay = false): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(time) || (endOfDay && time === '24:00');

const instantOf = (date: LocalDate, time: LocalTime, timeZone: string): number =>
  time === '24:00' ? startOfLocalDay(addDays(date, 1), timeZone).getTime() : zonedInstantAfterGap(date, time, timeZone).getTime();

/** Problems of a weekly pattern: a range that ends before it starts, two that overlap, too many on a day. */
export function weeklyProblems(weekly: readonly HoursRange[]): { index: number; problem: 'hours-order' | 'hours-overlap' | 'hours-too-many' }[] {
  const out: { index: number; problem: 'hours-order' | 'hours-overlap' | 'hours-too-many' }[] = [];
  weekly.forEach((range, index) => {
    if (minutesOf(range.open) >= minutesOf(range.close)) out.push({ index, problem: 'hours-order' });
    const sameDay = weekly.filter((r) => r.weekday === range.weekday);
    if (sameDay.length > MAX_RANGES_PER_DAY && sameDay.indexOf(range) === MAX_RANGES_PER_DAY) out.push({ index, problem: 'hours-too-many' });
    const overlapping = weekly.some((other, j) => j < index && other.weekday === range.weekday && minutesOf(other.open) < minutesOf(range.close) && minutesOf(range.open) < minutesOf(other.close));
    if (overlapping) out.push({ index, problem: 'hours-overlap' });
  });
  return out;
}

/** The stretches of one local date the queue is open, as instants, before merging. */
function intervalsOfDate(hours: NurseHours, date: LocalDate, timeZone: string): Interval[] {
  const closed = hours.closedDates.includes(date);
  const regular = closed
    ? []
    : hours.weekly
        .filter((r) => r.weekday === weekdayOf(date))
        .map((r) => ({ start: instantOf(date, r.open, timeZone), end: instantOf(date, r.close, timeZone) }));
  const override = hours.override?.date === date ? hours.override : null;
  const all = override?.extra ? [...regular, { start: instantOf(date, override.extra.from, timeZone), end: instantOf(date, override.extra.until, timeZone) }] : regular;
  if (!override?.closedFrom) return all;
  const cut = instantOf(date, override.closedFrom, timeZone);
  return all.filter((i) => i.start < cut).map((i) => ({ start: i.start, end: Math.min(i.end, cut) }));
}

/** Sorted, with touching or overlapping stretches joined (a day ending at 24:00 runs into one opening at 00:00). */
function merged(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

export type Availability = {
  /** Check-in is open now. */
  open: boolean;
  /** While open: when check-in closes (end of the stretch, across midnight where hours continue). */
  closesAt: string | null;
  /** While closed (or the next stretch after this one): when the nurse is next in, and until when. */
  nextOpening: { at: string; until: string } | null;
};

/**
 * Whether check-in is open at `now`, until when, and when the nurse is next in. Reads days lazily from
 * yesterday (a stretch that runs past midnight) until the first stretch after now, at most ~2 months ahead.
 */
export function availability(hours: NurseHours, now: Date, timeZone: string): Availability {
  const t = now.getTime();
  const today = localDateOf(now, timeZone);
  const collected: Interval[] = [];
  let current: Interval | undefined;
  let next: Interval | undefined;
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    collected.push(...intervalsOfDate(hours, addDays(today, offset), timeZone));
    const all = merged(collected);
    current = all.find((i) => i.start <= t && t < i.end);
    next = all.find((i) => i.start > t);
    // Later days start at their midnight or after: once `next` ends before the next day begins, nothing can join it.
    if (next && next.end < startOfLocalDay(addDays(today, offset + 1), timeZone).getTime()) break;
  }
  return {
    open: current !== undefined,
    closesAt: current ? new Date(current.end).toISOString() : null,
    nextOpening: next ? { at: new Date(next.start).toISOString(), until: new Date(next.end).toISOString() } : null,
  };
}

/** The wall time now in the zone, as staff's override "from" (minutes, no seconds). */
export const wallTimeNow = (now: Date, timeZone: string): LocalTime => localTimeOf(now, timeZone);

/**
 * Lines for a printout or a settings summary: one per run of weekdays with the same hours, Monday first
 * ("Tuesday: 10:00 AM – 2:00 PM", "Monday – Friday: 9:00 AM – 12:00 PM, 1:00 PM – 5:00 PM").
 */
export function weeklyHoursLines(weekly: readonly HoursRange[], language: LanguageCode): string[] {
  const order = [1, 2, 3, 4, 5, 6, 0];
  const text = (weekday: number) =>
    weekly
      .filter((r) => r.weekday === weekday)
      .sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
      .map((r) => `${formatWallTime(r.open, language)} – ${formatWallTime(r.close, language)}`)
      .join(', ');
  const lines: string[] = [];
  let run: { first: number; last: number; hours: string } | null = null;
  const flush = () => {
    if (!run) return;
    const days = run.first === run.last ? formatWeekday(run.first, language) : `${formatWeekday(run.first, language)} – ${formatWeekday(run.last, language)}`;
    lines.push(`${days}: ${run.hours}`);
  };
  for (const weekday of order) {
    const hours = text(weekday);
    if (hours && run && run.hours === hours) run.last = weekday;
    else {
      flush();
      run = hours ? { first: weekday, last: weekday, hours } : null;
    }
  }
  flush();
  return lines;
}
