// Seats and waitlist of a workshop: first come, first served by the order of registration.
import { formatPhone } from './format';

export type SeatHolder = { id: string; status: 'registered' | 'waitlisted' | 'cancelled'; seq: number };

export const byArrival = <T extends SeatHolder>(a: T, b: T): number => a.seq - b.seq;

export function seatCounts(capacity: number, holders: SeatHolder[]): { registered: number; waitlisted: number; seatsLeft: number } {
  const registered = holders.filter((h) => h.status === 'registered').length;
  const waitlisted = holders.filter((h) => h.status === 'waitlisted').length;
  return { registered, waitlisted, seatsLeft: Math.max(0, capacity - registered) };
}

/** Where a new registration goes: a seat if one is left (and nobody waits), else the end of the waitlist. */
export function placeNew(capacity: number, holders: SeatHolder[]): { status: 'registered' } | { status: 'waitlisted'; position: number } {
  const { seatsLeft, waitlisted } = seatCounts(capacity, holders);
  if (seatsLeft > 0 && waitlisted === 0) return { status: 'registered' };
  return { status: 'waitlisted', position: waitlisted + 1 };
}

/** 1-based place in the waitlist, or null for someone not waiting. */
export function waitlistPosition(id: string, holders: SeatHolder[]): number | null {
  const queue = holders.filter((h) => h.status === 'waitlisted').sort(byArrival);
  const index = queue.findIndex((h) => h.id === id);
  return index < 0 ? null : index + 1;
}

/** Who moves up from the waitlist to fill free seats (after a cancellation or a larger capacity). */
export function toPromote(capacity: number, holders: SeatHolder[]): string[] {
  const { seatsLeft } = seatCounts(capacity, holders);
  return holders
    .filter((h) => h.status === 'waitlisted')
    .sort(byArrival)
    .slice(0, seatsLeft)
    .map((h) => h.id);
}

/**
 * How a waitlisted patron hears that a seat opened: the kiosk sends nothing, library staff call the phone given
 * (or email when only an email was given). The translation key under `hive.waitlist.` and its params.
 */
export function waitlistHearing(contact: { phone: string; email: string }): { key: 'howYouHear'; params: { phone: string } | { context: 'email'; email: string } } | null {
  if (contact.phone.trim()) return { key: 'howYouHear', params: { phone: formatPhone(contact.phone) } };
  if (contact.email.trim()) return { key: 'howYouHear', params: { context: 'email', email: contact.email.trim() } };
  return null;
}

/** A capacity may not drop below the seats already given. */
export const capacityAllowed = (capacity: number, holders: SeatHolder[]): boolean => capacity >= seatCounts(capacity, holders).registered;
