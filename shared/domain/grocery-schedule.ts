// Ordering windows in the branch's time zone. Pure: the zone math is in zoned-time.ts.
import type { GrocerySettings, OrderWindow, WindowRule } from './grocery-windows';
import type { LanguageCode } from '../languages';
import { formatDay, formatDayTime, formatTimeRange } from './format';
import { addDays, localDateOf, localTimeOf, weekdayOf, zonedInstantAfterGap } from './zoned-time';

export type LocalParts = { date: string; weekday: number; time: string };

export function localParts(instant: Date, timeZone: string): LocalParts {
  const date = localDateOf(instant, timeZone);
  return { date, weekday: weekdayOf(date), time: localTimeOf(instant, timeZone) };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
 * resolves to the moment after the gap (02:30 → 03:30): a cut-off still happens that day.
 * A repeated one resolves to its first occurrence.
 */
export const zonedTime = zonedInstantAfterGap;

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
    const weekday = weekdayOf(date);
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

/** "Tuesday, December 1, 12:00 – 1:00 PM" in the patron's language, in the branch's zone. */
export const formatPickup = (window: Pick<OrderWindow, 'deliveryStart' | 'deliveryEnd'>, language: LanguageCode, timeZone: string): string =>
  `${formatDay(window.deliveryStart, language, timeZone)}, ${formatTimeRange(window.deliveryStart, window.deliveryEnd, language, timeZone)}`;

/** A cut-off or an order's time: "Monday, November 30 at 2:30 PM". */
export const formatInstant = formatDayTime;
