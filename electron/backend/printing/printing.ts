import path from 'node:path';
import { printerSettingsSchema, printJobSchema, type Printer, type PrintJob, type PrinterSettings, type printingOperations } from '../../../shared/contract/printing';
import {
  isExpired,
  isPending,
  KEEP_OTHER_PRINTOUTS_DAYS,
  needsAttention,
  PDF_FOLDER_PRINTER,
  printoutRetentionDays,
  retentionAreas,
  staffOrder,
} from '../../../shared/domain/print-jobs';
import { pageBy } from '../../../shared/domain/paging';
import { KioskFailure } from '../../../shared/result';
import type { StaffRole } from '../../../shared/roles';
import type { CallContext } from '../context';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import { purgeOldFiles } from '../platform/purge-files';
import { monthOf } from '../store/store';
import { chromiumPdfEngine, type PdfEngine } from './pdf-engine';
import type { DocumentTemplate, PrintService } from './print-api';
import { createPrintQueue, defaultQueuePolicy, type PrintQueue, type QueuePolicy } from './print-queue';
import { cupsPrinters, noPrinters, type PrinterSystem } from './printers';
import { testPageTemplate, TEST_PAGE_KIND } from './templates/test-page';

export type PrintingOptions = {
  /** Where "save PDF to a folder" puts files; defaults to <dataDir>/pdf. */
  pdfDir?: string;
  /** HTML → PDF; defaults to headless Chromium (the Electron host passes printToPDF). */
  engine?: PdfEngine;
  /** The system's printers; defaults to CUPS on Linux and macOS (the Electron host passes its own on Windows). */
  system?: PrinterSystem;
  policy?: Partial<QueuePolicy>;
  /** How often the worker looks for due jobs; 0 = only when asked (tests with a fake clock). */
  tickMs?: number;
  /** How long `print()` waits for the first try by default. */
  waitMs?: number;
  log?: (message: string, error?: unknown) => void;
};

export type PrintingModule = FeatureModule<typeof printingOperations> & {
  service: PrintService;
  /** The queue itself, for tests and the hosts (run due jobs now). */
  queue: PrintQueue;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** A spool file is deleted right after `lp`; one this old was left by a crash in between. */
const STALE_SPOOL_MS = 60 * 60 * 1000;
const STAFF_WAIT_MS = 4_000;

/**
 * Environment knobs for the browser host and tests: KIOSK_PDF_DIR, KIOSK_PRINTERS=none (no CUPS),
 * KIOSK_PRINT_RETRY_MAX_MS (longest pause between tries; e2e uses a short one).
 */
export function printingOptionsFromEnv(env: NodeJS.ProcessEnv): PrintingOptions {
  const options: PrintingOptions = {};
  if (env.KIOSK_PDF_DIR) options.pdfDir = env.KIOSK_PDF_DIR;
  if (env.KIOSK_PRINTERS === 'none') options.system = noPrinters;
  const maxMs = Number(env.KIOSK_PRINT_RETRY_MAX_MS);
  if (Number.isFinite(maxMs) && maxMs > 0) {
    options.policy = { wait: { firstMs: Math.min(defaultQueuePolicy.wait.firstMs, maxMs), maxMs }, fail: { firstMs: Math.min(1000, maxMs), maxMs } };
  }
  return options;
}

export async function openPrinting(platform: Platform, given: PrintingOptions): Promise<PrintingModule> {
  const options = { ...printingOptionsFromEnv(process.env), ...given };
  const store = platform.store;
  const settingsDoc = await store.doc<PrinterSettings>({
    name: 'print-settings',
    schema: printerSettingsSchema,
    version: 1,
    // Nothing assigned on a new kiosk: jobs wait (patrons are told "at the desk", staff get an alert)
    // until an admin picks printers or the PDF folder. Saving PDFs silently would tell patrons a slip printed.
    defaults: () => ({ receiptPrinter: null, sheetPrinter: null, sheetSize: 'letter' }),
  });
  const jobs = await store.records({ name: 'print-jobs', schema: printJobSchema, version: 1, partitionOf: (job) => monthOf(job.createdAt) });
  const templates = new Map<string, DocumentTemplate>();
  const engine = options.engine ?? chromiumPdfEngine();
  const spoolDir = path.join(store.dataDir, 'print-spool');
  const system = options.system ?? (process.platform === 'linux' || process.platform === 'darwin' ? cupsPrinters({ spoolDir }) : noPrinters);
  const policy: QueuePolicy = { ...defaultQueuePolicy, ...options.policy };
  const defaultWaitMs = options.waitMs ?? 4_000;
  const pdfDir = options.pdfDir ?? path.join(store.dataDir, 'pdf');

  const queue = createPrintQueue({
    jobs,
    clock: store.clock,
    printerSettings: () => settingsDoc.get(),
    branch: () => platform.settings.get().branch,
    templates,
    engine,
    system,
    pdfDir,
    policy,
    log: options.log,
  });

  templates.set(TEST_PAGE_KIND, testPageTemplate(() => settingsDoc.get().sheetSize));

  // Staff see waiting and failed jobs on their home screen until they print or are cancelled.
  // A job past its week is about to be cancelled by the worker: it no longer waits for anyone.
  platform.alerts.addProvider(() => {
    const now = store.clock.now();
    const attention = staffOrder(jobs.filter((j) => isPending(j) && needsAttention(j) && !isExpired(j, now)));
    const failed = attention.filter((j) => j.status === 'failed');
    const waiting = attention.filter((j) => j.status !== 'failed');
    const at = now.toISOString();
    const alerts = [];
    // The id follows the oldest job, so a dismissed alert comes back for new trouble.
    if (waiting.length > 0) alerts.push({ id: `print-waiting-${waiting[waiting.length - 1]?.id}`, at, level: 'warning' as const, code: 'print.jobs-waiting', params: { count: waiting.length } });
    if (failed.length > 0) alerts.push({ id: `print-failed-${failed[failed.length - 1]?.id}`, at, level: 'error' as const, code: 'print.jobs-failed', params: { count: failed.length } });
    return alerts;
  });

  const listPrinters = async (): Promise<Printer[]> => {
    const system_ = await system.list().catch(() => []);
    return [...system_, { name: PDF_FOLDER_PRINTER, kind: 'pdf-folder', state: 'ready' }];
  };

  // A job of a kind no longer registered (a feature removed) stays visible to admins only.
  const mayHandle = (kind: string, role: StaffRole | undefined): boolean => {
    const roles: readonly StaffRole[] = templates.get(kind)?.roles ?? ['admin'];
    return role !== undefined && roles.includes(role);
  };
  const checkRole = (kind: string, ctx: CallContext): void => {
    queue.templateOf(kind);
    if (!mayHandle(kind, ctx.session?.role)) throw new KioskFailure('print.forbidden', `Your role may not print ${kind}`);
  };
  // Jobs of other roles' documents are answered as unknown, so their existence does not leak either.
  const visibleJob = (jobId: string, ctx: CallContext): void => {
    const job = jobs.get(jobId);
    if (job && !mayHandle(job.kind, ctx.session?.role)) throw new KioskFailure('print.forbidden', `Your role may not handle ${job.kind}`);
  };

  // Saved PDFs are named <title>-<jobId>.pdf (printers.ts); titles have dashes too, so each one is tried.
  const jobOfPdf = (name: string): PrintJob | undefined => {
    const base = name.slice(0, -'.pdf'.length);
    for (let i = base.indexOf('-'); i >= 0; i = base.indexOf('-', i + 1)) {
      const job = jobs.get(base.slice(i + 1));
      if (job) return job;
    }
    return undefined;
  };

  const knownPrinter = async (name: string | null): Promise<void> => {
    if (name === null || name === PDF_FOLDER_PRINTER) return;
    const found = await listPrinters();
    const current = settingsDoc.get();
    if (!found.some((p) => p.name === name) && name !== current.receiptPrinter && name !== current.sheetPrinter) {
      throw new KioskFailure('print.unknown-printer', `No printer named ${name}`, { printer: name });
    }
  };

  const service: PrintService = {
    registerDocument(kind, template) {
      if (templates.has(kind)) throw new Error(`Document kind ${kind} is registered twice`);
      templates.set(kind, template);
    },
    print: (request, opts) => queue.print(request, opts?.waitMs ?? defaultWaitMs),
    printOnce: (request, opts) => queue.printOnce(request, opts?.waitMs ?? defaultWaitMs),
    renderHtml: async (request) => (await queue.layout(request)).html,
    renderPdf: async (request) => {
      const laidOut = await queue.layout(request);
      return (await engine.toPdf(laidOut.html, laidOut.page)).bytes;
    },
  };

  // Nothing is being spooled before the queue starts: whatever is there is a crash's leftover.
  await purgeOldFiles(spoolDir, STALE_SPOOL_MS, store.clock.now());
  // A full disk: nothing can be marked printed, so the queue rests until the store can write.
  await queue.resume().catch((error: unknown) => {
    if (!store.readOnly) throw error;
  });
  const tickMs = options.tickMs ?? 1_000;
  const timer = tickMs > 0 ? setInterval(() => store.readOnly || queue.kick(), tickMs) : null;
  timer?.unref();
  if (!store.readOnly) queue.kick();

  return {
    service,
    queue,
    handlers: {
      'print.getSettings': () => settingsDoc.get(),
      'print.updateSettings': async (input, ctx) => {
        await knownPrinter(input.receiptPrinter);
        await knownPrinter(input.sheetPrinter);
        const next = await settingsDoc.update(() => input);
        ctx.setAuditDetail(`receipt=${next.receiptPrinter ?? '-'} sheet=${next.sheetPrinter ?? '-'} size=${next.sheetSize}`);
        return next;
      },
      'print.listPrinters': () => listPrinters(),
      'print.testPage': async (input, ctx) => {
        const outcome = await queue.print({ kind: TEST_PAGE_KIND, ref: input.paper, language: input.language ?? platform.settings.get().defaultLanguage }, STAFF_WAIT_MS);
        ctx.setAuditDetail(`${input.paper} job=${outcome.jobId} ${outcome.status}`);
        return outcome;
      },
      'print.jobs': ({ cursor, limit }, ctx) => {
        // Staff order (trouble first, then newest), kept stable across pages by each job's rank in it.
        const ordered = staffOrder(jobs.filter((j) => mayHandle(j.kind, ctx.session?.role)));
        const rank = new Map(ordered.map((j, i) => [j.id, String(i).padStart(8, '0')]));
        return pageBy(ordered, (j) => `${rank.get(j.id)} ${j.id}`, { order: 'asc', cursor, limit });
      },
      'print.progress': ({ jobIds }, ctx) => {
        const mine = [...new Set(jobIds)].flatMap((id) => jobs.get(id) ?? []).filter((j) => mayHandle(j.kind, ctx.session?.role));
        const count = (status: PrintJob['status']) => mine.filter((j) => j.status === status).length;
        const stuck = mine.filter((j) => j.status === 'queued' && needsAttention(j)).length;
        return { total: mine.length, done: count('done'), printing: count('printing'), waiting: count('queued'), stuck, failed: count('failed'), cancelled: count('cancelled') };
      },
      'print.reprint': async (input, ctx) => {
        visibleJob(input.jobId, ctx);
        const outcome = await queue.reprint(input.jobId, STAFF_WAIT_MS);
        ctx.setAuditDetail(`job=${input.jobId} → ${outcome.jobId} ${outcome.status}`);
        return outcome;
      },
      'print.redirect': async (input, ctx) => {
        visibleJob(input.jobId, ctx);
        await knownPrinter(input.printer);
        const outcome = await queue.redirect(input.jobId, input.printer, STAFF_WAIT_MS);
        ctx.setAuditDetail(`job=${input.jobId} → ${input.printer} ${outcome.status}`);
        return outcome;
      },
      'print.cancel': async (input, ctx) => {
        visibleJob(input.jobId, ctx);
        const job = await queue.cancel(input.jobId);
        ctx.setAuditDetail(`job=${job.id} ${job.kind} ${job.ref}`);
        return job;
      },
      'print.request': async (input, ctx) => {
        checkRole(input.kind, ctx);
        const outcome = await queue.print(input, STAFF_WAIT_MS);
        ctx.setAuditDetail(`${input.kind} ${input.ref} job=${outcome.jobId} ${outcome.status}`);
        return outcome;
      },
      'print.preview': async (input, ctx) => {
        checkRole(input.kind, ctx);
        const doc = await queue.layout(input);
        return { title: doc.title, paper: doc.paper, language: doc.language, widthMm: doc.page.widthMm, heightMm: doc.page.heightMm, css: doc.css, bodyHtml: doc.bodyHtml };
      },
    },
    async purge(now) {
      // A week unprinted is cancelled first, so from then on it follows the rules of finished jobs.
      await queue.expireOld();
      // Printouts (referral sheets, receipts, rosters) hold names: kept as long as their area keeps its data.
      const retention = platform.settings.get().retentionDays;
      const keepMs = (kind: string): number => printoutRetentionDays(kind, retention) * DAY_MS;
      // Saved PDFs go first, while their jobs still tell which area they are from. One whose job is gone
      // (or a file not made here) gets the shortest period of all.
      const shortestMs = Math.min(KEEP_OTHER_PRINTOUTS_DAYS, ...retentionAreas.map((a) => retention[a])) * DAY_MS;
      await purgeOldFiles(
        pdfDir,
        (name) => {
          if (!name.endsWith('.pdf')) return Infinity;
          const job = jobOfPdf(name);
          return job ? keepMs(job.kind) : shortestMs;
        },
        now,
      );
      await jobs.removeWhere((j) => (j.status === 'done' || j.status === 'cancelled') && Date.parse(j.updatedAt) < now.getTime() - keepMs(j.kind));
      await purgeOldFiles(spoolDir, STALE_SPOOL_MS, now);
    },
    async close() {
      if (timer) clearInterval(timer);
      await queue.runDue().catch(() => undefined);
      await engine.close();
    },
  };
}
