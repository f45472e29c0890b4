import type { NurseOperations, Ticket } from '../../../shared/contract/nurse';
import type { Resource } from '../../../shared/domain/nurse-directory';
import { languagesToExport, mergeLanguages } from '../../../shared/localised-text';
import { localTimeOf, minutesOf } from '../../../shared/domain/zoned-time';
import { dayIn, estimateWait, queueInOrder, waitingInOrder, type TicketStatus } from '../../../shared/domain/nurse-queue';
import { pageBy } from '../../../shared/domain/paging';
import { answersProblem, screenerKey } from '../../../shared/domain/screener-definition';
import { KioskFailure } from '../../../shared/result';
import type { CallContext } from '../context';
import type { FeatureModule } from '../feature';
import { replayOf, withRequest } from '../idempotency';
import { newId } from '../ids';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { slidingWindowLimit } from '../platform/rate-limit';
import { SerialQueue } from '../store/serial-queue';
import { asNurseDay, fromNurseDay, maskSmallCounts } from './nurse-stats';
import { countNurse } from '../../../shared/domain/impact-counts';
import { demoResources } from './demo-directory';
import { libraryProgramResources } from './library-programs';
import { registerNurseDocuments } from './nurse-documents';
import { createNurseService, flaggedOf, resultOf, toRow, toVisit } from './nurse-service';
import { resourcesFromCsv, resourcesToCsv } from './resource-csv';
import { dayBase, openNurseData, type StoredTicket, type StoredVisit } from './nurse-records';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Check-ins per screen per minute: real patrons take longer than that per check-in. */
export const CHECK_IN_LIMIT = { limit: 4, windowMs: 60_000 } as const;

/** The nurse area: check-in, the day's queue, visit records, the directory and referral sheets. */
export async function openNurse(platform: Platform, printing: PrintService): Promise<FeatureModule<NurseOperations>> {
  const { store, settings } = platform;
  const data = await openNurseData(store, () => settings.get().retentionDays.nurse);
  const { tickets, ticketNumbers, visits, counts, directory, nurseSettings, todayDoc, screeners } = data;
  const row = (ticket: StoredTicket) => toRow(screeners, ticket);
  // The library's own programs are resources too (once; staff may change or deactivate them afterwards).
  const branch = settings.get().branch;
  const programs = libraryProgramResources(branch.name, branch.address, branch.phone).filter((p) => !directory.get().resources.some((r) => r.id === p.id));
  if (programs.length > 0 && !store.readOnly) {
    await directory.update((draft) => {
      draft.resources.push(...programs);
    });
  }
  // Without weekly hours check-in stays closed: staff hear why (hours kept as text from before are in the note).
  platform.alerts.addProvider(() =>
    settings.get().services.nurse && nurseSettings.get().weeklyHours.length === 0
      ? [{ id: 'nurse-hours-not-set', at: store.clock.now().toISOString(), level: 'warning' as const, code: 'nurse.hours-not-set', params: {} }]
      : [],
  );
  // Ticket numbers and status moves are check-then-write: one at a time.
  const queue = new SerialQueue();
  const checkInLimit = slidingWindowLimit(CHECK_IN_LIMIT.limit, CHECK_IN_LIMIT.windowMs);
  const { today, zone, statusAt, todayView, ticketsOn, todaysTickets, resourceById, ticketOf, moveNow, move, saveVisit } = createNurseService(platform, data, queue);

  // The ticket says when check-in closed or closes on the day it was taken (and that everyone waiting is seen).
  registerNurseDocuments(printing, {
    ticket: (ref) => tickets.get(ref),
    closesAt: (ticket) => statusAt(new Date(ticket.createdAt)).closesAt,
    timeZone: zone,
    referral: (ref) => {
      const visit = visits.get(ref);
      if (!visit) return undefined;
      return { resources: visit.referrals.flatMap((id) => resourceById(id) ?? []) };
    },
    nurseSettings: () => nurseSettings.get(),
  });
  // The visit slip prints the queue number only: never the reason, the answers or the name.
  platform.visitSlips.describe('nurse-ticket', (id) => {
    const ticket = tickets.get(id);
    return ticket && { number: ticket.number };
  });

  // Counts: one store for every area (platform/daily-counts). Days the nurse's own count file kept come in once.
  await platform.counts.importOnce('nurse-counts', 'nurse', counts.get().days.map(fromNurseDay));
  const referred = (id: string) => {
    const resource = resourceById(id);
    return resource ? { category: resource.category, libraryProgram: resource.category === 'library' } : undefined;
  };
  const countOf = (ticketList: readonly StoredTicket[], visitList: readonly StoredVisit[]) => countNurse(ticketList, visitList, referred, flaggedOf(screeners));
  platform.counts.register('nurse', () =>
    countOf(
      tickets.filter((t) => !platform.counts.isCounted('nurse', `t:${t.id}`)),
      visits.filter((v) => !platform.counts.isCounted('nurse', `v:${v.id}`)),
    ),
  );

  const aggregateAndPurge = async (now: Date) => {
    const cutoff = dayIn(new Date(now.getTime() - settings.get().retentionDays.nurse * DAY_MS), settings.get().branch.timeZone);
    await queue.run(async () => {
      // Months left on disk at open are counted too before they go (a kiosk switched off for a while).
      const old = [...(await tickets.older((t) => t.day < cutoff)), ...tickets.filter((t) => t.day < cutoff)];
      const oldVisits = [...(await visits.older((v) => v.day < cutoff)), ...visits.filter((v) => v.day < cutoff)];
      if (old.length === 0 && oldVisits.length === 0) return;
      // Counted and remembered in one write: a purge interrupted after this step never counts a day twice.
      await platform.counts.keep('nurse', [...old.map((t) => `t:${t.id}`), ...oldVisits.map((v) => `v:${v.id}`)], (fresh) =>
        countOf(
          old.filter((t) => fresh.has(`t:${t.id}`)),
          oldVisits.filter((v) => fresh.has(`v:${v.id}`)),
        ),
      );
      await visits.removeWhere((v) => v.day < cutoff);
      await tickets.removeWhere((t) => t.day < cutoff);
    });
  };

  /** Every day's counts, newest first, as the caller's role may see them. */
  const statsDays = (ctx: CallContext) => {
    // Stored counts of purged days plus live counts of the days still kept.
    const all = platform.counts.all().nurse.map(asNurseDay).reverse();
    if (ctx.session?.role === 'nurse') return all;
    // Others (admins) see closed days only, with small category counts masked: today's live row could name who is in the room.
    return maskSmallCounts(all.filter((d) => d.day < today(ctx.now)));
  };

  const handlers: FeatureModule<NurseOperations>['handlers'] = {
    'nurse.checkIn': ({ idempotencyKey: _key, visit, ...input }, ctx) =>
      queue.run(async () => {
        // A retry after a lost answer: the ticket the first try made (the limit below is not spent on it).
        const earlier = replayOf(ctx.request ? tickets.byRequest(ctx.request.key) : undefined, ctx.request);
        if (earlier) return { ticket: earlier, wait: { minutes: earlier.waitMinutes, ahead: earlier.ahead }, closesAt: statusAt(ctx.now).closesAt };
        // Keyed on the device the host names, never on anything the page sends: a reload is the same kiosk.
        if (!checkInLimit.take(ctx.caller.deviceId, ctx.now)) {
          throw new KioskFailure('nurse.too-many-check-ins', 'Too many check-ins from this screen in a short time; wait a minute');
        }
        if (!settings.get().services.nurse) throw new KioskFailure('nurse.closed', 'The nurse service is switched off at this kiosk');
        const status = statusAt(ctx.now);
        if (!status.open) {
          // No ticket outside the nurse's hours; the refusal says when the nurse is next in.
          throw new KioskFailure('nurse.closed-now', 'The nurse is not in now', status.nextOpening ? { nextAt: status.nextOpening.at } : { context: 'noHours' });
        }
        // The answers must fit the version the patron answered (the active one when the page did not say).
        const screenerVersion = input.screener ? (input.screenerVersion ?? screenerKey(screeners.active())) : null;
        const definition = screenerVersion ? screeners.byKey(screenerVersion) : undefined;
        if (screenerVersion && !definition) throw new KioskFailure('nurse.screener-unknown-version', `No screener version ${screenerVersion}`, { key: screenerVersion });
        const problem = definition && input.screener ? answersProblem(definition, input.screener) : null;
        if (problem) throw new KioskFailure('nurse.screener-answer', `Screener answers do not fit ${screenerVersion}: ${problem}`);
        const day = today(ctx.now);
        const all = ticketsOn(day);
        const number = (await ticketNumbers.next(dayBase(day))) - dayBase(day);
        const wait = estimateWait(all, day, nurseSettings.get().visitMinutes);
        const ticket: StoredTicket = {
          ...input,
          screenerVersion,
          requests: withRequest([], ctx.request),
          id: newId(),
          number,
          day,
          status: 'waiting',
          createdAt: ctx.now.toISOString(),
          calledAt: null,
          visitStartedAt: null,
          endedAt: null,
          waitMinutes: wait.minutes,
          ahead: wait.ahead,
        };
        await tickets.insert(ticket);
        // The visit's flags are counted for the day, never kept with the ticket.
        await platform.counts.countVisit(visit, ticket.day);
        ctx.setAuditDetail(`#${number} ${day}`);
        return { ticket, wait, closesAt: status.closesAt };
      }).then(async ({ ticket, wait, closesAt }) => {
        // The check-in is saved; a printer problem only means "remember your number".
        let printed = false;
        try {
          const outcome = await printing.printOnce({ kind: 'nurse.ticket', ref: ticket.id, language: ticket.language }, { waitMs: 3000 });
          // Only a finished print is "take your ticket"; a waiting job means the desk has it.
          printed = outcome.status === 'done';
        } catch {
          printed = false;
        }
        const visitSlip = platform.visitSlips.issue({ kind: 'nurse-ticket', id: ticket.id }, ctx.caller, ctx.now);
        return { number: ticket.number, ahead: wait.ahead, waitMinutes: wait.minutes, printed, closesAt, visitSlip };
      }),

    'nurse.display': (_input, ctx) => {
      const mine = todaysTickets(ctx.now);
      const called = mine
        .filter((t) => t.status === 'called')
        .sort((a, b) => ((a.calledAt ?? '') < (b.calledAt ?? '') ? 1 : -1))
        .map((t) => t.number);
      const status = statusAt(ctx.now);
      return { called, waitingCount: mine.filter((t) => t.status === 'waiting').length, open: status.open, nextOpening: status.nextOpening };
    },

    'nurse.status': (_input, ctx) => statusAt(ctx.now),
    'nurse.today': (_input, ctx) => todayView(ctx.now),
    'nurse.setToday': async (change, ctx) => {
      const day = today(ctx.now);
      const nowTime = localTimeOf(ctx.now, zone());
      const by = ctx.session?.name ?? '';
      if (change.action === 'regular') {
        await todayDoc.update(() => ({ override: null }));
        ctx.setAuditDetail(`${day}: weekly hours`);
      } else if (change.action === 'close') {
        await todayDoc.update(() => ({ override: { date: day, extra: null, closedFrom: nowTime, by } }));
        ctx.setAuditDetail(`${day}: check-in closed at ${nowTime}`);
      } else {
        if (change.until !== '24:00' && minutesOf(change.until) <= minutesOf(nowTime)) {
          throw new KioskFailure('nurse.until-past', 'Choose a time later than now', { now: nowTime }, [{ path: 'until', code: 'nurse-until-past' }]);
        }
        await todayDoc.update(() => ({ override: { date: day, extra: { from: nowTime, until: change.until }, closedFrom: null, by } }));
        ctx.setAuditDetail(`${day}: check-in open ${nowTime}–${change.until}`);
      }
      return todayView(ctx.now);
    },

    'nurse.queueNumbers': (_input, ctx) => {
      const mine = queueInOrder(todaysTickets(ctx.now), today(ctx.now));
      const numbers = (status: TicketStatus) => mine.filter((t) => t.status === status).map((t) => t.number);
      return { day: today(ctx.now), called: numbers('called'), waiting: numbers('waiting'), inVisit: numbers('inVisit'), done: numbers('done').length, left: numbers('left').length };
    },

    'nurse.queue': (_input, ctx) => {
      const day = today(ctx.now);
      const mine = todaysTickets(ctx.now);
      return { day, tickets: queueInOrder(mine, day).map(row), waitMinutes: estimateWait(mine, day, nurseSettings.get().visitMinutes).minutes };
    },

    // Picking and calling in one queue turn: two consoles pressing at once call two different tickets.
    'nurse.callNext': (_input, ctx) =>
      queue.run(async () => {
        const first = waitingInOrder(todaysTickets(ctx.now), today(ctx.now))[0];
        if (!first) throw new KioskFailure('nurse.no-one-waiting', 'No one is waiting');
        return row(await moveNow(first.id, 'called', ctx));
      }),
    'nurse.call': async ({ ticketId }, ctx) => row(await move(ticketId, 'called', ctx)),
    'nurse.markLeft': async ({ ticketId }, ctx) => row(await move(ticketId, 'left', ctx)),
    'nurse.reprintTicket': async ({ number }, ctx) => {
      const ticket = todaysTickets(ctx.now).find((t) => t.number === number);
      if (!ticket) throw new KioskFailure('nurse.unknown-ticket', 'There is no such ticket');
      if (ticket.status !== 'waiting') throw new KioskFailure('nurse.reprint-not-waiting', `Ticket ${number} is no longer waiting`, { number });
      ctx.setAuditDetail(`#${ticket.number} ${ticket.day}`);
      // The print queue keeps the job when the printer is away: the desk can print it from there.
      try {
        const outcome = await printing.print({ kind: 'nurse.ticket', ref: ticket.id, language: ticket.language }, { waitMs: 3000 });
        return { number, status: outcome.status };
      } catch {
        return { number, status: 'failed' as const };
      }
    },
    'nurse.earlierOpenVisits': (_input, ctx) => {
      const day = today(ctx.now);
      return tickets
        .filter((t) => t.day < day && t.status === 'inVisit' && !visits.get(t.id)?.closedAt)
        .sort((a, b) => (a.day === b.day ? a.number - b.number : a.day < b.day ? -1 : 1))
        .map((t) => ({ ticketId: t.id, number: t.number, day: t.day }));
    },
    'nurse.startVisit': ({ ticketId }, ctx) =>
      queue.run(async () => {
        const current = ticketOf(ticketId);
        // A start that moved the ticket but did not write the visit (a crash between the two) is finished on retry.
        const open = visits.get(ticketId);
        const resumed = current.status === 'inVisit' && current.day === today(ctx.now) && !open?.closedAt;
        const ticket = resumed ? current : await moveNow(ticketId, 'inVisit', ctx);
        if (resumed) ctx.setAuditDetail(`#${ticket.number} ${ticket.day} → inVisit`);
        if (!visits.get(ticket.id)) {
          await visits.insert({
            id: ticket.id,
            ticketId: ticket.id,
            day: ticket.day,
            measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' },
            notes: '',
            referrals: [],
            followUp: { wanted: false, consent: false, contact: '' },
            handledWithout911: false,
            updatedAt: ctx.now.toISOString(),
            closedAt: null,
          });
        }
        return row(ticket);
      }),

    'nurse.visit': async ({ ticketId }, ctx) => {
      const stored = ticketOf(ticketId);
      // Every opening of a visit record is logged; the line names the ticket, never health details.
      await ctx.audit('nurse.viewVisit', `#${stored.number} ${stored.day}`);
      const { waitMinutes: _w, ahead: _a, ...ticket } = stored;
      const visit = visits.get(ticketId);
      return { ticket: ticket satisfies Ticket, visit: visit ? toVisit(visit) : null, screener: resultOf(screeners, stored) };
    },
    'nurse.saveVisit': (input, ctx) => saveVisit(input, ctx, false),
    'nurse.closeVisit': (input, ctx) => saveVisit(input, ctx, true),

    'nurse.printReferral': async ({ ticketId, language, englishCopy }, ctx) => {
      const ticket = ticketOf(ticketId);
      const visit = visits.get(ticketId);
      if (!visit || visit.referrals.length === 0) throw new KioskFailure('nurse.no-referrals', 'Save at least one referral first');
      ctx.setAuditDetail(`#${ticket.number} ${ticket.day}`);
      try {
        const outcome = await printing.print({ kind: 'nurse.referral', ref: ticketId, language, englishCopy }, { waitMs: 5000 });
        return { jobId: outcome.jobId, status: outcome.status };
      } catch {
        return { jobId: null, status: 'failed' };
      }
    },

    'nurse.resources': () => [...directory.get().resources].sort((a, b) => a.organisation.localeCompare(b.organisation)),
    'nurse.saveResource': async (input, ctx) => {
      const resource: Resource = { ...input, id: input.id ?? newId() };
      await directory.update((draft) => {
        const index = draft.resources.findIndex((r) => r.id === resource.id);
        if (index >= 0) draft.resources[index] = resource;
        else if (input.id !== undefined) throw new KioskFailure('nurse.unknown-resource', 'That resource is not in the directory');
        else draft.resources.push(resource);
      });
      ctx.setAuditDetail(`${resource.id} ${resource.organisation}`);
      return resource;
    },
    'nurse.exportResources': () => {
      const resources = directory.get().resources;
      return { csv: resourcesToCsv(resources, languagesToExport(settings.get().languages, resources.map((r) => r.text))) };
    },
    'nurse.importResources': async ({ csv }, ctx) => {
      const { resources: incoming, languages } = resourcesFromCsv(csv, newId);
      let added = 0;
      let updated = 0;
      await directory.update((draft) => {
        for (const resource of incoming) {
          const index = draft.resources.findIndex((r) => r.id === resource.id);
          if (index >= 0) {
            // A file without a language's columns (an older two-language file) leaves that language's text as it was.
            draft.resources[index] = { ...resource, text: mergeLanguages(resource.text, draft.resources[index]?.text, languages) };
            updated += 1;
          } else {
            draft.resources.push(resource);
            added += 1;
          }
        }
      });
      ctx.setAuditDetail(`added ${added}, updated ${updated}`);
      return { added, updated };
    },

    'nurse.screener': () => screeners.active(),
    'nurse.screeners': () => screeners.list(),
    'nurse.importScreener': async ({ json }, ctx) => {
      const imported = await screeners.import(json, ctx.now);
      ctx.setAuditDetail(imported.key);
      return imported;
    },
    'nurse.useScreener': async ({ key }, ctx) => {
      ctx.setAuditDetail(key);
      return screeners.use(key);
    },
    'nurse.settings': () => nurseSettings.get(),
    'nurse.updateSettings': (input) =>
      nurseSettings.update(() => ({
        ...input,
        weeklyHours: [...input.weeklyHours].sort((a, b) => a.weekday - b.weekday || minutesOf(a.open) - minutesOf(b.open)),
        closedDates: [...new Map(input.closedDates.map((d) => [d.date, d])).values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
      })),
    'nurse.stats': ({ cursor, limit }, ctx) => pageBy(statsDays(ctx), (d) => d.day, { order: 'desc', cursor, limit }),
  };

  return {
    handlers,
    purge: aggregateAndPurge,
    async seedDemo() {
      await directory.update((draft) => {
        // An empty directory but for the library's own programs gets the demo's.
        if (draft.resources.every((r) => r.category === 'library')) draft.resources.push(...demoResources());
      });
      await nurseSettings.update((s) => ({
        ...s,
        weeklyHours: [
          { weekday: 2, open: '10:00', close: '14:00' },
          { weekday: 4, open: '13:00', close: '17:00' },
          { weekday: 6, open: '10:00', close: '13:00' },
        ],
      }));
      return [`Nurse: ${directory.get().resources.length} demo resources in the referral directory.`];
    },
  };
}
