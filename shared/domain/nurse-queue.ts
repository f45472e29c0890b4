// The nurse's walk-in queue: statuses, the daily ticket day, ordering, moves and the wait estimate.
import { isTimeZone, localDateOf } from './zoned-time';

export const ticketStatuses = ['waiting', 'called', 'inVisit', 'done', 'left'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** Which status a ticket may move to from which: anything else is refused. */
const moves: Record<TicketStatus, readonly TicketStatus[]> = {
  waiting: ['called', 'inVisit', 'left'],
  called: ['inVisit', 'left'],
  inVisit: ['done'],
  done: [],
  left: [],
};

export const canMove = (from: TicketStatus, to: TicketStatus): boolean => moves[from].includes(to);

/**
 * The calendar day (YYYY-MM-DD) of an instant in the branch's time zone. Ticket numbers restart
 * at 1 on each such day, so a kiosk in Los Angeles does not reset at 16:00 local time (UTC midnight).
 */
export function dayIn(instant: Date, timeZone: string): string {
  // An unknown zone name in settings must not stop check-in: fall back to UTC days.
  return isTimeZone(timeZone) ? localDateOf(instant, timeZone) : instant.toISOString().slice(0, 10);
}

export type QueueTicket = { number: number; status: TicketStatus; day: string };

/** The next ticket number of a day: one more than the highest issued that day, starting at 1. */
export const nextTicketNumber = (tickets: readonly QueueTicket[], day: string): number =>
  tickets.reduce((max, t) => (t.day === day && t.number > max ? t.number : max), 0) + 1;

/** Waiting tickets of a day in the order they are called: first come, first served. */
export const waitingInOrder = <T extends QueueTicket>(tickets: readonly T[], day: string): T[] =>
  tickets.filter((t) => t.day === day && t.status === 'waiting').sort((a, b) => a.number - b.number);

/** The whole day's queue for the console: open tickets first (called, in visit, waiting), then finished ones. */
export function queueInOrder<T extends QueueTicket>(tickets: readonly T[], day: string): T[] {
  const rank: Record<TicketStatus, number> = { inVisit: 0, called: 1, waiting: 2, done: 3, left: 3 };
  return tickets.filter((t) => t.day === day).sort((a, b) => rank[a.status] - rank[b.status] || a.number - b.number);
}

export type WaitEstimate = { ahead: number; minutes: number };

/**
 * Approximate wait for a new ticket (or for `number`, if given): every waiting or called ticket
 * ahead takes one visit; a visit under way counts as half a visit still to go. Rounded up to
 * 5 minutes because it is only a guide for the patron.
 */
export function estimateWait(tickets: readonly QueueTicket[], day: string, visitMinutes: number, number?: number): WaitEstimate {
  const today = tickets.filter((t) => t.day === day);
  const ahead = today.filter((t) => (t.status === 'waiting' || t.status === 'called') && (number === undefined || t.number < number)).length;
  const inVisit = today.some((t) => t.status === 'inVisit') ? 0.5 : 0;
  const raw = (ahead + inVisit) * visitMinutes;
  return { ahead, minutes: Math.ceil(raw / 5) * 5 };
}
