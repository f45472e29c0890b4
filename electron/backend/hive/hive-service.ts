// The hive area's rules with storage: booking a mentor, workshop seats and waitlist, staff actions.
import { firstName } from '../../../shared/domain/format';
import type { z } from 'zod';
import type {
  BookingView,
  CodeLookupResult,
  PromotionCall,
  HiveSettings,
  Mentor,
  RegistrationView,
  Workshop,
  WorkshopView,
  hiveOperations,
} from '../../../shared/contract/hive';
import { branchPhoneParams, formatPhone } from '../../../shared/domain/format';
import { contactProblems, patronKeys, samePatron, type PatronKeys } from '../../../shared/domain/hive-contact';
import { firstAvailable, openSlots, slotProblem, beforeCancelCutoff, type MentorSchedule, type SlotQuery } from '../../../shared/domain/hive-slots';
import { addDays, startOfLocalDay, zonedInstant } from '../../../shared/domain/zoned-time';
import { capacityAllowed, placeNew, seatCounts, toPromote, waitlistPosition } from '../../../shared/domain/hive-workshops';
import { KioskFailure } from '../../../shared/result';
import type { CallContext } from '../context';
import { replayOf, withRequest } from '../idempotency';
import { newId, readableCode } from '../ids';
import type { Platform } from '../platform/platform';
import { SerialQueue } from '../store/serial-queue';
import type { BookingRecord, HiveData, RegistrationRecord } from './hive-records';
import { countBookings, countRegistrations, countSeats, mergeDays, type DayCounts } from '../../../shared/domain/impact-counts';

type Ops = typeof hiveOperations;
export type In<N extends keyof Ops> = z.output<Ops[N]['input']>;

const HOUR = 60 * 60 * 1000;

export const scheduleOf = (mentor: Mentor): MentorSchedule => ({
  mentorId: mentor.id,
  windows: mentor.windows,
  sessionMinutes: mentor.sessionMinutes,
  bufferMinutes: mentor.bufferMinutes,
  daysOff: mentor.daysOff.map((d) => d.date),
});


/** Instants of a workshop's sessions in the branch zone. */
export function sessionInstants(workshop: Workshop, timeZone: string): { start: Date; end: Date }[] {
  return workshop.sessions
    .map((s) => ({
      start: zonedInstant(s.date, s.start, timeZone) ?? new Date(`${s.date}T${s.start}:00Z`),
      end: zonedInstant(s.date, s.end, timeZone) ?? new Date(`${s.date}T${s.end}:00Z`),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

function checkContact(input: { phone: string; email: string }): void {
  const problems = contactProblems(input);
  const first = problems[0];
  if (!first) return;
  const messages = { 'contact-missing': 'Give a phone number or an email address', 'phone-invalid': 'That phone number does not look right', 'email-invalid': 'That email address does not look right' };
  throw new KioskFailure(
    `hive.${first.problem}`,
    messages[first.problem],
    undefined,
    problems.map((p) => ({ path: p.field, code: `hive-${p.problem}` })),
  );
}

const slotMessages = {
  'slot-past': 'That time has already passed',
  'slot-too-soon': 'That time is too soon to book',
  'slot-too-far': 'That time is too far ahead to book',
  'slot-unavailable': 'The mentor is not available at that time',
  'slot-taken': 'Someone else just booked that time',
} as const;

export type HiveService = ReturnType<typeof createHiveService>;

type CodeMatch = { kind: 'booking'; booking: BookingRecord } | { kind: 'registration'; registration: RegistrationRecord; workshop: Workshop };

export function createHiveService(platform: Platform, data: HiveData) {
  // Check-then-write for the last slot or seat: one booking or registration decision at a time.
  const queue = new SerialQueue();
  const timeZone = () => platform.settings.get().branch.timeZone;
  const settings = (): HiveSettings => data.settings.get();
  const mentors = (): Mentor[] => data.mentors.get().mentors;
  const workshops = (): Workshop[] => data.workshops.get().workshops;
  const mentorById = (id: string): Mentor | undefined => mentors().find((m) => m.id === id);
  const workshopById = (id: string): Workshop | undefined => workshops().find((w) => w.id === id);

  const holdsTime = (b: BookingRecord): boolean => b.status !== 'cancelled';

  /**
   * Anonymous daily counts of bookings and registrations. First-time or returning is read from the contact
   * key while it is kept (never stored: only the count of each is).
   */
  const countHive = (bookings: readonly BookingRecord[], regs: readonly RegistrationRecord[]): DayCounts[] => {
    const firstSeen = new Map<string, string>();
    for (const r of [...data.bookings.all(), ...data.registrations.all()]) {
      if (!r.phoneKey) continue;
      const seen = firstSeen.get(r.phoneKey);
      if (!seen || r.createdAt < seen) firstSeen.set(r.phoneKey, r.createdAt);
    }
    const tz = timeZone();
    const firstDay = (workshopId: string) => workshopById(workshopId)?.sessions[0]?.date ?? null;
    return mergeDays(
      countBookings(
        bookings.map((b) => ({ start: b.start, status: b.status, returning: b.phoneKey ? (firstSeen.get(b.phoneKey) ?? b.createdAt) < b.createdAt : null })),
        tz,
      ),
      countRegistrations(regs.map((r) => ({ status: r.status, promotedAt: r.promotedAt, firstDay: firstDay(r.workshopId) })), tz),
    );
  };
  const bookingKey = (b: BookingRecord) => `b:${b.id}`;
  const registrationKey = (r: RegistrationRecord) => `r:${r.id}`;
  platform.counts.register('hive', () =>
    mergeDays(
      countHive(
        data.bookings.filter((b) => !b.purged && !platform.counts.isCounted('hive', bookingKey(b))),
        data.registrations.filter((r) => !r.purged && !platform.counts.isCounted('hive', registrationKey(r))),
      ),
      // Workshops are kept: their seats are always counted live.
      countSeats(workshops().map((w) => ({ firstDay: w.sessions[0]?.date ?? null, capacity: w.capacity, cancelled: w.cancelled }))),
    ),
  );

  const slotQuery = (mentorId: string, now: Date): SlotQuery => ({
    now,
    timeZone: timeZone(),
    rules: settings().rules,
    closings: settings().closings.map((c) => c.date),
    taken: data.bookings.filter((b) => b.mentorId === mentorId && holdsTime(b) && Date.parse(b.end) > now.getTime()),
  });

  const bookingView = (b: BookingRecord): BookingView => {
    const mentor = mentorById(b.mentorId);
    return {
      id: b.id,
      code: b.code,
      mentorId: b.mentorId,
      mentorName: mentor?.displayName ?? '',
      room: mentor?.room ?? {},
      area: b.area,
      start: b.start,
      end: b.end,
      status: b.status,
      stage: b.stage,
      industry: b.industry,
      wants: b.wants,
      name: b.name,
      phone: b.phone,
      email: b.email,
      language: b.language,
      createdAt: b.createdAt,
      cancelReason: b.cancelReason,
      assistedBy: b.assistedBy,
    };
  };

  const registrationsOf = (workshopId: string): RegistrationRecord[] => data.registrations.filter((r) => r.workshopId === workshopId);

  /** `sameWorkshop`: the workshop's registrations when the caller already has them (a roster), so they are not looked up per row. */
  const registrationView = (r: RegistrationRecord, sameWorkshop?: RegistrationRecord[]): RegistrationView => ({
    id: r.id,
    code: r.code,
    workshopId: r.workshopId,
    status: r.status,
    position: r.status === 'waitlisted' ? waitlistPosition(r.id, sameWorkshop ?? registrationsOf(r.workshopId)) : null,
    name: r.name,
    phone: r.phone,
    email: r.email,
    language: r.language,
    answers: r.answers,
    attended: r.attended,
    createdAt: r.createdAt,
    promotedAt: r.promotedAt,
    cancelReason: r.cancelReason,
  });

  const workshopView = (w: Workshop): WorkshopView => {
    const counts = seatCounts(w.capacity, registrationsOf(w.id));
    return { ...w, starts: sessionInstants(w, timeZone()).map((s) => s.start.toISOString()), ...counts };
  };

  const isUpcoming = (w: Workshop, now: Date): boolean => {
    const sessions = sessionInstants(w, timeZone());
    return !w.cancelled && (sessions[0]?.start.getTime() ?? 0) > now.getTime();
  };

  const upcomingBookingsOf = (keys: PatronKeys, now: Date): BookingRecord[] =>
    data.bookings.filter((b) => b.status === 'booked' && Date.parse(b.end) > now.getTime() && samePatron(b, keys));
  const isRegistered = (workshopId: string, keys: PatronKeys): boolean =>
    registrationsOf(workshopId).some((r) => r.status !== 'cancelled' && samePatron(r, keys));

  /** A promoted registration as staff need it to phone the patron; null when it is not one to call (any more). */
  const promotionCallOf = (r: RegistrationRecord): PromotionCall | null => {
    const workshop = workshopById(r.workshopId);
    if (!workshop || !r.promotedAt || r.status !== 'registered' || r.purged) return null;
    const call = data.promotionCalls.get().calls.find((c) => c.registrationId === r.id);
    return {
      registrationId: r.id,
      code: r.code,
      name: r.name,
      phone: r.phone ? formatPhone(r.phone) : '',
      email: r.email,
      language: r.language,
      workshopId: workshop.id,
      workshopTitle: workshop.title,
      firstStart: (sessionInstants(workshop, timeZone())[0]?.start ?? new Date(0)).toISOString(),
      promotedAt: r.promotedAt,
      calledAt: call?.calledAt ?? null,
      calledBy: call?.calledBy ?? '',
    };
  };


  const assisted = (ctx: CallContext): string => ctx.assistedBy?.name ?? '';

  /** Moves the first waitlisted patrons into free seats; records when. */
  async function promote(workshop: Workshop, ctx: CallContext): Promise<RegistrationRecord[]> {
    const promoted: RegistrationRecord[] = [];
    for (const id of toPromote(workshop.capacity, registrationsOf(workshop.id))) {
      const r = await data.registrations.update(id, (draft) => {
        draft.status = 'registered';
        draft.promotedAt = ctx.now.toISOString();
      });
      promoted.push(r);
      await ctx.audit('hive.promoted', `registration ${r.code} of workshop ${workshop.id} moved from the waitlist to a seat`);
    }
    return promoted;
  }

  /** The patron's active booking or registration for a slip code and the phone or email given; refused past the cut-off. */
  function findByCode(input: In<'hive.findByCode'>, now: Date): CodeMatch {
    const code = input.code.trim().toUpperCase().replace(/^HIVE:/, '');
    const keys = patronKeys(input.contact.includes('@') ? { phone: '', email: input.contact } : { phone: input.contact, email: '' });
    const booking = data.bookings.filter((b) => b.code === code && b.status === 'booked' && samePatron(b, keys))[0];
    const registration = booking ? undefined : data.registrations.filter((r) => r.code === code && r.status !== 'cancelled' && samePatron(r, keys))[0];
    // The refusal gives the branch's number (or sends the patron to the desk when there is none).
    const tooLate = () =>
      new KioskFailure('hive.cancel-too-late', 'It is too late to cancel here; please call the branch', {
        hours: settings().rules.cancelCutoffHours,
        ...branchPhoneParams(platform.settings.get().branch.phone),
      });
    if (booking) {
      if (!beforeCancelCutoff(booking.start, now, settings().rules)) throw tooLate();
      return { kind: 'booking', booking };
    }
    const workshop = registration ? workshopById(registration.workshopId) : undefined;
    if (!registration || !workshop) throw new KioskFailure('hive.booking-not-found', 'No booking with that code and contact');
    // A workshop seat can be given back until the first session starts: someone on the waitlist may still use it.
    if (!isUpcoming(workshop, now)) throw tooLate();
    return { kind: 'registration', registration, workshop };
  }

  /** Frees a seat and moves the first on the waitlist up; callers hold the queue (the desk and the patron's own cancel). */
  async function cancelAndPromoteNow(id: string, reason: string, ctx: CallContext) {
    const cancelled = await data.registrations.update(id, (d) => {
      if (d.status === 'cancelled') throw new KioskFailure('hive.registration-not-active', 'This registration is already cancelled');
      d.status = 'cancelled';
      d.cancelledAt = ctx.now.toISOString();
      d.cancelReason = reason;
      d.requests = withRequest(d.requests, ctx.request);
    });
    const workshop = workshopById(cancelled.workshopId);
    const promoted = workshop ? await promote(workshop, ctx) : [];
    return { cancelled, promoted };
  }

  /** A patron's earlier request with this key: the booking or registration it wrote. */
  const replayed = (ctx: CallContext) => {
    if (!ctx.request) return undefined;
    const booking = replayOf(data.bookings.byRequest(ctx.request.key), ctx.request);
    if (booking) return { kind: 'booking' as const, booking };
    const registration = replayOf(data.registrations.byRequest(ctx.request.key), ctx.request);
    return registration ? { kind: 'registration' as const, registration } : undefined;
  };

  return {
    settings,
    mentors,
    workshops,
    mentorById,
    workshopById,
    registrationsOf,
    bookingView,
    registrationView,
    workshopView,
    timeZone,

    catalog() {
      const s = settings();
      return {
        areas: s.areas,
        rules: s.rules,
        whatToBring: s.whatToBring,
        mentors: mentors()
          .filter((m) => m.active)
          .map((m) => ({ id: m.id, displayName: m.displayName, areas: m.areas, languages: m.languages, bio: m.bio, room: m.room, sessionMinutes: m.sessionMinutes })),
      };
    },

    openTimes(input: In<'hive.openTimes'>, now: Date) {
      const chosen = mentors().filter(
        (m) =>
          m.active &&
          (!input.mentorId || m.id === input.mentorId) &&
          (!input.area || m.areas.includes(input.area)) &&
          (!input.language || m.languages.includes(input.language)),
      );
      return firstAvailable(
        // Each mentor's first `limit` are enough: the merged list keeps only `limit`.
        chosen.map((m) => openSlots(scheduleOf(m), slotQuery(m.id, now), input.limit)),
        input.limit,
      );
    },

    async book(input: In<'hive.book'>, ctx: CallContext): Promise<BookingRecord> {
      checkContact(input);
      const mentor = mentorById(input.mentorId);
      if (!mentor || !mentor.active) throw new KioskFailure('hive.mentor-unavailable', 'That mentor is not taking bookings');
      if (!settings().areas.some((a) => a.id === input.area)) throw new KioskFailure('invalid-input', 'Unknown area', undefined, [{ path: 'area', code: 'invalid_value' }]);
      const keys = patronKeys(input);
      return queue.run(async () => {
        // A retry after a lost answer gets the booking the first try made.
        const earlier = replayed(ctx);
        if (earlier?.kind === 'booking') return earlier.booking;
        // Re-checked inside the queue: another patron may have taken this slot a moment ago.
        const now = platform.store.clock.now();
        const problem = slotProblem(scheduleOf(mentor), input.start, slotQuery(mentor.id, now));
        if (problem) throw new KioskFailure(`hive.${problem}`, slotMessages[problem]);
        const rules = settings().rules;
        if (upcomingBookingsOf(keys, now).length >= rules.maxUpcomingPerPatron) {
          throw new KioskFailure('hive.too-many-bookings', `At most ${rules.maxUpcomingPerPatron} upcoming bookings per person`, { count: rules.maxUpcomingPerPatron });
        }
        const start = new Date(input.start);
        return data.bookings.insert({
          id: newId(),
          code: readableCode(6),
          mentorId: mentor.id,
          area: input.area,
          start: start.toISOString(),
          end: new Date(start.getTime() + mentor.sessionMinutes * 60_000).toISOString(),
          status: 'booked',
          stage: input.stage,
          industry: input.industry,
          wants: input.wants,
          name: input.name,
          phone: input.phone,
          email: input.email,
          ...keys,
          language: input.language,
          createdAt: now.toISOString(),
          cancelledAt: null,
          cancelReason: '',
          assistedBy: assisted(ctx),
          purged: false,
          requests: withRequest([], ctx.request),
        });
      });
    },

    findByCode,

    lookupView(match: CodeMatch): CodeLookupResult {
      if (match.kind === 'booking') {
        const b = match.booking;
        return { kind: 'booking', start: b.start, end: b.end, sessions: 1, mentorFirstName: firstName(mentorById(b.mentorId)?.displayName ?? ''), workshopTitle: null, status: 'booked' };
      }
      const sessions = sessionInstants(match.workshop, timeZone());
      return {
        kind: 'registration',
        start: (sessions[0]?.start ?? new Date(0)).toISOString(),
        end: (sessions[0]?.end ?? new Date(0)).toISOString(),
        sessions: sessions.length,
        mentorFirstName: '',
        workshopTitle: match.workshop.title,
        status: match.registration.status === 'waitlisted' ? 'waitlisted' : 'registered',
      };
    },

    /** Cancels by slip code: a booking frees its time; a registration frees its seat for the waitlist (as at the desk). */
    cancelByCode(input: In<'hive.cancelByCode'>, ctx: CallContext) {
      return queue.run(async () => {
        // The cancel went through but its answer was lost: say so again, rather than "no such booking".
        const earlier = replayed(ctx);
        if (earlier?.kind === 'booking') return { kind: 'booking' as const, id: earlier.booking.id, code: earlier.booking.code, promoted: [] };
        if (earlier?.kind === 'registration') return { kind: 'registration' as const, id: earlier.registration.id, code: earlier.registration.code, promoted: [] };
        const match = findByCode(input, ctx.now);
        if (match.kind === 'booking') {
          const booking = await data.bookings.update(match.booking.id, (d) => {
            if (d.status !== 'booked') throw new KioskFailure('hive.booking-not-found', 'No booking with that code and contact');
            d.status = 'cancelled';
            d.cancelledAt = ctx.now.toISOString();
            d.cancelReason = 'patron';
            d.requests = withRequest(d.requests, ctx.request);
          });
          return { kind: 'booking' as const, id: booking.id, code: booking.code, promoted: [] };
        }
        const { cancelled, promoted } = await cancelAndPromoteNow(match.registration.id, 'patron', ctx);
        return { kind: 'registration' as const, id: cancelled.id, code: cancelled.code, promoted };
      });
    },

    async register(input: In<'hive.register'>, ctx: CallContext): Promise<RegistrationRecord> {
      checkContact(input);
      const keys = patronKeys(input);
      return queue.run(async () => {
        const earlier = replayed(ctx);
        if (earlier?.kind === 'registration') return earlier.registration;
        const now = platform.store.clock.now();
        const workshop = workshopById(input.workshopId);
        if (!workshop || !isUpcoming(workshop, now)) throw new KioskFailure('hive.workshop-closed', 'This workshop is not open for registration');
        const current = registrationsOf(workshop.id).filter((r) => r.status !== 'cancelled');
        if (isRegistered(workshop.id, keys)) throw new KioskFailure('hive.already-registered', 'You are already registered for this workshop');
        const placement = placeNew(workshop.capacity, current);
        const known = new Set(workshop.questions.map((q) => q.id));
        return data.registrations.insert({
          id: newId(),
          code: readableCode(6),
          workshopId: workshop.id,
          seq: await data.registrationSeq.next(),
          status: placement.status,
          name: input.name,
          phone: input.phone,
          email: input.email,
          ...keys,
          language: input.language,
          answers: input.answers.filter((a) => known.has(a.questionId)),
          attended: [],
          createdAt: now.toISOString(),
          promotedAt: null,
          cancelledAt: null,
          cancelReason: '',
          assistedBy: assisted(ctx),
          purged: false,
          requests: withRequest([], ctx.request),
        });
      });
    },

    /** Only what the final step would refuse for this phone or email: the meeting limit, and a registration for this workshop. */
    patronLimits(input: In<'hive.patronLimits'>, now: Date) {
      const maxUpcoming = settings().rules.maxUpcomingPerPatron;
      // A contact that would be refused anyway gives nothing away.
      if (contactProblems(input).length > 0) return { bookingLimitReached: false, maxUpcoming, alreadyRegistered: false };
      const keys = patronKeys(input);
      return {
        bookingLimitReached: upcomingBookingsOf(keys, now).length >= maxUpcoming,
        maxUpcoming,
        alreadyRegistered: input.workshopId !== undefined && isRegistered(input.workshopId, keys),
      };
    },

    /** Moved up from a waitlist for a workshop still to come (or under way): not called yet first, then called in the last two days. */
    promotionCalls(now: Date): PromotionCall[] {
      const recent = now.getTime() - 2 * 24 * HOUR;
      const running = new Set(
        workshops()
          .filter((w) => !w.cancelled && sessionInstants(w, timeZone()).some((s) => s.end.getTime() > now.getTime()))
          .map((w) => w.id),
      );
      return data.registrations
        .filter((r) => r.promotedAt !== null && running.has(r.workshopId))
        .flatMap((r) => promotionCallOf(r) ?? [])
        .filter((c) => c.calledAt === null || Date.parse(c.calledAt) >= recent)
        .sort((a, b) => Number(a.calledAt !== null) - Number(b.calledAt !== null) || a.promotedAt.localeCompare(b.promotedAt));
    },

    async markCalled(registrationId: string, ctx: CallContext): Promise<PromotionCall> {
      const r = data.registrations.get(registrationId);
      const view = r ? promotionCallOf(r) : null;
      if (!r || !view) throw new KioskFailure('hive.not-promoted', 'This person has not moved up from a waitlist');
      if (view.calledAt) throw new KioskFailure('hive.already-called', 'Already marked as called');
      const at = ctx.now.toISOString();
      const by = ctx.session?.name ?? '';
      await data.promotionCalls.update((d) => {
        d.calls.push({ registrationId, calledAt: at, calledBy: by });
      });
      return { ...view, calledAt: at, calledBy: by };
    },

    schedule(input: In<'hive.schedule'>) {
      const tz = timeZone();
      const from = startOfLocalDay(input.from, tz).getTime();
      const to = startOfLocalDay(addDays(input.from, input.days), tz).getTime();
      const inRange = (iso: string) => Date.parse(iso) >= from && Date.parse(iso) < to;
      return {
        bookings: data.bookings
          .filter((b) => inRange(b.start))
          .sort((a, b) => a.start.localeCompare(b.start))
          .map(bookingView),
        workshops: workshops()
          .filter((w) => sessionInstants(w, tz).some((s) => inRange(s.start.toISOString())))
          .map(workshopView)
          .sort((a, b) => (a.starts[0] ?? '').localeCompare(b.starts[0] ?? '')),
      };
    },

    booking(id: string): BookingRecord {
      const b = data.bookings.get(id);
      if (!b) throw new KioskFailure('not-found', 'No such booking');
      return b;
    },

    async cancelBooking(input: In<'hive.cancelBooking'>, ctx: CallContext): Promise<BookingRecord> {
      return data.bookings.update(input.id, (d) => {
        if (d.status !== 'booked') throw new KioskFailure('hive.booking-not-active', 'This booking is not active');
        d.status = 'cancelled';
        d.cancelledAt = ctx.now.toISOString();
        d.cancelReason = input.reason;
      });
    },

    async markBooking(input: In<'hive.markBooking'>): Promise<BookingRecord> {
      return data.bookings.update(input.id, (d) => {
        if (d.status === 'cancelled') throw new KioskFailure('hive.booking-not-active', 'This booking is cancelled');
        d.status = input.status;
      });
    },

    cancelRegistration(input: In<'hive.cancelRegistration'>, ctx: CallContext) {
      return queue.run(() => cancelAndPromoteNow(input.id, input.reason, ctx));
    },

    async checkIn(input: In<'hive.checkIn'>): Promise<RegistrationRecord> {
      const workshop = workshopById(input.workshopId);
      if (!workshop) throw new KioskFailure('not-found', 'No such workshop');
      if (input.session >= workshop.sessions.length) throw new KioskFailure('invalid-input', 'No such session', undefined, [{ path: 'session', code: 'too_big' }]);
      const code = input.code?.trim().toUpperCase().replace(/^HIVE:/, '');
      const found = registrationsOf(workshop.id).find((r) => (input.registrationId ? r.id === input.registrationId : code !== undefined && code !== '' && r.code === code));
      if (!found) throw new KioskFailure('hive.checkin-not-found', 'No registration with that code for this workshop');
      if (found.status !== 'registered') throw new KioskFailure('hive.checkin-not-registered', 'This person has no seat (waitlisted or cancelled)');
      return data.registrations.update(found.id, (d) => {
        if (!d.attended.includes(input.session)) d.attended = [...d.attended, input.session].sort((a, b) => a - b);
      });
    },

    async saveSettings(next: HiveSettings): Promise<HiveSettings> {
      const ids = new Set(next.areas.map((a) => a.id));
      if (ids.size !== next.areas.length) throw new KioskFailure('hive.duplicate-area', 'Two areas have the same id');
      return data.settings.update(() => next);
    },

    async saveMentor(input: In<'hive.saveMentor'>): Promise<Mentor> {
      const areas = new Set(settings().areas.map((a) => a.id));
      if (input.areas.some((a) => !areas.has(a))) throw new KioskFailure('invalid-input', 'Unknown area', undefined, [{ path: 'areas', code: 'invalid_value' }]);
      const mentor: Mentor = { ...input, id: input.id ?? newId() };
      if (input.id && !mentorById(input.id)) throw new KioskFailure('not-found', 'No such mentor');
      await data.mentors.update((d) => {
        const i = d.mentors.findIndex((m) => m.id === mentor.id);
        if (i >= 0) d.mentors[i] = mentor;
        else d.mentors.push(mentor);
      });
      return mentor;
    },

    async saveWorkshop(input: In<'hive.saveWorkshop'>, ctx: CallContext): Promise<WorkshopView> {
      if (input.sessions.some((s) => s.start >= s.end)) {
        throw new KioskFailure('hive.session-order', 'A session must end after it starts', undefined, [{ path: 'sessions', code: 'hive-window-order' }]);
      }
      return queue.run(async () => {
        const workshop: Workshop = { ...input, id: input.id ?? newId(), sessions: [...input.sessions].sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`)) };
        const existing = input.id ? workshopById(input.id) : undefined;
        if (input.id && !existing) throw new KioskFailure('not-found', 'No such workshop');
        const holders = registrationsOf(workshop.id);
        if (!capacityAllowed(workshop.capacity, holders)) {
          const count = seatCounts(workshop.capacity, holders).registered;
          throw new KioskFailure('hive.capacity-below-registered', `${count} people are registered; the capacity cannot be lower`, { count });
        }
        await data.workshops.update((d) => {
          const i = d.workshops.findIndex((w) => w.id === workshop.id);
          if (i >= 0) d.workshops[i] = workshop;
          else d.workshops.push(workshop);
        });
        // A larger room lets the waitlist move up.
        await promote(workshop, ctx);
        return workshopView(workshop);
      });
    },

    /** Records purged before the daily counts existed: counted once (first-time or returning no longer known). */
    countPurgedOnce: () =>
      platform.counts.importOnce('hive-purged-records', 'hive', countHive(data.bookings.filter((b) => b.purged), data.registrations.filter((r) => r.purged))),

    /** Removes personal details of mentoring and workshop records past the retention period. */
    async purge(now: Date): Promise<void> {
      const cutoff = now.getTime() - platform.settings.get().retentionDays.hive * 24 * HOUR;
      const stale = data.bookings.filter((b) => !b.purged && Date.parse(b.end) < cutoff);
      for (const b of stale) {
        await data.bookings.update(b.id, (d) => {
          Object.assign(d, { name: '', phone: '', email: '', phoneKey: '', emailKey: '', wants: '', cancelReason: '', assistedBy: '', purged: true });
        });
      }
      const tz = timeZone();
      const lastEnd = new Map(workshops().map((w) => [w.id, Math.max(...sessionInstants(w, tz).map((s) => s.end.getTime()))]));
      const staleRegs = data.registrations.filter((r) => !r.purged && (lastEnd.get(r.workshopId) ?? Date.parse(r.createdAt)) < cutoff);
      // Counted before the contacts go (one write; an interrupted purge never counts a record twice).
      await platform.counts.keep('hive', [...stale.map(bookingKey), ...staleRegs.map(registrationKey)], (fresh) =>
        countHive(
          stale.filter((b) => fresh.has(bookingKey(b))),
          staleRegs.filter((r) => fresh.has(registrationKey(r))),
        ),
      );
      for (const r of staleRegs) {
        await data.registrations.update(r.id, (d) => {
          Object.assign(d, { name: '', phone: '', email: '', phoneKey: '', emailKey: '', answers: [], cancelReason: '', assistedBy: '', purged: true });
        });
      }
      // Who phoned whom goes with the registration.
      const kept = new Set(data.registrations.filter((r) => !r.purged).map((r) => r.id));
      if (data.promotionCalls.get().calls.some((c) => !kept.has(c.registrationId))) {
        await data.promotionCalls.update((d) => {
          d.calls = d.calls.filter((c) => kept.has(c.registrationId));
        });
      }
    },
  };
}

