import type { hiveOperations, printStatusSchema } from '../../../shared/contract/hive';
import type { z } from 'zod';
import { KioskFailure } from '../../../shared/result';
import { summarise } from '../../../shared/domain/hive-summary';
import { pageBy } from '../../../shared/domain/paging';
import { addDays, localDateOf, localTimeOf, startOfLocalDay } from '../../../shared/domain/zoned-time';
import { waitlistPosition } from '../../../shared/domain/hive-workshops';
import { beforeCancelCutoff, cancelDeadline } from '../../../shared/domain/hive-slots';
import { FALLBACK_LANGUAGE, type LanguageCode } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import type { FeatureModule } from '../feature';
import type { CallContext } from '../context';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { registerHiveDocuments, mentorDayRef } from './hive-documents';
import { seedHiveDemo } from './hive-demo';
import { bookingsCsv, registrationsCsv } from './hive-export';
import { openHiveData } from './hive-records';
import { slidingWindowLimit } from '../platform/rate-limit';
import { createHiveService, sessionInstants } from './hive-service';
import { describeForVisitSlip } from './hive-visit-slip';

type PrintStatus = z.infer<typeof printStatusSchema>;
/** Limit checks per screen per minute: a patron types one phone; many numbers from one screen is probing. */
export const PATRON_LIMIT_CHECKS = { limit: 10, windowMs: 60_000 } as const;

export async function openHive(platform: Platform, printing: PrintService): Promise<FeatureModule<typeof hiveOperations>> {
  const data = await openHiveData(platform.store);
  const service = createHiveService(platform, data);
  await service.countPurgedOnce();
  registerHiveDocuments(printing, platform, data, service);
  describeForVisitSlip(platform, data, service);

  // The record is saved before this runs: paper trouble never undoes a booking ("printed at the desk").
  // A patron's own slip prints once per record, however often a lost answer makes the kiosk retry.
  const print = async (kind: string, ref: string, language: LanguageCode, once = false): Promise<PrintStatus> => {
    try {
      const request = { kind, ref, language };
      return (await (once ? printing.printOnce(request, { waitMs: 3000 }) : printing.print(request, { waitMs: 3000 }))).status;
    } catch {
      return 'desk';
    }
  };
  const staffLanguage = (): LanguageCode => platform.settings.get().defaultLanguage;
  const limitChecks = slidingWindowLimit(PATRON_LIMIT_CHECKS.limit, PATRON_LIMIT_CHECKS.windowMs);
  // Staff hear of everyone moved up from a waitlist who still needs a call (counts only: the home screen is shared).
  platform.alerts.addProvider(() => {
    const now = platform.store.clock.now();
    const toCall = service.promotionCalls(now).filter((c) => c.calledAt === null);
    const newest = toCall.at(-1);
    return newest ? [{ id: `hive-calls-${newest.registrationId}`, at: newest.promotedAt, level: 'warning' as const, code: 'hive.promoted-to-call', params: { count: toCall.length } }] : [];
  });
  /** Until when a time can be cancelled at the kiosk, and whether it still can be at `now` (a same-day time often cannot). */
  const cancelRuleOf = (start: string, now: Date) => ({
    cancelDeadline: cancelDeadline(start, service.settings().rules),
    cancellableAtKiosk: beforeCancelCutoff(start, now, service.settings().rules),
  });

  /** [from, to) of local dates as instants in the branch zone. */
  const range = (from: string, to: string) => {
    const tz = service.timeZone();
    return { from: startOfLocalDay(from, tz).getTime(), to: startOfLocalDay(addDays(to, 1), tz).getTime() };
  };
  /** `YYYY-MM-DD HH:MM` in the branch zone, for CSV cells. */
  const localStamp = (iso: string) => {
    const at = new Date(iso);
    return `${localDateOf(at, service.timeZone())} ${localTimeOf(at, service.timeZone())}`;
  };

  /** The visit's flags are counted for the day of a new record, never kept with it; a retry (its key already written) counts nothing. */
  const isRetry = (ctx: CallContext) => ctx.request !== null && (data.bookings.byRequest(ctx.request.key) ?? data.registrations.byRequest(ctx.request.key)) !== undefined;
  const countVisit = (visit: { earlier: number; handoff: boolean } | undefined, now: Date) => platform.counts.countVisit(visit, localDateOf(now, service.timeZone()));

  return {
    handlers: {
      'hive.catalog': () => service.catalog(),
      'hive.openTimes': (input, ctx) => service.openTimes(input, ctx.now).map((slot) => ({ ...slot, ...cancelRuleOf(slot.start, ctx.now) })),
      'hive.book': async ({ visit, ...input }, ctx) => {
        const retry = isRetry(ctx);
        const booking = await service.book(input, ctx);
        if (!retry) await countVisit(visit, ctx.now);
        ctx.setAuditDetail(`booking ${booking.code}`);
        return {
          ...service.bookingView(booking),
          printStatus: await print('hive.booking-slip', booking.id, booking.language, true),
          ...cancelRuleOf(booking.start, new Date(booking.createdAt)),
          visitSlip: platform.visitSlips.issue({ kind: 'hive-booking', id: booking.id }, ctx.caller, ctx.now),
        };
      },
      'hive.findByCode': (input, ctx) => service.lookupView(service.findByCode(input, ctx.now)),
      'hive.cancelByCode': async (input, ctx) => {
        const done = await service.cancelByCode(input, ctx);
        // As at the desk: a patron moved up from the waitlist gets a fresh slip.
        for (const p of done.promoted) await print('hive.workshop-slip', p.id, p.language);
        return { id: done.id, kind: done.kind };
      },
      'hive.workshops': (_input, ctx) =>
        service
          .workshops()
          .filter((w) => !w.cancelled && (sessionInstants(w, service.timeZone())[0]?.start.getTime() ?? 0) > ctx.now.getTime())
          .map(service.workshopView)
          .sort((a, b) => (a.starts[0] ?? '').localeCompare(b.starts[0] ?? '')),
      'hive.register': async ({ visit, ...input }, ctx) => {
        const retry = isRetry(ctx);
        const reg = await service.register(input, ctx);
        if (!retry) await countVisit(visit, ctx.now);
        ctx.setAuditDetail(`registration ${reg.code} (${reg.status})`);
        return {
          ...service.registrationView(reg),
          printStatus: await print('hive.workshop-slip', reg.id, reg.language, true),
          visitSlip: platform.visitSlips.issue({ kind: 'hive-registration', id: reg.id }, ctx.caller, ctx.now),
        };
      },
      'hive.patronLimits': (input, ctx) => {
        // Like check-in: one screen cannot probe many phone numbers. Keyed on the device the host names
        // (a reload or a made-up client header is the same screen).
        if (!limitChecks.take(ctx.caller.deviceId, ctx.now)) throw new KioskFailure('hive.too-many-checks', 'Too many checks from this screen; wait a minute');
        return service.patronLimits(input, ctx.now);
      },
      'hive.promotionCalls': (_input, ctx) => service.promotionCalls(ctx.now),
      'hive.markCalled': async (input, ctx) => {
        const call = await service.markCalled(input.registrationId, ctx);
        ctx.setAuditDetail(`registration ${call.code}: called about the seat`);
        return call;
      },
      'hive.schedule': (input) => service.schedule(input),
      'hive.booking': (input) => service.bookingView(service.booking(input.id)),
      'hive.cancelBooking': async (input, ctx) => {
        const b = await service.cancelBooking(input, ctx);
        // The free-text reason stays on the booking (purged with it), not in the longer-kept audit log.
        ctx.setAuditDetail(`booking ${b.code} cancelled`);
        return service.bookingView(b);
      },
      'hive.markBooking': async (input, ctx) => {
        const b = await service.markBooking(input);
        ctx.setAuditDetail(`booking ${b.code} ${b.status}`);
        return service.bookingView(b);
      },
      'hive.workshopDetail': (input) => {
        const w = service.workshopById(input.id);
        if (!w) throw notFound();
        const regs = service.registrationsOf(w.id).sort((a, b) => a.seq - b.seq);
        return { workshop: service.workshopView(w), registrations: regs.map((r) => service.registrationView(r, regs)) };
      },
      'hive.cancelRegistration': async (input, ctx) => {
        const { cancelled, promoted } = await service.cancelRegistration(input, ctx);
        ctx.setAuditDetail(`registration ${cancelled.code} cancelled${promoted.length ? `; promoted ${promoted.map((p) => p.code).join(', ')}` : ''}`);
        // A patron moved up from the waitlist gets a fresh slip at the desk.
        for (const p of promoted) await print('hive.workshop-slip', p.id, p.language);
        return { cancelled: service.registrationView(cancelled), promoted: promoted.map((p) => service.registrationView(p)) };
      },
      'hive.checkIn': async (input, ctx) => {
        const r = await service.checkIn(input);
        ctx.setAuditDetail(`attendance ${r.code} session ${input.session + 1}`);
        return service.registrationView(r);
      },
      'hive.printRoster': async (input) => {
        if (!service.workshopById(input.workshopId)) throw notFound();
        return { printStatus: await print('hive.roster', input.workshopId, staffLanguage()) };
      },
      'hive.printMentorDay': async (input) => {
        if (!service.mentorById(input.mentorId)) throw notFound();
        return { printStatus: await print('hive.mentor-day', mentorDayRef(input.mentorId, input.date), staffLanguage()) };
      },
      'hive.export': (input) => {
        const { from, to } = range(input.from, input.to);
        if (input.what === 'bookings') {
          const rows = data.bookings.filter((b) => Date.parse(b.start) >= from && Date.parse(b.start) < to).sort((a, b) => a.start.localeCompare(b.start));
          return {
            filename: `hive-bookings-${input.from}-to-${input.to}.csv`,
            rows: rows.length,
            csv: bookingsCsv(rows, (id) => service.mentorById(id)?.displayName ?? '', localStamp),
          };
        }
        const tz = service.timeZone();
        const inRange = new Set(
          service
            .workshops()
            .filter((w) => sessionInstants(w, tz).some((s) => s.start.getTime() >= from && s.start.getTime() < to))
            .map((w) => w.id),
        );
        const rows = data.registrations.filter((r) => inRange.has(r.workshopId)).sort((a, b) => a.seq - b.seq);
        // `rows` holds every registration of each workshop in range: positions come from it, not a lookup per row.
        const byWorkshop = new Map<string, typeof rows>();
        for (const r of rows) byWorkshop.set(r.workshopId, [...(byWorkshop.get(r.workshopId) ?? []), r]);
        return {
          filename: `hive-registrations-${input.from}-to-${input.to}.csv`,
          rows: rows.length,
          csv: registrationsCsv(rows, service.workshopById, localStamp, (r) => waitlistPosition(r.id, byWorkshop.get(r.workshopId) ?? [])),
        };
      },
      'hive.summary': (input) => {
        const { from, to } = range(input.from, input.to);
        const tz = service.timeZone();
        const bookings = data.bookings.filter((b) => Date.parse(b.start) >= from && Date.parse(b.start) < to);
        const workshops = service
          .workshops()
          .filter((w) => !w.cancelled && sessionInstants(w, tz).some((s) => s.start.getTime() >= from && s.start.getTime() < to))
          .map(service.workshopView);
        return summarise(bookings, workshops);
      },
      'hive.settings': () => service.settings(),
      'hive.saveSettings': async (input, ctx) => {
        ctx.setAuditDetail('hive settings saved');
        return service.saveSettings(input);
      },
      'hive.mentors': () => service.mentors(),
      'hive.saveMentor': async (input, ctx) => {
        const m = await service.saveMentor(input);
        ctx.setAuditDetail(`mentor ${m.displayName} saved`);
        return m;
      },
      'hive.allWorkshops': ({ cursor, limit }) => {
        const page = pageBy(service.workshops(), (w) => `${sessionInstants(w, service.timeZone())[0]?.start.toISOString() ?? ''} ${w.id}`, { order: 'desc', cursor, limit });
        return { ...page, items: page.items.map(service.workshopView) };
      },
      'hive.saveWorkshop': async (input, ctx) => {
        const w = await service.saveWorkshop(input, ctx);
        ctx.setAuditDetail(`workshop ${textIn(w.title, FALLBACK_LANGUAGE)} saved (capacity ${w.capacity})`);
        return w;
      },
    },
    purge: (now) => service.purge(now),
    seedDemo: () => seedHiveDemo(platform, data),
  };
}

function notFound() {
  return new KioskFailure('not-found', 'No such record');
}
