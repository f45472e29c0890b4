// The visit slip (receipt paper): what a patron did today across the services, in their language, rendered from
// the facts each area gives of its own records (shared/domain/visit-slip.ts). No name, phone, card, nurse reason
// or screener answer can reach it: the facts do not carry them.
import { formatDate, formatDigits, formatInteger, formatTimeRange } from '../../../shared/domain/format';
import { formatPickup } from '../../../shared/domain/grocery-schedule';
import type { VisitSlipFacts, VisitSlipKind, VisitSlipPart } from '../../../shared/domain/visit-slip';
import type { LanguageCode } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import { KioskFailure } from '../../../shared/result';
import type { Platform } from '../platform/platform';
import type { DocumentTemplate } from '../printing/print-api';
import { html, type SafeHtml } from '../printing/templates/html';
import { bigNumber, fieldList, note, section } from '../printing/templates/layout';
import { translatorFor, type Translate } from '../printing/templates/translator';
import type { VisitSlipRecord } from './visit-records';

type Context = { t: Translate; language: LanguageCode; timeZone: string; branchName: string };
type PartRenderer<K extends VisitSlipKind> = (facts: VisitSlipFacts[K], c: Context) => SafeHtml;

/** "Monday, November 30, 2026, 3:00 – 3:30 PM", with the language's own comma. */
const when = (span: { start: string; end: string }, c: Context): string =>
  c.t('visit.print.dateTime', { date: formatDate(span.start, c.language, c.timeZone), time: formatTimeRange(span.start, span.end, c.language, c.timeZone) });

const cancelledOr = (cancelled: boolean, c: Context, body: () => SafeHtml): SafeHtml => (cancelled ? html`<p><strong>${c.t('visit.print.cancelled')}</strong></p>` : body());

/** One section per record, by kind. */
const renderers: { [K in VisitSlipKind]: PartRenderer<K> } = {
  'grocery-order': (f, c) =>
    section(
      c.t('visit.print.groceryTitle'),
      html`${bigNumber(c.t('visit.print.orderNumber'), formatDigits(f.number, c.language))}${cancelledOr(f.cancelled, c, () =>
        fieldList([
          [c.t('visit.print.pickup'), formatPickup(f.window, c.language, c.timeZone)],
          [c.t('visit.print.where'), c.t('visit.print.frontDesk', { branch: c.branchName })],
        ]),
      )}`,
    ),
  'hive-booking': (f, c) =>
    section(
      c.t('visit.print.mentorTitle'),
      cancelledOr(f.cancelled, c, () =>
        fieldList([
          [c.t('visit.print.when'), when(f, c)],
          [c.t('visit.print.mentor'), f.mentorFirstName],
          [c.t('visit.print.room'), textIn(f.room, c.language)],
        ]),
      ),
    ),
  'hive-registration': (f, c) =>
    section(
      c.t('visit.print.workshopTitle', { title: textIn(f.title, c.language) }),
      cancelledOr(
        f.cancelled,
        c,
        () => html`<ul>${f.sessions.map((s) => html`<li>${when(s, c)}</li>`)}</ul>
          ${fieldList([[c.t('visit.print.room'), textIn(f.room, c.language)]])}
          <p><strong>${f.waitlistPosition === null ? c.t('visit.print.seat') : c.t('visit.print.waitlisted', { position: formatInteger(f.waitlistPosition, c.language) })}</strong></p>`,
      ),
    ),
  'nurse-ticket': (f, c) => section(c.t('visit.print.nurseTitle'), html`${bigNumber(c.t('visit.print.queueNumber'), formatInteger(f.number, c.language))}<p>${c.t('visit.print.watch')}</p>`),
};

function renderPart<K extends VisitSlipKind>(part: { kind: K; id: string }, platform: Platform, c: Context): SafeHtml | null {
  const facts = platform.visitSlips.factsOf(part);
  // A record gone since (purged) is left out; the rest of the visit still prints.
  return facts ? (renderers[part.kind] as PartRenderer<K>)(facts, c) : null;
}

export function visitSlipTemplate(platform: Platform, find: (ref: string) => VisitSlipRecord | undefined): DocumentTemplate {
  return {
    paper: 'receipt',
    // It lists several services' records of one patron: the desk may reprint it, as it may each service's slip.
    roles: ['librarian', 'admin'],
    render(ref, language) {
      const slip = find(ref);
      if (!slip) throw new KioskFailure('not-found', `No visit slip ${ref}`);
      const { branch } = platform.settings.get();
      const c: Context = { t: translatorFor(language), language, timeZone: branch.timeZone, branchName: branch.name };
      const parts = slip.parts.map((part: VisitSlipPart) => renderPart(part, platform, c));
      return {
        title: c.t('visit.print.title'),
        // The layout adds the branch, its hours and the date and time printed.
        body: html`${parts}${note(c.t('visit.print.keep'))}`,
      };
    },
  };
}
