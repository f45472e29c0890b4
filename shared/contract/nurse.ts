// Operations of the nurse area. Each entry: input and output schemas, who may call it.
// Health data (check-ins, visits, screener answers) is nurse-only; patrons and the lobby display
// get ticket numbers and counts; librarians get numbers and counts through their own operation.
import { z } from 'zod';
import { deviceRoles } from './branch';
import { defineOperation, pageInput, pageSchema, requestKey, visitField } from './define';
import { FEWER_THAN_SMALL } from './names';
import { visitSlipField } from './visit';

export { FEWER_THAN_SMALL };
import { idSchema, isoDateTime, languageSchema } from './platform';
import { isCalendarDate } from '../domain/calendar-date';
import { accessNeeds, visitReasons } from '../domain/nurse-checkin';
import { closingPolicy, isHoursTime, weeklyProblems } from '../domain/nurse-hours';
import { resourceCategories, resourceSchema } from '../domain/nurse-directory';
import { ticketStatuses } from '../domain/nurse-queue';
import { localisedTextSchema } from '../localised-text-schema';
import { screenerAnswersSchema, screenerAreas, screenerDefinitionSchema, screenerKeySchema } from '../domain/screener-definition';

export const ticketStatusSchema = z.enum(ticketStatuses);
export const visitReasonSchema = z.enum(visitReasons);

export const checkInSchema = z.object({
  /** First name or nickname; null for "I'd rather not say". */
  name: z.string().trim().min(1).max(40).nullable(),
  reasons: z.array(visitReasonSchema).min(1).max(visitReasons.length),
  language: languageSchema,
  interpreter: z.boolean(),
  accessNeeds: z.array(z.enum(accessNeeds)).max(accessNeeds.length),
  /** Present only when the patron agreed to the screener; every answer may be skipped. */
  screener: screenerAnswersSchema.nullable(),
  /** The screener version the answers are in (`plain-language@1`); the active one when not said. Null without answers. */
  screenerVersion: screenerKeySchema.nullable().default(null),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** A check-in as the nurse sees it in the queue. */
export const ticketSchema = checkInSchema.extend({
  screenerVersion: screenerKeySchema.nullable(),
  id: idSchema,
  number: z.int(),
  day: z.string(),
  status: ticketStatusSchema,
  createdAt: isoDateTime,
  calledAt: isoDateTime.nullable(),
  visitStartedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const queueRowSchema = ticketSchema.omit({ screener: true, screenerVersion: true }).extend({
  screenerAnswered: z.boolean(),
  flagged: z.array(z.enum(screenerAreas)),
});
export type QueueRow = z.infer<typeof queueRowSchema>;

const optionalReading = z.number().nullable();
export const measurementsSchema = z.object({
  systolic: optionalReading,
  diastolic: optionalReading,
  pulse: optionalReading,
  bloodSugar: optionalReading,
  bloodSugarTiming: z.enum(['fasting', 'afterMeal', 'unknown']),
});
export type MeasurementsInput = z.infer<typeof measurementsSchema>;

export const visitFieldsSchema = z.object({
  measurements: measurementsSchema,
  notes: z.string().trim().max(4000),
  referrals: z.array(idSchema).max(12),
  followUp: z.object({
    wanted: z.boolean(),
    /** The patron agreed to be contacted; without it the contact is never stored. */
    consent: z.boolean(),
    contact: z.string().trim().max(120),
  }),
  handledWithout911: z.boolean(),
});
export type VisitFields = z.infer<typeof visitFieldsSchema>;

export const visitSchema = visitFieldsSchema.extend({
  ticketId: idSchema,
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

const wallTime = z.string().refine((t) => isHoursTime(t), 'nurse-time');
const closingTime = z.string().refine((t) => isHoursTime(t, true), 'nurse-time');

/** One stretch of a weekday the nurse is in, in the branch's time zone; `close` may be 24:00. */
export const hoursRangeSchema = z.object({ weekday: z.int().min(0).max(6), open: wallTime, close: closingTime });
export const closedDateSchema = z.object({ date: z.string().refine(isCalendarDate, 'nurse-date'), note: z.string().trim().max(120) });

export const nurseSettingsSchema = z
  .object({
    /** When check-in is open, per weekday (at most two stretches a day). */
    weeklyHours: z.array(hoursRangeSchema).max(14),
    /** Days the nurse is not in although the week says so (holidays, training). */
    closedDates: z.array(closedDateSchema).max(200),
    /** Printed under the hours on referral sheets ("Closed on public holidays"). */
    hoursNote: z.string().trim().max(400),
    /** Typical visit length, for the patron's wait estimate. */
    visitMinutes: z.int().min(5).max(90),
  })
  .superRefine((settings, ctx) => {
    for (const { index, problem } of weeklyProblems(settings.weeklyHours)) ctx.addIssue({ code: 'custom', path: ['weeklyHours', index], message: `nurse-${problem}` });
  });
export type NurseSettings = z.infer<typeof nurseSettingsSchema>;

/** What anyone may know about the nurse's hours now (the home tile, the check-in, the lobby display). */
export const nurseStatusSchema = z.object({
  /** Check-in is open now. */
  open: z.boolean(),
  /** While open: when check-in closes. */
  closesAt: isoDateTime.nullable(),
  /** When the nurse is next in (after this stretch, if open), and until when; null when no hours are set ahead. */
  nextOpening: z.object({ at: isoDateTime, until: isoDateTime }).nullable(),
  /** People still waiting when check-in closes are seen. */
  closingPolicy: z.literal(closingPolicy),
});
export type NurseStatus = z.infer<typeof nurseStatusSchema>;

/** Today's hours as staff change them at the console or the desk. */
export const todayChangeSchema = z.discriminatedUnion('action', [
  /** Open check-in now (early, or again) or keep it open: until this time today. */
  z.object({ action: z.literal('open'), until: closingTime }),
  /** Close check-in now for the rest of today; people waiting are still seen. */
  z.object({ action: z.literal('close') }),
  /** Back to the weekly hours. */
  z.object({ action: z.literal('regular') }),
]);
export const todaySchema = z.object({
  status: nurseStatusSchema,
  /** Today's weekly hours (wall times), before any change. */
  regular: z.array(z.object({ open: z.string(), close: z.string() })),
  /** Staff changed today's hours: who and how. */
  change: z.object({ extraUntil: z.string().nullable(), closedFrom: z.string().nullable(), by: z.string() }).nullable(),
  closedToday: z.boolean(),
  /** Tickets still waiting now (also after check-in closed: they are seen). */
  waiting: z.int(),
});
export type NurseToday = z.infer<typeof todaySchema>;

/** A screener version as staff lists show it. */
export const screenerSummarySchema = z.object({
  key: screenerKeySchema,
  title: localisedTextSchema(200),
  approvedBy: z.string().nullable(),
  questions: z.int(),
  languages: z.array(z.string()),
  /** Shipped with the app (not imported). */
  builtIn: z.boolean(),
  importedAt: isoDateTime.nullable(),
  active: z.boolean(),
});
export type ScreenerSummary = z.infer<typeof screenerSummarySchema>;

const countMap = z.record(z.string(), z.int());
export const dailyCountsSchema = z.object({
  day: z.string(),
  checkIns: z.int(),
  visits: z.int(),
  left: z.int(),
  reasons: countMap,
  referralCategories: countMap,
  screenerFlags: countMap,
  handledWithout911: z.int(),
});
export type DailyCounts = z.infer<typeof dailyCountsSchema>;
/** Below this, admins see a category count as "fewer than 5": a small number can point at one patron. */
export const SMALL_COUNT = 5;
const shownCountMap = z.record(z.string(), z.union([z.int(), z.literal(FEWER_THAN_SMALL)]));
/** A day as `nurse.stats` shows it: exact counts for the nurse, small category counts masked for admins. */
export const statsDaySchema = dailyCountsSchema.extend({ reasons: shownCountMap, referralCategories: shownCountMap, screenerFlags: shownCountMap });
export type StatsDay = z.infer<typeof statsDaySchema>;

const ticketRef = z.object({ ticketId: idSchema });
const queueNumbers = z.object({
  day: z.string(),
  called: z.array(z.int()),
  waiting: z.array(z.int()),
  inVisit: z.array(z.int()),
  done: z.int(),
  left: z.int(),
});
const nurseOnly = ['nurse'] as const;
const directoryEditors = ['nurse', 'admin'] as const;

export const nurseOperations = {
  'nurse.checkIn': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: checkInSchema.extend({ ...requestKey, ...visitField }),
    // Only the number, the wait and when check-in closes reach the patron's screen.
    output: z.object({ number: z.int(), ahead: z.int(), waitMinutes: z.int(), printed: z.boolean(), closesAt: isoDateTime.nullable(), ...visitSlipField }),
  }),
  /** The lobby display's numbers: the one thing a `display` device may ask. */
  'nurse.display': defineOperation({
    kind: 'query',
    poll: true,
    access: 'public',
    devices: deviceRoles,
    input: z.object({}),
    output: z.object({ called: z.array(z.int()), waitingCount: z.int(), open: z.boolean(), nextOpening: nurseStatusSchema.shape.nextOpening }),
  }),
  /** Whether check-in is open, until when, and when the nurse is next in: the home tile and the check-in ask this. */
  'nurse.status': defineOperation({ kind: 'query', poll: true, access: 'public', devices: ['lobby', 'desk', 'nurse-station'], input: z.object({}), output: nurseStatusSchema }),
  'nurse.today': defineOperation({ kind: 'query', poll: true, access: ['nurse', 'librarian', 'admin'], input: z.object({}), output: todaySchema }),
  /** Opens check-in early or keeps it open late today, closes it early, or goes back to the weekly hours (audited). */
  'nurse.setToday': defineOperation({ kind: 'command', access: ['nurse', 'librarian', 'admin'], input: todayChangeSchema, output: todaySchema }),
  'nurse.queueNumbers': defineOperation({
    kind: 'query',
    poll: true,
    access: ['librarian', 'nurse', 'admin'],
    input: z.object({}),
    output: queueNumbers,
  }),
  'nurse.queue': defineOperation({
    kind: 'query',
    poll: true,
    access: nurseOnly,
    input: z.object({}),
    output: z.object({ day: z.string(), tickets: z.array(queueRowSchema), waitMinutes: z.int() }),
  }),
  'nurse.callNext': defineOperation({ kind: 'command', access: nurseOnly, input: z.object({}), output: queueRowSchema }),
  'nurse.call': defineOperation({ kind: 'command', access: nurseOnly, input: ticketRef, output: queueRowSchema }),
  'nurse.startVisit': defineOperation({ kind: 'command', access: nurseOnly, input: ticketRef, output: queueRowSchema }),
  'nurse.markLeft': defineOperation({ kind: 'command', access: nurseOnly, input: ticketRef, output: queueRowSchema }),
  /** A lost ticket: today's waiting number printed again (the ticket shows the number only, so the desk may too). */
  'nurse.reprintTicket': defineOperation({
    kind: 'command',
    access: ['nurse', 'librarian', 'admin'],
    input: z.object({ number: z.int().min(1).max(9999) }),
    output: z.object({ number: z.int(), status: z.enum(['queued', 'printing', 'done', 'failed', 'cancelled']) }),
  }),
  /** Visits started on an earlier day and never closed: numbers and dates only, so the nurse can close them. */
  'nurse.earlierOpenVisits': defineOperation({
    kind: 'query',
    access: nurseOnly,
    input: z.object({}),
    output: z.array(z.object({ ticketId: idSchema, number: z.int(), day: z.string() })),
  }),
  'nurse.visit': defineOperation({
    kind: 'query',
    access: nurseOnly,
    input: ticketRef,
    output: z.object({
      ticket: ticketSchema,
      visit: visitSchema.nullable(),
      /** Scored by the version the patron answered, shown in its wording. */
      screener: z
        .object({
          flagged: z.array(z.enum(screenerAreas)),
          totals: z.partialRecord(z.enum(screenerAreas), z.int()),
          answered: z.int(),
          definition: screenerDefinitionSchema,
        })
        .nullable(),
    }),
  }),
  'nurse.saveVisit': defineOperation({
    kind: 'command',
    access: nurseOnly,
    input: visitFieldsSchema.extend({ ticketId: idSchema }),
    output: visitSchema,
  }),
  'nurse.closeVisit': defineOperation({
    kind: 'command',
    access: nurseOnly,
    input: visitFieldsSchema.extend({ ticketId: idSchema }),
    output: visitSchema,
  }),
  'nurse.printReferral': defineOperation({
    kind: 'command',
    access: nurseOnly,
    input: z.object({ ticketId: idSchema, language: languageSchema, englishCopy: z.boolean() }),
    output: z.object({ jobId: z.string().nullable(), status: z.string() }),
  }),
  'nurse.resources': defineOperation({
    kind: 'query',
    access: directoryEditors,
    input: z.object({}),
    output: z.array(resourceSchema),
  }),
  'nurse.saveResource': defineOperation({
    kind: 'command',
    access: directoryEditors,
    // A new resource has no id yet.
    input: resourceSchema.extend({ id: idSchema.optional() }),
    output: resourceSchema,
  }),
  'nurse.exportResources': defineOperation({
    kind: 'query',
    access: directoryEditors,
    input: z.object({}),
    output: z.object({ csv: z.string() }),
  }),
  'nurse.importResources': defineOperation({
    kind: 'command',
    access: directoryEditors,
    input: z.object({ csv: z.string().max(2_000_000) }),
    output: z.object({ added: z.int(), updated: z.int() }),
  }),
  /** The screener patrons answer now (its wording is public: it is on the kiosk screen). */
  'nurse.screener': defineOperation({ kind: 'query', access: 'public', input: z.object({}), output: screenerDefinitionSchema }),
  /** Every screener version the kiosk knows (the shipped one and those imported), and which one patrons answer. */
  'nurse.screeners': defineOperation({
    kind: 'query',
    access: ['nurse', 'admin'],
    input: z.object({}),
    output: z.object({ active: screenerKeySchema, versions: z.array(screenerSummarySchema) }),
  }),
  /** An approved definition as a JSON file: checked whole; a bad file changes nothing and names the line and field. It becomes the active version. */
  'nurse.importScreener': defineOperation({ kind: 'command', access: ['admin'], input: z.object({ json: z.string().max(500_000) }), output: screenerSummarySchema }),
  /** Patrons answer this version from now on (results already given keep their own). */
  'nurse.useScreener': defineOperation({ kind: 'command', access: ['admin'], input: z.object({ key: screenerKeySchema }), output: screenerSummarySchema }),
  'nurse.settings': defineOperation({ kind: 'query', access: directoryEditors, input: z.object({}), output: nurseSettingsSchema }),
  'nurse.updateSettings': defineOperation({ kind: 'command', access: directoryEditors, input: nurseSettingsSchema, output: nurseSettingsSchema }),
  /** Newest day first; one row per day for as long as counts are kept, so a page at a time. */
  'nurse.stats': defineOperation({
    kind: 'query',
    access: directoryEditors,
    input: z.object(pageInput),
    output: pageSchema(statsDaySchema),
  }),
};

export const resourceCategorySchema = z.enum(resourceCategories);
export type NurseOperations = typeof nurseOperations;
