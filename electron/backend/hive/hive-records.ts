// What the hive area keeps on disk: settings, mentors and workshops as docs; bookings and registrations as records.
import { z } from 'zod';
import {
  bookingStatusSchema,
  hiveSettingsSchema,
  mentorSchema,
  registrationStatusSchema,
  stageSchema,
  workshopSchema,
  type HiveSettings,
} from '../../../shared/contract/hive';
import { languageSchema } from '../../../shared/contract/platform';
import { monthOf, type Doc, type Records, type Store } from '../store/store';

export const bookingRecordSchema = z.object({
  id: z.string(),
  code: z.string(),
  mentorId: z.string(),
  area: z.string(),
  start: z.string(),
  end: z.string(),
  status: bookingStatusSchema,
  stage: stageSchema,
  industry: z.string(),
  wants: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  phoneKey: z.string(),
  emailKey: z.string(),
  language: languageSchema,
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string(),
  assistedBy: z.string(),
  /** Personal details removed by the retention purge; counts remain. */
  purged: z.boolean(),
});
export type BookingRecord = z.infer<typeof bookingRecordSchema>;

export const registrationRecordSchema = z.object({
  id: z.string(),
  code: z.string(),
  workshopId: z.string(),
  /** Arrival order: the waitlist is first come, first served. */
  seq: z.int(),
  status: registrationStatusSchema,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  phoneKey: z.string(),
  emailKey: z.string(),
  language: languageSchema,
  answers: z.array(z.object({ questionId: z.string(), answer: z.string() })),
  attended: z.array(z.int()),
  createdAt: z.string(),
  promotedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string(),
  assistedBy: z.string(),
  purged: z.boolean(),
});
export type RegistrationRecord = z.infer<typeof registrationRecordSchema>;

const mentorsDocSchema = z.object({ mentors: z.array(mentorSchema) });
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
  };
}
