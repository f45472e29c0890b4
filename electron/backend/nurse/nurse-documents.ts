// The nurse's printed documents: the patron's ticket (number only) and the referral sheet.
import type { NurseSettings } from '../../../shared/contract/nurse';
import { formatClosingTime, formatInteger, formatPhone, lengthSpan } from '../../../shared/domain/format';
import { resourceTextIn, type Resource } from '../../../shared/domain/nurse-directory';
import { weeklyHoursLines } from '../../../shared/domain/nurse-hours';
import { sayDuration } from '../../../shared/locales/durations';
import { KioskFailure } from '../../../shared/result';
import type { DocumentTemplate, PrintService } from '../printing/print-api';
import { html, type SafeHtml } from '../printing/templates/html';
import { bigNumber, fieldList, note, section } from '../printing/templates/layout';
import { translatorFor } from '../printing/templates/translator';

type TicketForPrint = { number: number; waitMinutes: number; ahead: number; createdAt: string };

/**
 * `closesAt`: when check-in closed or closes on the ticket's day (null: not known), so the ticket can say that
 * everyone with a ticket is seen; `timeZone`: the branch's.
 */
function ticketTemplate(
  find: (ref: string) => TicketForPrint | undefined,
  closesAt: (ticket: TicketForPrint) => string | null,
  timeZone: () => string,
): DocumentTemplate {
  return {
    paper: 'receipt',
    // The ticket shows a number only, so the desk may reprint it too.
    roles: ['nurse', 'librarian', 'admin'],
    render(ref, language) {
      const ticket = find(ref);
      if (!ticket) throw new KioskFailure('not-found', `No ticket ${ref}`);
      const t = translatorFor(language);
      // Number only: a ticket left on a table must not say who it was or why they came.
      const closes = closesAt(ticket);
      return {
        title: t('nurse.print.ticketTitle', { number: ticket.number }),
        body: html`${bigNumber(t('nurse.print.ticketHeading'), formatInteger(ticket.number, language))}
          ${note(ticket.ahead === 0 ? t('nurse.ticket.next') : t('nurse.ticket.wait', { duration: sayDuration(t, lengthSpan(ticket.waitMinutes), language) }))}
          ${closes ? note(t('nurse.ticket.lastCheckIn', { time: formatClosingTime(closes, language, timeZone(), t('nurse.hours.midnight')) })) : null}
          ${note(t('nurse.print.ticketWatch'))}
          ${note(t('nurse.emergency.body'))}`,
      };
    },
  };
}

/** Multi-line text (hours, one line per day) keeps its lines on paper. */
const lines = (text: string): SafeHtml => html`${text.split('\n').map((line, i) => html`${i > 0 ? html`<br />` : null}${line}`)}`;

type ReferralForPrint = { resources: Resource[] };

function referralTemplate(find: (ref: string) => ReferralForPrint | undefined, nurseSettings: () => NurseSettings): DocumentTemplate {
  return {
    paper: 'sheet',
    roles: ['nurse'],
    render(ref, language) {
      const referral = find(ref);
      if (!referral) throw new KioskFailure('not-found', `No visit ${ref}`);
      const t = translatorFor(language);
      // The layout prints the title, the branch (address, phone, opening hours); the sheet adds the nurse's hours.
      // The nurse's hours as days and times in the sheet's language, then the note kept with them.
      const { weeklyHours, hoursNote } = nurseSettings();
      const nurseHours = [...weeklyHoursLines(weeklyHours, language), ...(hoursNote.trim() ? [hoursNote.trim()] : [])].join('\n');
      const filled = (rows: [string, string][]) => fieldList(rows.filter(([, value]) => value.trim() !== '').map(([label, value]) => [label, lines(value)] as const));
      return {
        title: t('nurse.print.referralTitle'),
        body: html`${note(t('nurse.print.referralIntro'))}
          ${referral.resources.map((resource) => {
            const text = resourceTextIn(resource, language);
            return section(
              resource.organisation,
              html`<p><strong>${text.programme}</strong> · ${t(`nurse.categories.${resource.category}`)}</p>
                ${filled([
                  [t('nurse.resource.helpsWith'), text.helpsWith],
                  [t('nurse.resource.address'), resource.address],
                  [t('nurse.resource.phone'), formatPhone(resource.phone)],
                  [t('nurse.resource.website'), resource.website],
                  [t('nurse.resource.hours'), text.hours],
                  [t('nurse.resource.eligibility'), text.eligibility],
                  [t('nurse.resource.languages'), text.languages],
                  [t('nurse.resource.documents'), text.documents],
                  [t('nurse.resource.fees'), text.fees],
                  [t('nurse.resource.accessibility'), text.accessibility],
                  [t('nurse.resource.nextStep'), text.nextStep],
                ])}`,
            );
          })}
          ${nurseHours !== '' ? section(t('nurse.print.nurseHours'), html`<p>${lines(nurseHours)}</p>`) : null}
          ${note(t('nurse.print.emergency'))}`,
      };
    },
  };
}

type Sources = {
  ticket: (ref: string) => TicketForPrint | undefined;
  closesAt: (ticket: TicketForPrint) => string | null;
  timeZone: () => string;
  referral: (ref: string) => ReferralForPrint | undefined;
  nurseSettings: () => NurseSettings;
};

export function registerNurseDocuments(printing: PrintService, sources: Sources): void {
  printing.registerDocument('nurse.ticket', ticketTemplate(sources.ticket, sources.closesAt, sources.timeZone));
  printing.registerDocument('nurse.referral', referralTemplate(sources.referral, sources.nurseSettings));
}
