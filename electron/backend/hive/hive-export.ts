// CSV for the partner network. Cells that a spreadsheet would run as a formula are escaped (platform/csv).
import type { BookingRecord, RegistrationRecord } from './hive-records';
import type { Workshop } from '../../../shared/contract/hive';
import { FALLBACK_LANGUAGE } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import { toCsv } from '../platform/csv';

export function bookingsCsv(bookings: BookingRecord[], mentorName: (id: string) => string, local: (iso: string) => string): string {
  return toCsv(
    ['code', 'start', 'end', 'mentor', 'area', 'status', 'stage', 'industry', 'wants', 'name', 'phone', 'email', 'language', 'booked_at', 'cancel_reason'],
    bookings.map((b) => [b.code, local(b.start), local(b.end), mentorName(b.mentorId), b.area, b.status, b.stage, b.industry, b.wants, b.name, b.phone, b.email, b.language, local(b.createdAt), b.cancelReason]),
  );
}

export function registrationsCsv(regs: RegistrationRecord[], workshopOf: (id: string) => Workshop | undefined, local: (iso: string) => string, position: (r: RegistrationRecord) => number | null): string {
  return toCsv(
    ['code', 'workshop', 'first_date', 'status', 'waitlist_position', 'name', 'phone', 'email', 'language', 'sessions_attended', 'answers', 'registered_at', 'promoted_at'],
    regs.map((r) => {
      const w = workshopOf(r.workshopId);
      return [
        r.code,
        textIn(w?.title, FALLBACK_LANGUAGE),
        w?.sessions[0]?.date ?? '',
        r.status,
        position(r) ?? '',
        r.name,
        r.phone,
        r.email,
        r.language,
        r.attended.map((i) => i + 1).join(' '),
        r.answers.map((a) => `${a.questionId}: ${a.answer}`).join('; '),
        local(r.createdAt),
        r.promotedAt ? local(r.promotedAt) : '',
      ];
    }),
  );
}
