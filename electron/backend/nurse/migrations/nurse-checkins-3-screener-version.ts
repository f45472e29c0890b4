// nurse-checkins/*, schema 2 → 3: a check-in names the screener version its answers were given in, so a later
// imported wording never reinterprets them. Check-ins from before were answered in the shipped plain-language
// version; one without answers names none.
import { PLAIN_LANGUAGE_KEY } from '../../../../shared/domain/nurse-screener';
import { eachObject, type Migration } from '../../store/migrations';

export const nurseCheckins3ScreenerVersion: Migration = {
  to: 3,
  name: 'screener version on check-ins',
  up: (data) => eachObject(data, (ticket) => ({ ...ticket, screenerVersion: ticket.screener === null || ticket.screener === undefined ? null : PLAIN_LANGUAGE_KEY })),
};
