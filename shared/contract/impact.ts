// Operations of the Impact area: anonymous figures for admins and partners, exports and the monthly report.
// A partner role sees its own program only: `scope: 'section'` makes the dispatcher refuse any other section.
import { z } from 'zod';
import { defineOperation } from './define';
import { languageSchema } from './platform';
import { isCalendarDate } from '../domain/calendar-date';
import { countAreas } from '../domain/impact-counts';
import { MASKED, periods } from '../domain/impact-metrics';
import { partnerRoles } from '../roles';

export const sectionSchema = z.enum(countAreas);
const day = z.string().refine(isCalendarDate, 'impact-date');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'impact-month');

/** At most about two years per request: a year against the year before. */
export const MAX_RANGE_DAYS = 400;
export const rangeSchema = z
  .object({ from: day, to: day, per: z.enum(periods) })
  .refine((r) => r.from <= r.to, { message: 'impact-range-order', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= MAX_RANGE_DAYS, { message: 'impact-range-too-long', path: ['to'] });

const shownSchema = z.union([z.number(), z.literal(MASKED), z.null()]);
const bucketSchema = z.object({ start: z.string(), end: z.string() });
export const sectionFiguresSchema = z.object({
  section: sectionSchema,
  per: z.enum(periods),
  buckets: z.array(bucketSchema),
  previousBuckets: z.array(bucketSchema),
  metrics: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['count', 'cents', 'share', 'minutes']),
      group: z.string(),
      current: shownSchema,
      previous: shownSchema,
      series: z.array(shownSchema),
      previousSeries: z.array(shownSchema),
    }),
  ),
});

export const impactSettingsSchema = z.object({
  /** Counts from 1 to this minus one are shown as "fewer than N" on screen, in exports and reports. */
  smallCount: z.int().min(1).max(50),
});
export type ImpactSettings = z.infer<typeof impactSettingsSchema>;

/** The version of the CSV and JSON exports' schema (docs/impact-export.md); raised on any change to their fields. */
export const IMPACT_EXPORT_VERSION = 1;

const viewers = ['admin', ...partnerRoles] as const;

export const impactOperations = {
  'impact.figures': defineOperation({
    kind: 'query',
    access: viewers,
    scope: 'section',
    input: z.object({ section: sectionSchema }).and(rangeSchema),
    output: sectionFiguresSchema.extend({ smallCount: z.int() }),
  }),
  'impact.settings': defineOperation({ kind: 'query', access: viewers, input: z.object({}), output: impactSettingsSchema }),
  'impact.saveSettings': defineOperation({ kind: 'command', access: ['admin'], input: impactSettingsSchema, output: impactSettingsSchema }),
  'impact.export': defineOperation({
    kind: 'query',
    access: viewers,
    scope: 'section',
    input: z.object({ section: sectionSchema, format: z.enum(['csv', 'json']) }).and(rangeSchema),
    output: z.object({ filename: z.string(), mime: z.string(), content: z.string() }),
  }),
  /** The monthly partner report (Letter sheet with the charts) to the sheet printer. */
  'impact.printReport': defineOperation({
    kind: 'command',
    access: viewers,
    scope: 'section',
    input: z.object({ section: sectionSchema, month, language: languageSchema }),
    output: z.object({ status: z.string() }),
  }),
  /** The same report as a PDF to save. */
  'impact.reportPdf': defineOperation({
    kind: 'query',
    access: viewers,
    scope: 'section',
    input: z.object({ section: sectionSchema, month, language: languageSchema }),
    output: z.object({ filename: z.string(), pdfBase64: z.string() }),
  }),
};
export type ImpactOperations = typeof impactOperations;
