// What the hive area keeps on disk: settings, mentors and workshops as docs; bookings and registrations as records.
import { z } from 'zod';
import { bookingSchema, hiveSettingsSchema, mentorSchema, registrationSchema, workshopSchema, type HiveSettings } from '../../../shared/contract/hive';
import { monthOf, type Doc, type Records, type Store } from '../store/store';

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
    { id: 'business-plan', name: { en: 'Business plan', es: 'Plan de negocio' } },
    { id: 'marketing', name: { en: 'Marketing', es: 'Mercadeo' } },
    { id: 'finance', name: { en: 'Finance and funding', es: 'Finanzas y financiamiento' } },
    { id: 'legal', name: { en: 'Legal basics', es: 'Aspectos legales básicos' } },
    { id: 'technology', name: { en: 'Technology', es: 'Tecnología' } },
  ],
  closings: [],
  whatToBring: {
    en: 'Your questions, any notes or business plan draft, and a pen.',
    es: 'Tus preguntas, tus notas o el borrador de tu plan de negocio, y un bolígrafo.',
  },
});

export type HiveData = {
  settings: Doc<HiveSettings>;
  mentors: Doc<z.infer<typeof mentorsDocSchema>>;
  workshops: Doc<z.infer<typeof workshopsDocSchema>>;
  bookings: Records<BookingRecord>;
  registrations: Records<RegistrationRecord>;
  promotionCalls: Doc<z.infer<typeof promotionCallsDocSchema>>;
};

export async function openHiveData(store: Store): Promise<HiveData> {
  return {
    settings: await store.doc({ name: 'hive-settings', schema: hiveSettingsSchema, version: 1, defaults: defaultHiveSettings }),
    mentors: await store.doc({ name: 'hive-mentors', schema: mentorsDocSchema, version: 1, defaults: () => ({ mentors: [] }) }),
    workshops: await store.doc({ name: 'hive-workshops', schema: workshopsDocSchema, version: 1, defaults: () => ({ workshops: [] }) }),
    // Patron names, contacts and business answers: encrypted at rest. Files from before encryption are read once and re-written encrypted.
    bookings: await store.records({ name: 'hive-bookings', schema: bookingRecordSchema, version: 1, encrypted: true, legacyPlain: true, partitionOf: (r) => monthOf(r.createdAt) }),
    registrations: await store.records({
      name: 'hive-registrations',
      schema: registrationRecordSchema,
      version: 1,
      encrypted: true,
      legacyPlain: true,
      partitionOf: (r) => monthOf(r.createdAt),
    }),
    // Ids, times and staff names only: the patron's contact stays in the (encrypted) registration.
    promotionCalls: await store.doc({ name: 'hive-promotion-calls', schema: promotionCallsDocSchema, version: 1, defaults: () => ({ calls: [] }) }),
  };
}
