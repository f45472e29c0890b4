// Ordering windows in the branch's time zone. Pure: Intl does the zone math, no Node or DOM.
import type { GrocerySettings, OrderWindow, WindowRule } from '../contract/grocery';

const DAY_MS = 24 * 60 * 60 * 1000;

export type LocalParts = { date: string; weekday: number; time: string };

const partsFormatter = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatter.get(timeZone);
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
    partsFormatter.set(timeZone, f);
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

/** The wall-clock fields of an instant in a zone, as numbers. */
function wallClock(instant: Date, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year ?? 0, m: parts.month ?? 1, d: parts.day ?? 1, h: (parts.hour ?? 0) % 24, mi: parts.minute ?? 0, s: parts.second ?? 0 };
}

/** Offset of the zone from UTC at an instant, in ms (New York in winter: -5 h). */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localParts(instant: Date, timeZone: string): LocalParts {
  const w = wallClock(instant, timeZone);
  const date = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  return { date, weekday: new Date(`${date}T00:00:00Z`).getUTCDay(), time: `${pad(w.h)}:${pad(w.mi)}` };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
 * resolves to the moment after the gap (02:30 → 03:30); a repeated one to its first occurrence.
 */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  const first = offsetAt(new Date(asUtc), timeZone);
  let guess = asUtc - first;
  const second = offsetAt(new Date(guess), timeZone);
  if (second !== first) {
    const retry = asUtc - second;
    // In a gap neither offset round-trips: keep the later instant (after the gap).
    guess = offsetAt(new Date(retry), timeZone) === second ? retry : Math.max(guess, retry);
  }
  return new Date(guess);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The concrete window of a rule whose cut-off falls on `cutoffDate` (a local date with the rule's weekday). */
export function windowOf(rule: WindowRule, cutoffDate: string, timeZone: string): OrderWindow {
  let gap = (rule.deliveryDay - rule.cutoffDay + 7) % 7;
  if (gap === 0 && rule.deliveryStart <= rule.cutoffTime) gap = 7;
  const deliveryDate = addDays(cutoffDate, gap);
  return {
    key: `${cutoffDate}-${rule.id}`,
    cutoffAt: zonedTime(cutoffDate, rule.cutoffTime, timeZone).toISOString(),
    deliveryStart: zonedTime(deliveryDate, rule.deliveryStart, timeZone).toISOString(),
    deliveryEnd: zonedTime(deliveryDate, rule.deliveryEnd, timeZone).toISOString(),
    deliveryDate,
  };
}

/**
 * The next windows still taking orders at `now`, soonest cut-off first: cut-off in the future,
 * delivery date not skipped, not closed early by staff (`closed` holds window keys).
 */
export function upcomingWindows(
  schedule: Pick<GrocerySettings, 'windows' | 'skippedDates'>,
  now: Date,
  timeZone: string,
  options: { count?: number; closed?: ReadonlySet<string>; horizonDays?: number } = {},
): OrderWindow[] {
  const count = options.count ?? 1;
  const skipped = new Set(schedule.skippedDates);
  const today = localParts(now, timeZone).date;
  const found: OrderWindow[] = [];
  // Scan whole days; a holiday season can skip a few weeks in a row.
  for (let offset = 0; offset <= (options.horizonDays ?? 70) && found.length < count * 4 + 8; offset++) {
    const date = addDays(today, offset);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    for (const rule of schedule.windows) {
      if (rule.cutoffDay !== weekday) continue;
      const window = windowOf(rule, date, timeZone);
      if (Date.parse(window.cutoffAt) <= now.getTime()) continue;
      if (skipped.has(window.deliveryDate) || options.closed?.has(window.key)) continue;
      found.push(window);
    }
  }
  return found.sort((a, b) => Date.parse(a.cutoffAt) - Date.parse(b.cutoffAt) || a.key.localeCompare(b.key)).slice(0, count);
}

/** The window a new order joins at `now`, or null when the schedule has nothing ahead. */
export function openWindow(
  schedule: Pick<GrocerySettings, 'windows' | 'skippedDates'>,
  now: Date,
  timeZone: string,
  closed?: ReadonlySet<string>,
): OrderWindow | null {
  return upcomingWindows(schedule, now, timeZone, { count: 1, closed })[0] ?? null;
}

const localeOf = (language: string): string => (language === 'es' ? 'es-US' : 'en-US');

/** "Tuesday, December 1, 12:00 – 1:00 PM" in the patron's language, in the branch's zone. */
export function formatPickup(window: Pick<OrderWindow, 'deliveryStart' | 'deliveryEnd'>, language: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat(localeOf(language), { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(window.deliveryStart));
  const range = new Intl.DateTimeFormat(localeOf(language), { timeZone, hour: 'numeric', minute: '2-digit' }).formatRange(
    new Date(window.deliveryStart),
    new Date(window.deliveryEnd),
  );
  return `${day}, ${range}`;
}

/** "Monday, November 30, 2:30 PM". */
export function formatInstant(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}
