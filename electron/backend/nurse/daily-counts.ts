// The anonymous daily counts that outlive visit details: no names, no notes, no ticket numbers.
import { FEWER_THAN_SMALL, SMALL_COUNT, type DailyCounts, type StatsDay } from '../../../shared/contract/nurse';
import type { Resource } from '../../../shared/domain/nurse-directory';
import type { ScreenerArea } from '../../../shared/domain/screener-definition';

type TicketLike = { day: string; status: string; reasons: readonly string[] };
type VisitLike = { ticketId: string; referrals: readonly string[]; handledWithout911: boolean; closedAt: string | null };

const bump = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

/** Counts per day from tickets and visits (which carry their ticket's day). */
export function countDays<T extends TicketLike & { id: string }>(
  tickets: readonly T[],
  visits: readonly VisitLike[],
  resourceById: (id: string) => Resource | undefined,
  /** The areas a ticket's screener answers flag, by the version they were answered in. */
  flaggedOf: (ticket: T) => readonly ScreenerArea[],
): DailyCounts[] {
  const byDay = new Map<string, DailyCounts>();
  const dayOf = (day: string): DailyCounts => {
    let counts = byDay.get(day);
    if (!counts) {
      counts = { day, checkIns: 0, visits: 0, left: 0, reasons: {}, referralCategories: {}, screenerFlags: {}, handledWithout911: 0 };
      byDay.set(day, counts);
    }
    return counts;
  };
  const ticketDay = new Map(tickets.map((t) => [t.id, t.day]));
  for (const ticket of tickets) {
    const counts = dayOf(ticket.day);
    counts.checkIns += 1;
    if (ticket.status === 'left') counts.left += 1;
    for (const reason of ticket.reasons) bump(counts.reasons, reason);
    for (const area of flaggedOf(ticket)) bump(counts.screenerFlags, area);
  }
  for (const visit of visits) {
    const day = ticketDay.get(visit.ticketId);
    if (!day) continue;
    const counts = dayOf(day);
    counts.visits += 1;
    if (visit.handledWithout911) counts.handledWithout911 += 1;
    for (const id of visit.referrals) bump(counts.referralCategories, resourceById(id)?.category ?? 'other');
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

const mask = (map: Record<string, number>): StatsDay['reasons'] =>
  Object.fromEntries(Object.entries(map).map(([key, n]) => [key, n > 0 && n < SMALL_COUNT ? FEWER_THAN_SMALL : n]));

/** Category counts between 1 and 4 become "fewer than 5", so a report row cannot single out a patron. */
export const maskSmallCounts = (days: readonly DailyCounts[]): StatsDay[] =>
  days.map((d) => ({ ...d, reasons: mask(d.reasons), referralCategories: mask(d.referralCategories), screenerFlags: mask(d.screenerFlags) }));
