// Anonymous daily counts of every area: numbers per branch day, never a name, a phone, a note or a record id.
// One shape for all areas (the nurse's daily counts, generalised): `{ day, counts }` with keys such as
// `orders` or `screener.food`. They outlive the personal records they are counted from.
import { z } from 'zod';
import { localDateOf } from './zoned-time';
import type { ScreenerAnswers, ScreenerArea } from './screener-definition';

/** Areas with counts: the three programs, and `visit` for what one patron's visit did across them. */
export const countAreas = ['grocery', 'hive', 'nurse', 'visit'] as const;
export type CountArea = (typeof countAreas)[number];

const countKey = z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/);
export const dayCountsSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: z.record(countKey, z.int().min(0)),
});
export type DayCounts = z.infer<typeof dayCountsSchema>;

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  if (by !== 0) counts[key] = (counts[key] ?? 0) + by;
};

/** Adds up counts per day; days come out oldest first. */
export function mergeDays(...lists: readonly (readonly DayCounts[])[]): DayCounts[] {
  const byDay = new Map<string, Record<string, number>>();
  for (const list of lists) {
    for (const { day, counts } of list) {
      const into = byDay.get(day) ?? {};
      for (const [key, n] of Object.entries(counts)) bump(into, key, n);
      byDay.set(day, into);
    }
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, counts]) => ({ day, counts }));
}

function countPerDay<T>(items: readonly T[], dayOf: (item: T) => string | null, add: (counts: Record<string, number>, item: T) => void): DayCounts[] {
  const byDay = new Map<string, Record<string, number>>();
  for (const item of items) {
    const day = dayOf(item);
    if (day === null) continue;
    const counts = byDay.get(day) ?? {};
    add(counts, item);
    byDay.set(day, counts);
  }
  return mergeDays([...byDay.entries()].map(([day, counts]) => ({ day, counts })));
}

// ---- Books & Bread: one order counts on the day it was placed ----

export type OrderForCounts = {
  createdAt: string;
  status: 'submitted' | 'sent' | 'arrived' | 'picked-up' | 'not-picked-up' | 'cancelled';
  lines: readonly { unitPriceCents: number; snapEligible: boolean; quantity: number }[];
  finalTotalCents: number | null;
};

export function countOrders(orders: readonly OrderForCounts[], timeZone: string): DayCounts[] {
  return countPerDay(
    orders,
    (o) => localDateOf(new Date(o.createdAt), timeZone),
    (c, o) => {
      if (o.status === 'cancelled') return bump(c, 'cancelled');
      bump(c, 'orders');
      for (const line of o.lines) {
        bump(c, 'items', line.quantity);
        bump(c, 'estimatedCents', line.quantity * line.unitPriceCents);
        if (line.snapEligible) bump(c, 'snapCents', line.quantity * line.unitPriceCents);
      }
      if (o.status === 'picked-up') {
        bump(c, 'pickedUp');
        bump(c, 'finalCents', o.finalTotalCents ?? 0);
      }
      if (o.status === 'not-picked-up') bump(c, 'notPickedUp');
      if (o.status === 'arrived') bump(c, 'awaitingPickup');
    },
  );
}

// ---- Hive: a booking on the day of the meeting; workshop seats on the day of the first session ----

/** `returning`: the same patron booked or registered before (null once their contact is purged: not known). */
export type BookingForCounts = { start: string; status: 'booked' | 'cancelled' | 'attended' | 'no-show'; returning: boolean | null };
export type RegistrationForCounts = { status: 'registered' | 'waitlisted' | 'cancelled'; promotedAt: string | null; firstDay: string | null };
export type WorkshopForCounts = { firstDay: string | null; capacity: number; cancelled: boolean };

export function countBookings(bookings: readonly BookingForCounts[], timeZone: string): DayCounts[] {
  return countPerDay(
    bookings,
    (b) => localDateOf(new Date(b.start), timeZone),
    (c, b) => {
      if (b.status === 'cancelled') return bump(c, 'cancelled');
      bump(c, 'bookings');
      if (b.returning !== null) bump(c, b.returning ? 'returning' : 'firstTime');
      if (b.status === 'attended') bump(c, 'attended');
      if (b.status === 'no-show') bump(c, 'noShows');
    },
  );
}

/** Registrations count on their workshop's first day; a promotion from the waitlist on the day it happened. */
export function countRegistrations(registrations: readonly RegistrationForCounts[], timeZone: string): DayCounts[] {
  const seats = countPerDay(
    registrations,
    (r) => r.firstDay,
    (c, r) => {
      if (r.status === 'registered') bump(c, 'registered');
      if (r.status === 'waitlisted') bump(c, 'waitlisted');
    },
  );
  const promoted = countPerDay(
    registrations.filter((r) => r.promotedAt !== null),
    (r) => (r.promotedAt ? localDateOf(new Date(r.promotedAt), timeZone) : null),
    (c) => bump(c, 'promotions'),
  );
  return mergeDays(seats, promoted);
}

/** Seats offered, on each workshop's first day (workshops are kept, so these are always counted live). */
export const countSeats = (workshops: readonly WorkshopForCounts[]): DayCounts[] =>
  countPerDay(
    workshops.filter((w) => !w.cancelled),
    (w) => w.firstDay,
    (c, w) => bump(c, 'seats', w.capacity),
  );

// ---- Library Nurse: on the ticket's day ----

export type TicketForCounts = {
  id: string;
  day: string;
  status: string;
  reasons: readonly string[];
  screener: ScreenerAnswers | null;
  createdAt: string;
  calledAt: string | null;
};
/** A visit counts on its ticket's day. */
export type VisitForCounts = { day: string; referrals: readonly string[]; handledWithout911: boolean };
/** What counting needs of a referred resource: its category, and whether it is one of the library's own programs. */
export type ReferredResource = { category: string; libraryProgram: boolean };

/** Minutes waited (called − checked in), kept as a histogram (`wait.12`), so a median can be read over any period. */
export const WAIT_KEY = 'wait.';
const MAX_WAIT_MINUTES = 240;

export function countNurse<T extends TicketForCounts>(
  tickets: readonly T[],
  visits: readonly VisitForCounts[],
  resourceById: (id: string) => ReferredResource | undefined,
  /** The areas a ticket's answers flag, scored by the screener version they were answered in. */
  flaggedOf: (ticket: T) => readonly ScreenerArea[],
): DayCounts[] {
  const fromTickets = countPerDay(
    tickets,
    (t) => t.day,
    (c, t) => {
      bump(c, 'checkIns');
      if (t.status === 'left') bump(c, 'left');
      for (const reason of t.reasons) bump(c, `reasons.${reason}`);
      if (t.screener) {
        bump(c, 'screened');
        for (const area of flaggedOf(t)) bump(c, `screener.${area}`);
      }
      if (t.calledAt) {
        const minutes = Math.round((Date.parse(t.calledAt) - Date.parse(t.createdAt)) / 60_000);
        bump(c, `${WAIT_KEY}${Math.min(MAX_WAIT_MINUTES, Math.max(0, minutes))}`);
      }
    },
  );
  const fromVisits = countPerDay(
    visits,
    (v) => v.day,
    (c, v) => {
      bump(c, 'visits');
      if (v.handledWithout911) bump(c, 'handledWithout911');
      for (const id of v.referrals) {
        const resource = resourceById(id);
        bump(c, `referrals.${resource?.category ?? 'other'}`);
        if (resource?.libraryProgram && /^[A-Za-z0-9_-]{1,60}$/.test(id)) bump(c, `programReferrals.${id}`);
      }
    },
  );
  return mergeDays(fromTickets, fromVisits);
}
