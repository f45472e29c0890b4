// The nurse area's rules with storage, shared by its handlers (as hive-service.ts is Hive's): the day's hours and
// status, the day's tickets, status moves, and visit checks and saves.
import type { NurseStatus, NurseToday, QueueRow, Visit, VisitFields } from '../../../shared/contract/nurse';
import { checkMeasurements, type Measurements } from '../../../shared/domain/nurse-measurements';
import { availability, closingPolicy, type DayOverride, type NurseHours } from '../../../shared/domain/nurse-hours';
import { isTimeZone, minutesOf, weekdayOf } from '../../../shared/domain/zoned-time';
import { canMove, dayIn, type TicketStatus } from '../../../shared/domain/nurse-queue';
import { PLAIN_LANGUAGE_KEY } from '../../../shared/domain/nurse-screener';
import { scoreAnswers, type ScreenerArea } from '../../../shared/domain/screener-definition';
import { KioskFailure } from '../../../shared/result';
import type { CallContext } from '../context';
import type { Platform } from '../platform/platform';
import type { SerialQueue } from '../store/serial-queue';
import { monthOfDay, type NurseData, type StoredTicket, type StoredVisit } from './nurse-records';
import type { Screeners } from './screeners';

/** A ticket's screener result, scored by the version its answers were given in; null when not taken (or the version is unknown). */
export const resultOf = (screeners: Screeners, ticket: Pick<StoredTicket, 'screener' | 'screenerVersion'>) => {
  const definition = ticket.screener ? screeners.byKey(ticket.screenerVersion ?? PLAIN_LANGUAGE_KEY) : undefined;
  return ticket.screener && definition ? { ...scoreAnswers(definition, ticket.screener), definition } : null;
};
export const flaggedOf = (screeners: Screeners) => (ticket: Pick<StoredTicket, 'screener' | 'screenerVersion'>): ScreenerArea[] => resultOf(screeners, ticket)?.flagged ?? [];

export const toRow = (screeners: Screeners, ticket: StoredTicket): QueueRow => {
  const { screener, screenerVersion: _version, ...rest } = ticket;
  return { ...rest, screenerAnswered: screener !== null, flagged: flaggedOf(screeners)(ticket) };
};

export const toVisit = (stored: StoredVisit): Visit => {
  const { id: _id, day: _day, ...visit } = stored;
  return visit;
};

/** `queue`: the area's one check-then-write queue (ticket numbers and status moves run one at a time). */
export function createNurseService(platform: Platform, data: NurseData, queue: SerialQueue) {
  const { settings } = platform;
  const { tickets, visits, directory, nurseSettings, todayDoc } = data;
  const today = (now: Date) => dayIn(now, settings.get().branch.timeZone);
  // A zone name Intl does not know must not stop check-in: UTC then (as `dayIn` does).
  const zone = (): string => (isTimeZone(settings.get().branch.timeZone) ? settings.get().branch.timeZone : 'UTC');
  const hours = (): NurseHours => {
    const s = nurseSettings.get();
    const override: DayOverride | null = todayDoc.get().override;
    return { weekly: s.weeklyHours, closedDates: s.closedDates.map((d) => d.date), override };
  };
  /** Check-in open or not at an instant; a switched-off service is closed with no next opening. */
  const statusAt = (at: Date): NurseStatus => {
    if (!settings.get().services.nurse) return { open: false, closesAt: null, nextOpening: null, closingPolicy };
    return { ...availability(hours(), at, zone()), closingPolicy };
  };
  const todayView = (now: Date): NurseToday => {
    const day = today(now);
    const override = todayDoc.get().override;
    const change = override?.date === day ? override : null;
    return {
      status: statusAt(now),
      regular: nurseSettings
        .get()
        .weeklyHours.filter((r) => r.weekday === weekdayOf(day))
        .sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
        .map(({ open, close }) => ({ open, close })),
      change: change ? { extraUntil: change.extra?.until ?? null, closedFrom: change.closedFrom, by: change.by } : null,
      closedToday: nurseSettings.get().closedDates.some((d) => d.date === day),
      waiting: ticketsOn(day).filter((t) => t.status === 'waiting' || t.status === 'called').length,
    };
  };
  // The queue screens poll this: read the day's month partition, not every month kept.
  const ticketsOn = (day: string) => tickets.inPartition(monthOfDay(day)).filter((t) => t.day === day);
  const todaysTickets = (now: Date) => ticketsOn(today(now));
  const resourceById = (id: string) => directory.get().resources.find((r) => r.id === id);

  const ticketOf = (ticketId: string): StoredTicket => {
    const ticket = tickets.get(ticketId);
    if (!ticket) throw new KioskFailure('nurse.unknown-ticket', 'There is no such ticket');
    return ticket;
  };

  /** A status move; callers hold the queue, so a check and its write are never split by another call. */
  const moveNow = async (ticketId: string, to: TicketStatus, ctx: CallContext) => {
    const ticket = ticketOf(ticketId);
    if (ticket.day !== today(ctx.now)) throw new KioskFailure('nurse.old-ticket', 'That ticket is from another day');
    if (to === 'called' && ticket.status === 'called') {
      throw new KioskFailure('nurse.already-called', `Ticket ${ticket.number} has already been called`, { number: ticket.number });
    }
    if (!canMove(ticket.status, to)) {
      throw new KioskFailure('nurse.wrong-status', `Ticket ${ticket.number} cannot move from ${ticket.status} to ${to}`, { number: ticket.number });
    }
    const at = ctx.now.toISOString();
    const next = await tickets.update(ticketId, (draft) => {
      draft.status = to;
      if (to === 'called') draft.calledAt = at;
      if (to === 'inVisit') draft.visitStartedAt = at;
      if (to === 'left' || to === 'done') draft.endedAt = at;
    });
    ctx.setAuditDetail(`#${next.number} ${next.day} → ${to}`);
    return next;
  };
  const move = (ticketId: string, to: TicketStatus, ctx: CallContext) => queue.run(() => moveNow(ticketId, to, ctx));

  /** Checks a visit's fields; throws the first problem as a translated failure. */
  const checkVisit = (fields: VisitFields, saved: StoredVisit | undefined) => {
    const m = fields.measurements;
    const readings: Measurements = {};
    for (const key of ['systolic', 'diastolic', 'pulse', 'bloodSugar'] as const) {
      const value = m[key];
      if (value !== null) readings[key] = value;
    }
    const issues = checkMeasurements(readings);
    const issue = issues[0];
    if (issue) {
      const fieldsOut = issues.map((i) => ({ path: `measurements.${i.field}`, code: `nurse-${i.code}` }));
      if (issue.code === 'out-of-range') {
        throw new KioskFailure('nurse.out-of-range', `${issue.field} must be between ${issue.min} and ${issue.max} ${issue.unit}`, { field: issue.field, min: issue.min, max: issue.max, unit: issue.unit }, fieldsOut);
      }
      throw new KioskFailure('nurse.diastolic-not-below-systolic', 'The lower blood pressure number must be below the upper one', {}, fieldsOut);
    }
    for (const id of fields.referrals) {
      const resource = resourceById(id);
      if (!resource) throw new KioskFailure('nurse.unknown-resource', 'That resource is not in the directory');
      // A resource deactivated after it was referred stays on the saved visit.
      if (!resource.active && !saved?.referrals.includes(id)) {
        throw new KioskFailure('nurse.resource-inactive', `${resource.organisation} is not active in the directory`, { name: resource.organisation });
      }
    }
    if (new Set(fields.referrals).size !== fields.referrals.length) throw new KioskFailure('nurse.duplicate-referral', 'A resource is listed twice');
    if (fields.followUp.contact !== '' && !(fields.followUp.wanted && fields.followUp.consent)) {
      throw new KioskFailure('nurse.contact-needs-consent', 'A contact can only be kept when the patron wants follow-up and agrees');
    }
  };

  const saveVisit = (input: VisitFields & { ticketId: string }, ctx: CallContext, close: boolean) =>
    queue.run(async () => {
      const ticket = ticketOf(input.ticketId);
      const saved = visits.get(ticket.id);
      if (!saved || ticket.status !== 'inVisit') {
        if (saved?.closedAt) throw new KioskFailure('nurse.visit-closed', 'This visit is already closed');
        throw new KioskFailure('nurse.no-visit', 'Start the visit first');
      }
      if (saved.closedAt) {
        // A close that saved the visit but not the ticket (a crash between the two writes): finish it.
        if (!close) throw new KioskFailure('nurse.visit-closed', 'This visit is already closed');
        await tickets.update(ticket.id, (draft) => {
          draft.status = 'done';
          draft.endedAt = saved.closedAt;
        });
        ctx.setAuditDetail(`#${ticket.number} ${ticket.day}`);
        return toVisit(saved);
      }
      const { ticketId: _ticketId, ...fields } = input;
      checkVisit(fields, saved);
      const at = ctx.now.toISOString();
      const next = await visits.update(ticket.id, (draft) => ({ ...draft, ...fields, updatedAt: at, closedAt: close ? at : null }));
      if (close) {
        await tickets.update(ticket.id, (draft) => {
          draft.status = 'done';
          draft.endedAt = at;
        });
      }
      ctx.setAuditDetail(`#${ticket.number} ${ticket.day}`);
      return toVisit(next);
    });

  return { today, zone, hours, statusAt, todayView, ticketsOn, todaysTickets, resourceById, ticketOf, moveNow, move, checkVisit, saveVisit };
}
