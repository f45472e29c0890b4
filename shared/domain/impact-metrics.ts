// The Impact figures: each program's metrics per week or month over a range, against the period before,
// computed from anonymous daily counts only. Small counts are masked so a figure cannot single out a patron.
import { addDays, weekdayOf } from './zoned-time';
import { WAIT_KEY, type CountArea, type DayCounts } from './impact-counts';
import { screenerAreas } from './nurse-screener';
import { resourceCategories } from './nurse-directory';

export const periods = ['week', 'month'] as const;
export type Per = (typeof periods)[number];

/** How a figure reads: a count, money in cents, a share 0..1, or minutes. */
export type MetricKind = 'count' | 'cents' | 'share' | 'minutes';
/** A figure as shown: a number, `masked` (a count too small to show), or null (nothing to measure). */
export type Shown = number | 'masked' | null;
export const MASKED = 'masked';

/** Counts of all areas for one stretch, keyed `<area>.<key>` (`grocery.orders`, `nurse.screener.food`). */
export type Totals = Readonly<Record<string, number>>;

type MetricDef = {
  id: string;
  kind: MetricKind;
  /** Charts group metrics of the same unit (screener areas together). */
  group: string;
  value(t: Totals): number | null;
  /** The count a money, share or minutes figure is drawn from: masked along with it. Counts are their own base. */
  base?(t: Totals): number;
};

const get = (t: Totals, key: string): number => t[key] ?? 0;
const ratio = (top: number, bottom: number): number | null => (bottom === 0 ? null : top / bottom);
const count = (id: string, key: string, group = id): MetricDef => ({ id, kind: 'count', group, value: (t) => get(t, key) });

/** Median of a minutes histogram (`nurse.wait.<m>` keys); null without any wait measured. */
export function medianOf(t: Totals, prefix = `nurse.${WAIT_KEY}`): number | null {
  const bins = Object.entries(t)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, n]) => [Number(k.slice(prefix.length)), n] as const)
    .filter(([m, n]) => Number.isFinite(m) && n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = bins.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  // The middle value (the mean of the two middle values for an even count).
  const at = (rank: number): number => {
    let seen = 0;
    for (const [m, n] of bins) {
      seen += n;
      if (rank < seen) return m;
    }
    return bins.at(-1)?.[0] ?? 0;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
const waitsOf = (t: Totals): number => Object.entries(t).reduce((s, [k, n]) => (k.startsWith(`nurse.${WAIT_KEY}`) ? s + n : s), 0);

/** The library's own programs in the nurse directory, by resource id (staff may add more: see `programReferralIds`). */
export const BOOKS_AND_BREAD_RESOURCE = 'library-books-bread';
export const HIVE_RESOURCE = 'library-hive';

const decided = (t: Totals) => get(t, 'grocery.pickedUp') + get(t, 'grocery.notPickedUp') + get(t, 'grocery.awaitingPickup');

export const metricsOf: Record<CountArea, MetricDef[]> = {
  grocery: [
    count('orders', 'grocery.orders'),
    count('items', 'grocery.items'),
    { id: 'snapShare', kind: 'share', group: 'shares', value: (t) => ratio(get(t, 'grocery.snapCents'), get(t, 'grocery.estimatedCents')), base: (t) => get(t, 'grocery.orders') },
    { id: 'estimatedTotal', kind: 'cents', group: 'totals', value: (t) => get(t, 'grocery.estimatedCents'), base: (t) => get(t, 'grocery.orders') },
    { id: 'finalTotal', kind: 'cents', group: 'totals', value: (t) => get(t, 'grocery.finalCents'), base: (t) => get(t, 'grocery.pickedUp') },
    { id: 'pickupRate', kind: 'share', group: 'shares', value: (t) => ratio(get(t, 'grocery.pickedUp'), decided(t)), base: decided },
    count('notPickedUp', 'grocery.notPickedUp'),
    count('handoffs', 'visit.handoffs.grocery', 'together'),
    count('libraryReferrals', `nurse.programReferrals.${BOOKS_AND_BREAD_RESOURCE}`, 'together'),
  ],
  hive: [
    count('bookings', 'hive.bookings'),
    count('attended', 'hive.attended', 'outcomes'),
    count('noShows', 'hive.noShows', 'outcomes'),
    { id: 'fillRate', kind: 'share', group: 'shares', value: (t) => ratio(get(t, 'hive.registered'), get(t, 'hive.seats')), base: (t) => get(t, 'hive.registered') },
    count('promotions', 'hive.promotions'),
    count('firstTime', 'hive.firstTime', 'patrons'),
    count('returning', 'hive.returning', 'patrons'),
    count('libraryReferrals', `nurse.programReferrals.${HIVE_RESOURCE}`, 'together'),
  ],
  nurse: [
    count('checkIns', 'nurse.checkIns', 'visits'),
    count('visits', 'nurse.visits', 'visits'),
    { id: 'waitMedian', kind: 'minutes', group: 'wait', value: (t) => medianOf(t), base: waitsOf },
    count('handledWithout911', 'nurse.handledWithout911'),
    ...screenerAreas.map((area) => count(`screener.${area}`, `nurse.screener.${area}`, 'screener')),
    ...resourceCategories.map((category) => count(`referrals.${category}`, `nurse.referrals.${category}`, 'referrals')),
  ],
  visit: [
    count('multiService', 'visit.multiService'),
    count('handoffs', 'visit.handoffs.grocery', 'together'),
    {
      id: 'libraryReferrals',
      kind: 'count',
      group: 'together',
      value: (t) => Object.entries(t).reduce((s, [k, n]) => (k.startsWith('nurse.programReferrals.') ? s + n : s), 0),
    },
  ],
};

/** A count between 1 and threshold − 1 is shown as masked; so is a share, total or median drawn from one. */
export function shown(def: MetricDef, t: Totals, threshold: number): Shown {
  const value = def.value(t);
  const base = def.base ? def.base(t) : (value ?? 0);
  if (base > 0 && base < threshold) return MASKED;
  if (def.kind !== 'count' && base === 0) return null;
  return value;
}

export type Bucket = { start: string; end: string };

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const addMonths = (first: string, months: number): string => {
  const [y, m] = first.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};
/** Monday on or before a day (weeks run Monday to Sunday). */
const mondayOf = (day: string) => addDays(day, -((weekdayOf(day) + 6) % 7));

/**
 * The buckets of a range, snapped to whole weeks (Monday–Sunday) or whole months, and those of the period
 * before it: as many weeks or months, just before.
 */
export function bucketsOf(from: string, to: string, per: Per): { current: Bucket[]; previous: Bucket[] } {
  const last = to < from ? from : to;
  if (per === 'week') {
    const first = mondayOf(from);
    const weeks = Math.floor((Date.parse(mondayOf(last)) - Date.parse(first)) / (7 * 86_400_000)) + 1;
    const week = (i: number): Bucket => ({ start: addDays(first, 7 * i), end: addDays(first, 7 * i + 6) });
    return { current: Array.from({ length: weeks }, (_, i) => week(i)), previous: Array.from({ length: weeks }, (_, i) => week(i - weeks)) };
  }
  const first = monthStart(from);
  const [fy, fm] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  const months = ((ly ?? 0) - (fy ?? 0)) * 12 + (lm ?? 0) - (fm ?? 0) + 1;
  const month = (i: number): Bucket => ({ start: addMonths(first, i), end: addDays(addMonths(first, i + 1), -1) });
  return { current: Array.from({ length: months }, (_, i) => month(i)), previous: Array.from({ length: months }, (_, i) => month(i - months)) };
}

/** Every area's counts added up over the days of a bucket, keyed `<area>.<key>`. */
export function totalsIn(days: Readonly<Record<CountArea, readonly DayCounts[]>>, bucket: Bucket): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [area, list] of Object.entries(days)) {
    for (const { day, counts } of list) {
      if (day < bucket.start || day > bucket.end) continue;
      for (const [key, n] of Object.entries(counts)) totals[`${area}.${key}`] = (totals[`${area}.${key}`] ?? 0) + n;
    }
  }
  return totals;
}

export type MetricFigures = {
  id: string;
  kind: MetricKind;
  group: string;
  /** Over the whole range, and over the period before it. */
  current: Shown;
  previous: Shown;
  /** One value per bucket. */
  series: Shown[];
  previousSeries: Shown[];
};
export type SectionFigures = { section: CountArea; per: Per; buckets: Bucket[]; previousBuckets: Bucket[]; metrics: MetricFigures[] };

/** Every area's counts added up per bucket, in one pass over the days (a year per week is 53 × 2 buckets). */
function totalsPerBucket(days: Readonly<Record<CountArea, readonly DayCounts[]>>, buckets: readonly Bucket[]): Record<string, number>[] {
  const totals = buckets.map(() => ({}) as Record<string, number>);
  const first = buckets[0]?.start ?? '';
  const last = buckets.at(-1)?.end ?? '';
  const indexOf = (day: string): number => {
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = buckets[mid];
      if (!b) return -1;
      if (day < b.start) hi = mid - 1;
      else if (day > b.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  for (const [area, list] of Object.entries(days)) {
    for (const { day, counts } of list) {
      if (day < first || day > last) continue;
      const into = totals[indexOf(day)];
      if (!into) continue;
      for (const [key, n] of Object.entries(counts)) into[`${area}.${key}`] = (into[`${area}.${key}`] ?? 0) + n;
    }
  }
  return totals;
}

const sumOf = (list: readonly Record<string, number>[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const totals of list) for (const [key, n] of Object.entries(totals)) out[key] = (out[key] ?? 0) + n;
  return out;
};

/** The figures of one section over a range (its days: every area's counts, since some metrics join areas). */
export function figuresOf(section: CountArea, days: Readonly<Record<CountArea, readonly DayCounts[]>>, range: { from: string; to: string; per: Per }, threshold: number): SectionFigures {
  const { current, previous } = bucketsOf(range.from, range.to, range.per);
  // Previous buckets come first in time: one pass over both.
  const totals = totalsPerBucket(days, [...previous, ...current]);
  const previousTotals = totals.slice(0, previous.length);
  const currentTotals = totals.slice(previous.length);
  const all = sumOf(currentTotals);
  const before = sumOf(previousTotals);
  return {
    section,
    per: range.per,
    buckets: current,
    previousBuckets: previous,
    metrics: metricsOf[section].map((def) => ({
      id: def.id,
      kind: def.kind,
      group: def.group,
      current: shown(def, all, threshold),
      previous: shown(def, before, threshold),
      series: currentTotals.map((t) => shown(def, t, threshold)),
      previousSeries: previousTotals.map((t) => shown(def, t, threshold)),
    })),
  };
}
