// Printed documents of the hive area: slips for patrons (receipt paper), roster and mentor day sheet (sheet paper).
import type { LanguageCode } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import { KioskFailure } from '../../../shared/result';
import { startOfLocalDay, addDays } from '../../../shared/domain/zoned-time';
import { waitlistPosition, byArrival } from '../../../shared/domain/hive-workshops';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { html } from '../printing/templates/html';
import { branchPhoneParams, formatDate, formatDayTime, formatPhone, formatTime, roundedUpSpan } from '../../../shared/domain/format';
import { sayDuration } from '../../../shared/locales/durations';
import { beforeCancelCutoff, cancelDeadline } from '../../../shared/domain/hive-slots';
import { waitlistHearing } from '../../../shared/domain/hive-workshops';
import { fieldList, itemTable } from '../printing/templates/layout';
import { translatorFor as translator } from '../printing/templates/translator';
import type { HiveData } from './hive-records';
import { firstName } from '../../../shared/domain/format';
import { sessionInstants, type HiveService } from './hive-service';

const formatters = (language: LanguageCode, timeZone: string) => ({
  date: (at: string | Date) => formatDate(at, language, timeZone),
  time: (at: string | Date) => formatTime(at, language, timeZone),
  dayTime: (at: string | Date) => formatDayTime(at, language, timeZone),
});

const contactOf = (p: { phone: string; email: string }): string => [p.phone ? formatPhone(p.phone) : '', p.email].filter(Boolean).join(' / ');

// Bookings, rosters and mentor days hold patron names and contacts: only the desk roles may see them.
const HIVE_ROLES = ['librarian', 'admin'] as const;

export const mentorDayRef = (mentorId: string, date: string): string => `${mentorId}|${date}`;

export function registerHiveDocuments(printing: PrintService, platform: Platform, data: HiveData, service: HiveService): void {
  const tz = () => platform.settings.get().branch.timeZone;
  const branch = () => platform.settings.get().branch;

  printing.registerDocument('hive.booking-slip', {
    paper: 'receipt',
    roles: HIVE_ROLES,
    render(ref, language) {
      const booking = data.bookings.get(ref);
      if (!booking) throw new KioskFailure('not-found', 'No such booking');
      const t = translator(language);
      const f = formatters(language, tz());
      const mentor = service.mentorById(booking.mentorId);
      const rules = service.settings().rules;
      // The real deadline of this booking; one made inside the cut-off says it cannot be cancelled at the kiosk.
      const phone = branchPhoneParams(branch().phone);
      const cancelText = beforeCancelCutoff(booking.start, new Date(booking.createdAt), rules)
        ? t('hive.cancelRule.until', { deadline: f.dayTime(cancelDeadline(booking.start, rules)), ...phone })
        : t('hive.cancelRule.tooLate', { duration: sayDuration(t, roundedUpSpan(rules.cancelCutoffHours * 60), language), ...phone });
      return {
        title: t('hive.print.bookingTitle'),
        qrText: booking.code,
        // The layout prints the title and the branch header: the body starts with the booking.
        body: html`${fieldList([
          [t('hive.print.date'), f.date(booking.start)],
          [t('hive.print.time'), `${f.time(booking.start)} – ${f.time(booking.end)}`],
          [t('hive.print.mentor'), firstName(mentor?.displayName ?? '')],
          [t('hive.print.room'), textIn(mentor?.room, language)],
          [t('hive.print.code'), html`<strong>${booking.code}</strong>`],
        ])}
          <h2>${t('hive.print.bring')}</h2>
          <p>${textIn(service.settings().whatToBring, language)}</p>
          <h2>${t('hive.print.cancelTitle')}</h2>
          <p>${cancelText}</p>`,
      };
    },
  });

  printing.registerDocument('hive.workshop-slip', {
    paper: 'receipt',
    roles: HIVE_ROLES,
    render(ref, language) {
      const reg = data.registrations.get(ref);
      if (!reg) throw new KioskFailure('not-found', 'No such registration');
      const workshop = service.workshopById(reg.workshopId);
      if (!workshop) throw new KioskFailure('not-found', 'No such workshop');
      const t = translator(language);
      const f = formatters(language, tz());
      const position = waitlistPosition(reg.id, service.registrationsOf(workshop.id));
      const hearing = waitlistHearing(reg);
      // A waitlisted patron has no seat: the slip says so, their place, and how they will hear; never "show this at the door".
      const status =
        reg.status === 'waitlisted' && position
          ? html`<h2>${t('hive.print.waitlistTitle')}</h2>
              <p><strong>${t('hive.print.waitlisted', { position })}</strong></p>
              ${hearing ? html`<p>${t(`hive.waitlist.${hearing.key}`, hearing.params)}</p>` : null}
              <p>${t('hive.waitlist.noSeatYet')}</p>`
          : html`<p><strong>${t('hive.print.registered')}</strong></p>`;
      return {
        title: t('hive.print.workshopTitle'),
        qrText: reg.code,
        body: html`<h2>${textIn(workshop.title, language)}</h2>
          ${status}
          <h2>${workshop.sessions.length > 1 ? t('hive.print.series', { count: workshop.sessions.length }) : t('hive.print.date')}</h2>
          <ul>${sessionInstants(workshop, tz()).map((s) => html`<li>${f.date(s.start)}, ${f.time(s.start)} – ${f.time(s.end)}</li>`)}</ul>
          ${fieldList([
            [t('hive.print.room'), textIn(workshop.room, language)],
            [t('hive.print.presenter'), workshop.presenter],
            [t('hive.print.code'), html`<strong>${reg.code}</strong>`],
          ])}
          ${reg.status === 'registered' ? html`<p>${t('hive.print.showCode')}</p>` : null}
          <p>${t('hive.print.cancelWorkshop', branchPhoneParams(branch().phone))}</p>`,
      };
    },
  });

  printing.registerDocument('hive.roster', {
    paper: 'sheet',
    roles: HIVE_ROLES,
    render(ref, language) {
      const workshop = service.workshopById(ref);
      if (!workshop) throw new KioskFailure('not-found', 'No such workshop');
      const t = translator(language);
      const f = formatters(language, tz());
      const regs = service.registrationsOf(workshop.id).sort(byArrival);
      const seated = regs.filter((r) => r.status === 'registered').sort((a, b) => a.name.localeCompare(b.name));
      const waiting = regs.filter((r) => r.status === 'waitlisted');
      const sessions = sessionInstants(workshop, tz());
      return {
        title: `${t('hive.print.rosterTitle')}: ${textIn(workshop.title, language)}`,
        body: html`<p>${sessions.map((s) => `${f.date(s.start)} ${f.time(s.start)}`).join(' · ')} — ${textIn(workshop.room, language)} — ${workshop.presenter}</p>
          <p>${t('hive.print.seats', { registered: seated.length, capacity: workshop.capacity, waitlisted: waiting.length })}</p>
          ${itemTable(
            [t('hive.print.name'), t('hive.print.contact'), t('hive.print.code'), ...sessions.map((_, i) => t('hive.print.sessionN', { n: i + 1 }))],
            seated.map((r) => [r.name, contactOf(r), r.code, ...sessions.map((_, i) => (r.attended.includes(i) ? '✔' : '☐'))]),
          )}
          <h2>${t('hive.print.waitlist')}</h2>
          ${waiting.length === 0 ? html`<p>${t('hive.print.none')}</p>` : html`<ol>${waiting.map((r) => html`<li>${r.name} — ${contactOf(r)} (${r.code})</li>`)}</ol>`}`,
      };
    },
  });

  printing.registerDocument('hive.mentor-day', {
    paper: 'sheet',
    roles: HIVE_ROLES,
    render(ref, language) {
      const [mentorId, date] = ref.split('|');
      const mentor = mentorId ? service.mentorById(mentorId) : undefined;
      if (!mentor || !date) throw new KioskFailure('not-found', 'No such mentor day');
      const t = translator(language);
      const f = formatters(language, tz());
      const from = startOfLocalDay(date, tz()).getTime();
      const to = startOfLocalDay(addDays(date, 1), tz()).getTime();
      const bookings = data.bookings
        .filter((b) => b.mentorId === mentor.id && b.status !== 'cancelled' && Date.parse(b.start) >= from && Date.parse(b.start) < to)
        .sort((a, b) => a.start.localeCompare(b.start));
      return {
        title: `${t('hive.print.mentorDayTitle')}: ${mentor.displayName}`,
        body: html`<p>${f.date(startOfLocalDay(date, tz()))} — ${textIn(mentor.room, language)}</p>
          ${bookings.length === 0
            ? html`<p>${t('hive.print.none')}</p>`
            : // Not itemTable: its last column is right-aligned for amounts, and here it is free text.
              html`<table>
                <thead><tr><th>${t('hive.print.time')}</th><th>${t('hive.print.name')}</th><th>${t('hive.print.contact')}</th><th>${t('hive.print.stage')}</th><th>${t('hive.print.industry')}</th><th>${t('hive.print.wants')}</th></tr></thead>
                <tbody>${bookings.map(
                  (b) => html`<tr><td>${f.time(b.start)}</td><td>${b.name}</td><td>${contactOf(b)}</td><td>${t(`hive.stage.${b.stage}`)}</td><td>${b.industry}</td><td>${b.wants}</td></tr>`,
                )}</tbody>
              </table>`}`,
      };
    },
  });
}
