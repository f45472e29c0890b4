// Operations of the hive area (business mentoring and workshops). Each entry: input and output schemas, who may call it.
import { z } from 'zod';
import { visitField, defineOperation, pageInput, pageSchema, requestKey } from './define';
import { isCalendarDate } from '../domain/calendar-date';
import { hiveSummarySchema } from '../domain/hive-summary';
import { idSchema, isoDateTime, languageSchema } from './platform';
import { visitSlipField } from './visit';
import { localisedSchema, localisedTextSchema } from '../localised-text-schema';

const staff = ['librarian', 'admin'] as const;
const text = (max: number) => z.string().trim().max(max);
export const localDateSchema = z.string().refine(isCalendarDate, 'hive-date');
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hive-time');

/** Text in each language the branch offers (see shared/localised-text); English is the fallback. */
const localised = localisedTextSchema(600);
/** A room name in each language ("Hive Room A" / "Sala A de Hive"). */
const roomSchema = localisedTextSchema(60, { required: true });
/** Text as the backend sends it to screens: already validated on the way in. */
const localisedView = localisedSchema(z.string());

export const areaSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), name: localised });
export type HiveArea = z.infer<typeof areaSchema>;

export const rulesSchema = z.object({
  maxDaysAhead: z.int().min(1).max(180),
  minNoticeHours: z.int().min(0).max(168),
  cancelCutoffHours: z.int().min(0).max(168),
  maxUpcomingPerPatron: z.int().min(1).max(20),
});

export const closingSchema = z.object({ date: localDateSchema, note: text(120) });

export const hiveSettingsSchema = z.object({
  rules: rulesSchema,
  areas: z.array(areaSchema).min(1).max(30),
  /** Branch-wide days without mentoring (holidays). */
  closings: z.array(closingSchema).max(400),
  /** What to bring, printed on the slip. */
  whatToBring: localised,
});
export type HiveSettings = z.infer<typeof hiveSettingsSchema>;

export const weeklyWindowSchema = z
  .object({ weekday: z.int().min(0).max(6), start: localTimeSchema, end: localTimeSchema })
  .refine((w) => w.start < w.end, { message: 'hive-window-order', path: ['end'] });

export const mentorSchema = z.object({
  id: idSchema,
  displayName: text(60).min(1),
  areas: z.array(z.string().max(40)).min(1).max(30),
  languages: z.array(languageSchema).min(1),
  bio: localised,
  active: z.boolean(),
  room: roomSchema,
  sessionMinutes: z.union([z.literal(30), z.literal(60)]),
  bufferMinutes: z.int().min(0).max(60),
  windows: z.array(weeklyWindowSchema).max(40),
  daysOff: z.array(closingSchema).max(400),
});
export type Mentor = z.infer<typeof mentorSchema>;
export const mentorInputSchema = mentorSchema.extend({ id: idSchema.optional() });

export const stageSchema = z.enum(['idea', 'started', 'growing']);
export const bookingStatusSchema = z.enum(['booked', 'cancelled', 'attended', 'no-show']);
export const printStatusSchema = z.enum(['queued', 'printing', 'done', 'failed', 'cancelled', 'desk']);

const contactInput = {
  name: text(80).min(1),
  phone: text(40),
  email: text(120),
  language: languageSchema,
};

export const publicMentorSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  areas: z.array(z.string()),
  languages: z.array(languageSchema),
  bio: localisedView,
  room: localisedView,
  sessionMinutes: z.number(),
});

/** What a patron must know before booking a time: until when it can be cancelled at the kiosk, and whether it still can. */
const cancelRule = {
  cancelDeadline: isoDateTime,
  /** False for a time inside the cut-off: cancelling it takes a call to the branch or the desk. */
  cancellableAtKiosk: z.boolean(),
};
export const openSlotSchema = z.object({ mentorId: idSchema, start: isoDateTime, end: isoDateTime, ...cancelRule });
export type OpenSlot = z.infer<typeof openSlotSchema>;

export const bookingSchema = z.object({
  id: idSchema,
  code: z.string(),
  mentorId: idSchema,
  mentorName: z.string(),
  room: localisedView,
  area: z.string(),
  start: isoDateTime,
  end: isoDateTime,
  status: bookingStatusSchema,
  stage: stageSchema,
  industry: z.string(),
  wants: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  language: languageSchema,
  createdAt: isoDateTime,
  cancelReason: z.string(),
  assistedBy: z.string(),
});
export type BookingView = z.infer<typeof bookingSchema>;

export const workshopSessionSchema = z.object({ date: localDateSchema, start: localTimeSchema, end: localTimeSchema });
export const questionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), label: localised });

export const workshopSchema = z.object({
  id: idSchema,
  title: localised,
  description: localised,
  area: z.string().max(40),
  room: roomSchema,
  presenter: text(80).min(1),
  capacity: z.int().min(1).max(500),
  /** One date, or several for a series (one registration covers all). */
  sessions: z.array(workshopSessionSchema).min(1).max(20),
  questions: z.array(questionSchema).max(5),
  cancelled: z.boolean(),
});
export type Workshop = z.infer<typeof workshopSchema>;
export const workshopInputSchema = workshopSchema.extend({ id: idSchema.optional() });

export const workshopViewSchema = workshopSchema.extend({
  /** Instants of each session, in order. */
  starts: z.array(isoDateTime),
  registered: z.int(),
  waitlisted: z.int(),
  seatsLeft: z.int(),
});
export type WorkshopView = z.infer<typeof workshopViewSchema>;

export const registrationStatusSchema = z.enum(['registered', 'waitlisted', 'cancelled']);
export const registrationSchema = z.object({
  id: idSchema,
  code: z.string(),
  workshopId: idSchema,
  status: registrationStatusSchema,
  position: z.int().nullable(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  language: languageSchema,
  answers: z.array(z.object({ questionId: z.string(), answer: z.string() })),
  attended: z.array(z.int()),
  createdAt: isoDateTime,
  promotedAt: isoDateTime.nullable(),
  cancelReason: z.string(),
});
export type RegistrationView = z.infer<typeof registrationSchema>;

const printed = { printStatus: printStatusSchema };

/** A patron's own booking or registration, found by the code on the slip and the phone or email given. */
export const codeLookupSchema = z.object({ code: text(12).min(1), contact: text(120).min(1) });
export const codeLookupResultSchema = z.object({
  kind: z.enum(['booking', 'registration']),
  /** First session of a workshop series. */
  start: isoDateTime,
  end: isoDateTime,
  sessions: z.int(),
  mentorFirstName: z.string(),
  workshopTitle: localisedView.nullable(),
  status: z.enum(['booked', 'registered', 'waitlisted']),
});
export type CodeLookupResult = z.infer<typeof codeLookupResultSchema>;

export { hiveSummarySchema, type HiveSummary } from '../domain/hive-summary';

/** Someone moved up from a waitlist, for staff to phone (the kiosk sends nothing). */
export const promotionCallSchema = z.object({
  registrationId: idSchema,
  code: z.string(),
  name: z.string(),
  /** As people read it: "(555) 010-1234". */
  phone: z.string(),
  email: z.string(),
  language: languageSchema,
  workshopId: idSchema,
  workshopTitle: localisedView,
  firstStart: isoDateTime,
  promotedAt: isoDateTime,
  calledAt: isoDateTime.nullable(),
  calledBy: z.string(),
});
export type PromotionCall = z.infer<typeof promotionCallSchema>;

/** What a patron may learn about their own phone or email before the last step: only what that step would refuse. */
export const patronLimitsSchema = z.object({
  /** The patron already has as many upcoming mentor meetings as allowed. */
  bookingLimitReached: z.boolean(),
  maxUpcoming: z.int(),
  /** Already registered (or waitlisted) for the workshop asked about. */
  alreadyRegistered: z.boolean(),
});

export const hiveOperations = {
  'hive.catalog': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({}),
    output: z.object({
      areas: z.array(areaSchema),
      mentors: z.array(publicMentorSchema),
      rules: rulesSchema,
      whatToBring: localisedView,
    }),
  }),
  'hive.openTimes': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({
      area: z.string().max(40).optional(),
      mentorId: idSchema.optional(),
      language: languageSchema.optional(),
      limit: z.int().min(1).max(60).default(12),
    }),
    output: z.array(openSlotSchema),
  }),
  'hive.book': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: z.object({
      ...requestKey,
      mentorId: idSchema,
      start: isoDateTime,
      area: z.string().max(40),
      stage: stageSchema,
      industry: text(80),
      wants: text(400),
      ...contactInput,
      ...visitField,
    }),
    output: bookingSchema.extend({ ...printed, ...cancelRule, ...visitSlipField }),
  }),
  /** What a slip code (with the phone or email given) would cancel: times and titles only, nothing personal. */
  'hive.findByCode': defineOperation({
    kind: 'query',
    access: 'public',
    input: codeLookupSchema,
    output: codeLookupResultSchema,
  }),
  'hive.cancelByCode': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: codeLookupSchema.extend(requestKey),
    output: z.object({ id: idSchema, kind: z.enum(['booking', 'registration']) }),
  }),
  'hive.workshops': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({}),
    output: z.array(workshopViewSchema),
  }),
  'hive.register': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: z.object({
      ...requestKey,
      workshopId: idSchema,
      answers: z.array(z.object({ questionId: z.string().max(40), answer: text(200) })).max(5).default([]),
      ...contactInput,
      ...visitField,
    }),
    output: registrationSchema.extend({ ...printed, ...visitSlipField }),
  }),
  /** Checked as soon as the patron's phone or email is known; rate-limited per screen like the nurse check-in. */
  'hive.patronLimits': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({ phone: text(40), email: text(120), workshopId: idSchema.optional() }),
    output: patronLimitsSchema,
  }),
  // Staff
  /** People moved up from a waitlist who need a call, and those called in the last two days. */
  'hive.promotionCalls': defineOperation({
    kind: 'query',
    poll: true,
    access: staff,
    input: z.object({}),
    output: z.array(promotionCallSchema),
  }),
  'hive.markCalled': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ registrationId: idSchema }),
    output: promotionCallSchema,
  }),
  'hive.schedule': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({ from: localDateSchema, days: z.int().min(1).max(31) }),
    output: z.object({ bookings: z.array(bookingSchema), workshops: z.array(workshopViewSchema) }),
  }),
  'hive.booking': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({ id: idSchema }),
    output: bookingSchema,
  }),
  'hive.cancelBooking': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ id: idSchema, reason: text(200).min(1) }),
    output: bookingSchema,
  }),
  'hive.markBooking': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ id: idSchema, status: z.enum(['attended', 'no-show', 'booked']) }),
    output: bookingSchema,
  }),
  'hive.workshopDetail': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({ id: idSchema }),
    output: z.object({ workshop: workshopViewSchema, registrations: z.array(registrationSchema) }),
  }),
  'hive.cancelRegistration': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ id: idSchema, reason: text(200).min(1) }),
    output: z.object({ cancelled: registrationSchema, promoted: z.array(registrationSchema) }),
  }),
  'hive.checkIn': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ workshopId: idSchema, session: z.int().min(0).max(19), registrationId: idSchema.optional(), code: text(64).optional() }),
    output: registrationSchema,
  }),
  'hive.printRoster': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ workshopId: idSchema }),
    output: z.object(printed),
  }),
  'hive.printMentorDay': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ mentorId: idSchema, date: localDateSchema }),
    output: z.object(printed),
  }),
  'hive.export': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({ what: z.enum(['bookings', 'registrations']), from: localDateSchema, to: localDateSchema }),
    output: z.object({ filename: z.string(), csv: z.string(), rows: z.int() }),
  }),
  'hive.summary': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({ from: localDateSchema, to: localDateSchema }),
    output: hiveSummarySchema,
  }),
  'hive.settings': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({}),
    output: hiveSettingsSchema,
  }),
  'hive.saveSettings': defineOperation({
    kind: 'command',
    access: staff,
    input: hiveSettingsSchema,
    output: hiveSettingsSchema,
  }),
  'hive.mentors': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({}),
    output: z.array(mentorSchema),
  }),
  'hive.saveMentor': defineOperation({
    kind: 'command',
    access: staff,
    input: mentorInputSchema,
    output: mentorSchema,
  }),
  /** Newest first (by first session): past workshops pile up, so a page at a time. */
  'hive.allWorkshops': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object(pageInput),
    output: pageSchema(workshopViewSchema),
  }),
  'hive.saveWorkshop': defineOperation({
    kind: 'command',
    access: staff,
    input: workshopInputSchema,
    output: workshopViewSchema,
  }),
};
