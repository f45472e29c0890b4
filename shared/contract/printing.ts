import { z } from 'zod';
import { defineOperation, pageInput, pageSchema } from './define';
import { idSchema, isoDateTime, languageSchema } from './platform';
import { paperKinds, printJobStatuses, printProblems, sheetSizes } from '../domain/print-jobs';

// Operations of the printing area. Each entry: input and output schemas, who may call it.

export const paperSchema = z.enum(paperKinds);
export const sheetSizeSchema = z.enum(sheetSizes);
export const printJobStatusSchema = z.enum(printJobStatuses);
/** A system queue name (CUPS / Windows device) or `@pdf-folder`. */
export const printerNameSchema = z.string().trim().min(1).max(128);
/** A registered document kind: `grocery.receipt`, `print.test`. */
export const documentKindSchema = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-zA-Z0-9-]*$/).max(64);

export const printerSettingsSchema = z.object({
  receiptPrinter: printerNameSchema.nullable(),
  sheetPrinter: printerNameSchema.nullable(),
  sheetSize: sheetSizeSchema,
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

export const printerSchema = z.object({
  name: printerNameSchema,
  kind: z.enum(['system', 'pdf-folder']),
  /** `stopped`: the queue exists but does not print (cupsdisable, paper out). */
  state: z.enum(['ready', 'stopped', 'unknown']),
});
export type Printer = z.infer<typeof printerSchema>;

export const printJobSchema = z.object({
  id: idSchema,
  kind: documentKindSchema,
  ref: idSchema,
  language: languageSchema,
  englishCopy: z.boolean(),
  paper: paperSchema,
  /** Null while no printer is assigned to this paper: the job waits. */
  printer: printerNameSchema.nullable(),
  title: z.string().max(200),
  status: printJobStatusSchema,
  /** Every try, waiting for a printer included. */
  attempts: z.int().min(0),
  /** Tries that failed (render or submission) since the last staff retry; drives back-off and giving up. */
  failures: z.int().min(0),
  /** Why the last attempt did not print, and the system's own words for it (English, for staff). */
  problem: z.enum(printProblems).nullable(),
  lastError: z.string().max(500).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  nextAttemptAt: isoDateTime.nullable(),
  doneAt: isoDateTime.nullable(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

export const printOutcomeSchema = z.object({ jobId: idSchema, status: printJobStatusSchema });

const printRequestSchema = z.object({
  kind: documentKindSchema,
  ref: idSchema,
  language: languageSchema,
  englishCopy: z.boolean().default(false),
});

const staff = ['librarian', 'nurse', 'admin'] as const;

export const printingOperations = {
  'print.getSettings': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({}),
    output: printerSettingsSchema,
  }),
  'print.updateSettings': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: printerSettingsSchema,
    output: printerSettingsSchema,
  }),
  'print.listPrinters': defineOperation({
    kind: 'query',
    access: staff,
    input: z.object({}),
    output: z.array(printerSchema),
  }),
  'print.testPage': defineOperation({
    kind: 'command',
    access: ['admin'],
    /** `language`: the page's text; defaults to the branch's default language. */
    input: z.object({ paper: paperSchema, language: languageSchema.optional() }),
    output: printOutcomeSchema,
  }),
  'print.jobs': defineOperation({
    kind: 'query',
    poll: true,
    access: staff,
    input: z.object(pageInput),
    /** Jobs needing attention first, then newest. */
    output: pageSchema(printJobSchema),
  }),
  /** A waiting or failed job is tried again now; a done or cancelled one is printed again as a new job. */
  'print.reprint': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ jobId: idSchema }),
    output: printOutcomeSchema,
  }),
  'print.redirect': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ jobId: idSchema, printer: printerNameSchema }),
    output: printOutcomeSchema,
  }),
  'print.cancel': defineOperation({
    kind: 'command',
    access: staff,
    input: z.object({ jobId: idSchema }),
    output: printJobSchema,
  }),
  /** How far a batch of jobs has got (the pickup slips of a delivery): counts by status; jobs of other roles' documents are left out. */
  'print.progress': defineOperation({
    kind: 'query',
    poll: true,
    access: staff,
    input: z.object({ jobIds: z.array(idSchema).max(1000) }),
    /** `stuck`: waiting jobs already tried (a stopped printer, none assigned): staff must act. */
    output: z.object({ total: z.int(), done: z.int(), printing: z.int(), waiting: z.int(), stuck: z.int(), failed: z.int(), cancelled: z.int() }),
  }),
  /** Prints any record's document again (a lost slip, a second copy). */
  'print.request': defineOperation({
    kind: 'command',
    access: staff,
    input: printRequestSchema,
    output: printOutcomeSchema,
  }),
  /** The document as staff would get it on paper: body markup plus its stylesheet, for an on-screen preview. */
  'print.preview': defineOperation({
    kind: 'query',
    access: staff,
    input: printRequestSchema,
    output: z.object({
      title: z.string(),
      paper: paperSchema,
      language: languageSchema,
      widthMm: z.number(),
      heightMm: z.number().nullable(),
      /** Stylesheet for the body (applied through a constructed stylesheet: the app's CSP forbids inline styles). */
      css: z.string(),
      /** Escaped markup of the document's body. */
      bodyHtml: z.string(),
    }),
  }),
};
