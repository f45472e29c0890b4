// What the visit slip prints of hive records: times, the room, the mentor's first name (as the booking slip does),
// a workshop's title and waitlist place. Never the patron's name, contact or intake answers.
import { waitlistPosition } from '../../../shared/domain/hive-workshops';
import type { Platform } from '../platform/platform';
import type { HiveData } from './hive-records';
import { firstName } from '../../../shared/domain/format';
import { sessionInstants, type HiveService } from './hive-service';

export function describeForVisitSlip(platform: Platform, data: HiveData, service: HiveService): void {
  platform.visitSlips.describe('hive-booking', (id) => {
    const booking = data.bookings.get(id);
    if (!booking) return undefined;
    const mentor = service.mentorById(booking.mentorId);
    return {
      start: booking.start,
      end: booking.end,
      mentorFirstName: firstName(mentor?.displayName ?? ''),
      room: mentor?.room ?? {},
      cancelled: booking.status === 'cancelled',
    };
  });
  platform.visitSlips.describe('hive-registration', (id) => {
    const reg = data.registrations.get(id);
    const workshop = reg ? service.workshopById(reg.workshopId) : undefined;
    if (!reg || !workshop) return undefined;
    return {
      title: workshop.title,
      sessions: sessionInstants(workshop, service.timeZone()).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
      room: workshop.room,
      waitlistPosition: reg.status === 'waitlisted' ? waitlistPosition(reg.id, service.registrationsOf(workshop.id)) : null,
      cancelled: reg.status === 'cancelled' || workshop.cancelled,
    };
  });
}
