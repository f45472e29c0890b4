// The nurse's daily counts as `nurse.stats` shows them, read from the one daily-counts store
// (platform/daily-counts.ts, shape in shared/domain/impact-counts.ts): no names, no notes, no ticket numbers.
import { FEWER_THAN_SMALL, SMALL_COUNT, type DailyCounts, type StatsDay } from '../../../shared/contract/nurse';
import type { DayCounts } from '../../../shared/domain/impact-counts';

const mapOf = (counts: Record<string, number>, prefix: string): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).flatMap(([key, n]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), n]] : [])));

/** A day of the shared shape, read as the nurse's own daily counts. */
export const asNurseDay = ({ day, counts }: DayCounts): DailyCounts => ({
  day,
  checkIns: counts.checkIns ?? 0,
  visits: counts.visits ?? 0,
  left: counts.left ?? 0,
  reasons: mapOf(counts, 'reasons.'),
  referralCategories: mapOf(counts, 'referrals.'),
  screenerFlags: mapOf(counts, 'screener.'),
  handledWithout911: counts.handledWithout911 ?? 0,
});

/** A day of the nurse's older count file (`nurse-counts`), in the shared shape. */
export function fromNurseDay(d: DailyCounts): DayCounts {
  const counts: Record<string, number> = { checkIns: d.checkIns, visits: d.visits, left: d.left, handledWithout911: d.handledWithout911 };
  for (const [key, n] of Object.entries(d.reasons)) counts[`reasons.${key}`] = n;
  for (const [key, n] of Object.entries(d.referralCategories)) counts[`referrals.${key}`] = n;
  for (const [key, n] of Object.entries(d.screenerFlags)) counts[`screener.${key}`] = n;
  return { day: d.day, counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)) };
}

const mask = (map: Record<string, number>): StatsDay['reasons'] =>
  Object.fromEntries(Object.entries(map).map(([key, n]) => [key, n > 0 && n < SMALL_COUNT ? FEWER_THAN_SMALL : n]));

/** Category counts between 1 and 4 become "fewer than 5", so a report row cannot single out a patron. */
export const maskSmallCounts = (days: readonly DailyCounts[]): StatsDay[] =>
  days.map((d) => ({ ...d, reasons: mask(d.reasons), referralCategories: mask(d.referralCategories), screenerFlags: mask(d.screenerFlags) }));
