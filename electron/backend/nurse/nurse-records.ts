// What the nurse area keeps on disk: check-ins (tickets) and visits as records (health data: encrypted), the
// ticket counter, the directory, the nurse's settings, today's change by staff, the older count file, and screeners.
import { z } from 'zod';
import { dailyCountsSchema, nurseSettingsSchema, ticketSchema, visitSchema, type NurseSettings } from '../../../shared/contract/nurse';
import { resourceSchema } from '../../../shared/domain/nurse-directory';
import { requestKeysOf, requestsField } from '../idempotency';
import { migrationsOf } from '../store/migrations';
import { monthRetainedFrom, type Counter, type Doc, type Records, type Store } from '../store/store';
import { nurseCheckins2RequestKeys } from './migrations/nurse-checkins-2-request-keys';
import { nurseCheckins3ScreenerVersion } from './migrations/nurse-checkins-3-screener-version';
import { nurseSettings2WeeklyHours } from './migrations/nurse-settings-2-weekly-hours';
import { openScreeners, type Screeners } from './screeners';

// Stored shapes: the contract's views plus what only the backend needs.
export const storedTicketSchema = ticketSchema.extend({ waitMinutes: z.int(), ahead: z.int(), ...requestsField });
export type StoredTicket = z.infer<typeof storedTicketSchema>;
export const storedVisitSchema = visitSchema.extend({ id: z.string(), day: z.string() });
export type StoredVisit = z.infer<typeof storedVisitSchema>;

/**
 * Ticket numbers start at 1 each branch day. One counter serves every day, never going backwards:
 * day 2026-03-11 ticket 7 is 20260311_0007, so a restored file cannot bring back a number given today.
 */
const TICKETS_PER_DAY = 10_000;
export const dayBase = (day: string): number => Number(day.replace(/-/g, '')) * TICKETS_PER_DAY;
// A new install has no hours: check-in stays closed (and says so) until the nurse sets them.
export const defaultNurseSettings = (): NurseSettings => ({ weeklyHours: [], closedDates: [], hoursNote: '', visitMinutes: 15 });
/** Today's change by staff, kept apart from the settings so saving the settings never undoes it. */
const todayDocSchema = z.object({
  override: z
    .object({
      date: z.string(),
      extra: z.object({ from: z.string(), until: z.string() }).nullable(),
      closedFrom: z.string().nullable(),
      by: z.string(),
    })
    .nullable(),
});
/** The nurse's count file from before the shared daily counts (read once, to bring its days in). */
const legacyCountsDocSchema = z.object({ days: z.array(dailyCountsSchema) });
const directoryDocSchema = z.object({ resources: z.array(resourceSchema) });

/** Tickets and visits are kept by month of the branch day they belong to. */
export const monthOfDay = (day: string): string => day.slice(0, 7);

export type NurseData = {
  tickets: Records<StoredTicket>;
  ticketNumbers: Counter;
  visits: Records<StoredVisit>;
  counts: Doc<z.infer<typeof legacyCountsDocSchema>>;
  directory: Doc<z.infer<typeof directoryDocSchema>>;
  nurseSettings: Doc<NurseSettings>;
  todayDoc: Doc<z.infer<typeof todayDocSchema>>;
  screeners: Screeners;
};

/** `retentionDays`: how long check-ins and visits are kept (read when the store loads a month). */
export async function openNurseData(store: Store, retentionDays: () => number): Promise<NurseData> {
  // Health data: encrypted at rest, in the nurse's own files.
  // Months before the retention cut-off (a day of slack for the branch's zone) stay on disk until the purge reads them.
  const keptFrom = (now: Date): string => monthRetainedFrom(now, retentionDays(), 1);
  const tickets = await store.records({
    name: 'nurse-checkins',
    schema: storedTicketSchema,
    ...migrationsOf([nurseCheckins2RequestKeys, nurseCheckins3ScreenerVersion]),
    encrypted: true,
    partitionOf: (t) => monthOfDay(t.day),
    requestKeysOf,
    loadFrom: keptFrom,
  });
  const ticketNumbers = await store.counter('nurse-ticket', { seen: Math.max(0, ...tickets.all().map((t) => dayBase(t.day) + t.number)) });
  const visits = await store.records({ name: 'nurse-visits', schema: storedVisitSchema, version: 1, encrypted: true, partitionOf: (v) => monthOfDay(v.day), loadFrom: keptFrom });
  // The nurse's count file from before the shared daily counts: read once, to bring its days in.
  const counts = await store.doc({ name: 'nurse-counts', schema: legacyCountsDocSchema, version: 1, encrypted: true, defaults: () => ({ days: [] }) });
  const directory = await store.doc({ name: 'nurse-directory', schema: directoryDocSchema, version: 1, defaults: () => ({ resources: [] }) });
  const nurseSettings = await store.doc({
    name: 'nurse-settings',
    schema: nurseSettingsSchema,
    ...migrationsOf([nurseSettings2WeeklyHours]),
    defaults: defaultNurseSettings,
  });
  const screeners = await openScreeners(store);
  const todayDoc = await store.doc({ name: 'nurse-today', schema: todayDocSchema, version: 1, defaults: () => ({ override: null }) });
  return { tickets, ticketNumbers, visits, counts, directory, nurseSettings, todayDoc, screeners };
}
