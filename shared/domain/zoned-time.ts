// Wall-clock time in an IANA zone, with Intl only (no date library, no Node or DOM): the branch's
// zone may differ from the machine's, and cut-offs, opening hours and "today" are wall-clock
// notions that shift with daylight saving time.

export type LocalDate = string; // YYYY-MM-DD
export type LocalTime = string; // HH:MM (24 h)

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Throws RangeError for a zone name Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True if Intl knows the zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export type WallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall clock in `timeZone` at an instant. */
export function wallParts(instant: Date, timeZone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at an instant (New York in winter: -5 h). */
export function offsetMs(instant: Date, timeZone: string): number {
  const w = wallParts(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day of an instant in a zone ("today" at the branch). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallParts(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const w = wallParts(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

export function minutesOf(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function timeOfMinutes(minutes: number): LocalTime {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Calendar arithmetic on a date (no zone involved, so a DST day still counts as one day). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date (no zone involved). */
export function weekdayOf(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** `date time` read as if it were UTC, in ms. */
function wallAsUtcMs(date: LocalDate, time: LocalTime): number {
  const [y, mo, d] = date.split('-').map(Number);
  const minutes = minutesOf(time);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, Math.floor(minutes / 60), minutes % 60);
}

/**
 * The instant when the wall clock in `timeZone` shows `date time`. Returns null for a time that
 * does not exist (skipped by a spring-forward change); for a repeated time (fall-back) the earlier.
 */
export function zonedInstant(date: LocalDate, time: LocalTime, timeZone: string): Date | null {
  const wallAsUtc = wallAsUtcMs(date, time);
  // Try both offsets in force around that wall time; the earlier matching instant wins.
  const offsets = new Set([offsetMs(new Date(wallAsUtc - DAY / 2), timeZone), offsetMs(new Date(wallAsUtc + DAY / 2), timeZone)]);
  const candidates = [...offsets]
    .map((offset) => wallAsUtc - offset)
    .filter((t) => {
      const w = wallParts(new Date(t), timeZone);
      return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === wallAsUtc;
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? null : new Date(first);
}

/**
 * Like `zonedInstant`, but never null: a time skipped by a spring-forward change is read with the
 * offset in force before the gap, so it lands as far past the gap as it was into it
 * (New York 02:30 on the change night → 03:30 EDT). For deadlines that must still happen that day.
 */
export function zonedInstantAfterGap(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const exact = zonedInstant(date, time, timeZone);
  if (exact) return exact;
  const wallAsUtc = wallAsUtcMs(date, time);
  return new Date(wallAsUtc - offsetMs(new Date(wallAsUtc - DAY / 2), timeZone));
}

/** The first instant of a local day (midnight, or the first existing minute after it). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  for (let m = 0; m < 24 * 60; m += 30) {
    const instant = zonedInstant(date, timeOfMinutes(m), timeZone);
    if (instant) return instant;
  }
  return new Date(`${date}T00:00:00Z`);
}
