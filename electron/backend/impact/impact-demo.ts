// A year of made-up anonymous daily counts for every area: the demo's Impact screen has something to show,
// and bench:impact measures against it. Deterministic (a small seeded generator), so screenshots repeat.
import { BOOKS_AND_BREAD_RESOURCE, HIVE_RESOURCE } from '../../../shared/domain/impact-metrics';
import type { CountArea, DayCounts } from '../../../shared/domain/impact-counts';
import { resourceCategories } from '../../../shared/domain/nurse-directory';
import { screenerAreas } from '../../../shared/domain/nurse-screener';
import { addDays, weekdayOf } from '../../../shared/domain/zoned-time';

function generator(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * (max + 1));
  };
}

/** `days` days ending the day before `today`, oldest first. */
export function demoCountHistory(today: string, days: number, seed = 11): Record<CountArea, DayCounts[]> {
  const n = generator(seed);
  const out: Record<CountArea, DayCounts[]> = { grocery: [], hive: [], nurse: [], visit: [] };
  for (let i = days; i >= 1; i--) {
    const day = addDays(today, -i);
    const weekday = weekdayOf(day);
    if (weekday === 0) continue; // closed on Sundays
    // A slow start that grows through the year, as a new program does.
    const growth = 1 + (days - i) / days;
    const orders = Math.round((4 + n(8)) * growth);
    const pickedUp = Math.max(0, orders - n(2));
    const estimatedCents = orders * (2400 + n(1800));
    out.grocery.push({
      day,
      counts: { orders, items: orders * (6 + n(6)), estimatedCents, snapCents: Math.round(estimatedCents * (0.45 + n(25) / 100)), pickedUp, notPickedUp: orders - pickedUp, finalCents: Math.round((estimatedCents * pickedUp) / Math.max(1, orders)) },
    });
    const bookings = n(5);
    const attended = Math.max(0, bookings - n(1));
    out.hive.push({
      day,
      counts: { bookings, attended, noShows: bookings - attended, firstTime: Math.ceil(bookings / 2), returning: Math.floor(bookings / 2), ...(weekday === 3 ? { seats: 16, registered: 10 + n(6), promotions: n(2) } : {}) },
    });
    if (weekday === 2 || weekday === 4) {
      const checkIns = 5 + n(7);
      const visits = checkIns - n(1);
      const counts: Record<string, number> = { checkIns, visits, screened: Math.round(checkIns * 0.6), handledWithout911: visits };
      for (const area of screenerAreas) counts[`screener.${area}`] = n(area === 'food' ? 4 : 2);
      for (const category of resourceCategories) counts[`referrals.${category}`] = n(category === 'food' || category === 'clinic' ? 3 : 1);
      counts[`programReferrals.${BOOKS_AND_BREAD_RESOURCE}`] = n(2);
      counts[`programReferrals.${HIVE_RESOURCE}`] = n(1);
      for (let v = 0; v < visits; v++) {
        const key = `wait.${5 + n(30)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      out.nurse.push({ day, counts });
      out.visit.push({ day, counts: { multiService: n(3), 'handoffs.grocery': n(2) } });
    }
  }
  return out;
}
