// What the hive area keeps on disk: settings, mentors and workshops as docs; bookings and registrations as records.
import { z } from 'zod';
import { bookingSchema, hiveSettingsSchema, mentorSchema, registrationSchema, workshopSchema, type HiveSettings } from '../../../shared/contract/hive';
import type { RequestStamp } from '../context';
import { requestKeysOf, requestsField } from '../idempotency';
import { migrationsOf, type Migration } from '../store/migrations';
import { monthOf, type Counter, type Doc, type Records, type Store } from '../store/store';
import { hiveBookings2RequestKeys } from './migrations/hive-bookings-2-request-keys';
import { hiveMentors2RoomsPerLanguage } from './migrations/hive-mentors-2-rooms-per-language';
import { hiveRegistrations2RequestKeys } from './migrations/hive-registrations-2-request-keys';
import { hiveWorkshops2RoomsPerLanguage } from './migrations/hive-workshops-2-rooms-per-language';

// Stored records are the views the contract declares (same field rules), with ids and instants
// kept as plain strings as written, plus what only the store needs.
const stored = {
  id: z.string(),
  phoneKey: z.string(),
  emailKey: z.string(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  assistedBy: z.string(),
  /** Personal details removed by the retention purge; counts remain. */
  purged: z.boolean(),
  /** The patron's requests that wrote this record (book, register, cancel), by idempotency key. */
  ...requestsField,
};
const patronFields = { code: true, status: true, name: true, phone: true, email: true, language: true, cancelReason: true } as const;

export const bookingRecordSchema = bookingSchema
  .pick({ ...patronFields, area: true, stage: true, industry: true, wants: true })
  .extend({ ...stored, mentorId: z.string(), start: z.string(), end: z.string() });
export type BookingRecord = z.infer<typeof bookingRecordSchema>;

export const registrationRecordSchema = registrationSchema
  .pick({ ...patronFields, answers: true, attended: true })
  .extend({
    ...stored,
    workshopId: z.string(),
    /** Arrival order: the waitlist is first come, first served. */
    seq: z.int(),
    promotedAt: z.string().nullable(),
  });
export type RegistrationRecord = z.infer<typeof registrationRecordSchema>;

const mentorsDocSchema = z.object({ mentors: z.array(mentorSchema) });
/** Staff phoned a patron who moved up from a waitlist (the kiosk sends no texts): who and when, by registration id. */
const promotionCallsDocSchema = z.object({ calls: z.array(z.object({ registrationId: z.string(), calledAt: z.string(), calledBy: z.string() })) });
const workshopsDocSchema = z.object({ workshops: z.array(workshopSchema) });

export const defaultHiveSettings = (): HiveSettings => ({
  rules: { maxDaysAhead: 30, minNoticeHours: 2, cancelCutoffHours: 24, maxUpcomingPerPatron: 2 },
  areas: [
    { id: 'business-plan', name: { en: 'Business plan', es: 'Plan de negocio', ar: 'خطة المشروع', vi: 'Kế hoạch kinh doanh' } },
    { id: 'marketing', name: { en: 'Marketing', es: 'Mercadeo', ar: 'التسويق', vi: 'Tiếp thị' } },
    { id: 'finance', name: { en: 'Finance and funding', es: 'Finanzas y financiamiento', ar: 'المال والتمويل', vi: 'Tài chính và vốn' } },
    { id: 'legal', name: { en: 'Legal basics', es: 'Aspectos legales básicos', ar: 'أساسيات قانونية', vi: 'Kiến thức pháp lý cơ bản' } },
    { id: 'technology', name: { en: 'Technology', es: 'Tecnología', ar: 'التكنولوجيا', vi: 'Công nghệ' } },
  ],
  closings: [],
  whatToBring: {
    en: 'Your questions, any notes or business plan draft, and a pen.',
    es: 'Tus preguntas, tus notas o el borrador de tu plan de negocio, y un bolígrafo.',
    ar: 'أسئلتك، وأي ملاحظات أو مسودة لخطة مشروعك، وقلم.',
    vi: 'Các câu hỏi của bạn, ghi chú hoặc bản nháp kế hoạch kinh doanh, và một cây bút.',
  },
});

export type HiveData = {
  settings: Doc<HiveSettings>;
  mentors: Doc<z.infer<typeof mentorsDocSchema>>;
  workshops: Doc<z.infer<typeof workshopsDocSchema>>;
  bookings: Records<BookingRecord>;
  registrations: Records<RegistrationRecord>;
  /** Arrival order of registrations (the waitlist's order): never reused after a restore. */
  registrationSeq: Counter;
  promotionCalls: Doc<z.infer<typeof promotionCallsDocSchema>>;
};

export async function openHiveData(store: Store): Promise<HiveData> {
  const settings = await store.doc({ name: 'hive-settings', schema: hiveSettingsSchema, version: 1, defaults: defaultHiveSettings });
  const mentors = await store.doc({ name: 'hive-mentors', schema: mentorsDocSchema, ...migrationsOf([hiveMentors2RoomsPerLanguage]), defaults: () => ({ mentors: [] }) });
  const workshops = await store.doc({ name: 'hive-workshops', schema: workshopsDocSchema, ...migrationsOf([hiveWorkshops2RoomsPerLanguage]), defaults: () => ({ workshops: [] }) });
  // Patron names, contacts and business answers: encrypted at rest. Files from before encryption are
  // read once and re-written encrypted.
  const patronRecords = <T extends { id: string; createdAt: string; requests: RequestStamp[] }>(name: string, schema: z.ZodType<T>, steps: Migration[]) =>
    store.records({ name, schema, ...migrationsOf(steps), encrypted: true, legacyPlain: true, partitionOf: (r) => monthOf(r.createdAt), requestKeysOf });
  const bookings = await patronRecords('hive-bookings', bookingRecordSchema, [hiveBookings2RequestKeys]);
  const registrations = await patronRecords('hive-registrations', registrationRecordSchema, [hiveRegistrations2RequestKeys]);
  const registrationSeq = await store.counter('hive-registration-seq', { seen: Math.max(0, ...registrations.all().map((r) => r.seq)) });
  // Ids, times and staff names only: the patron's contact stays in the (encrypted) registration.
  const promotionCalls = await store.doc({ name: 'hive-promotion-calls', schema: promotionCallsDocSchema, version: 1, defaults: () => ({ calls: [] }) });
  return { settings, mentors, workshops, bookings, registrations, registrationSeq, promotionCalls };
}
