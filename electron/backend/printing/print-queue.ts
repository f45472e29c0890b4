import type { PrintJob, PrinterSettings } from '../../../shared/contract/printing';
import {
  defaultBackoff,
  isDue,
  isExpired,
  PDF_FOLDER_PRINTER,
  retryDelayMs,
  type BackoffPolicy,
  type PaperKind,
  type PrintProblem,
} from '../../../shared/domain/print-jobs';
import { FALLBACK_LANGUAGE } from '../../../shared/languages';
import { isKioskFailure, KioskFailure } from '../../../shared/result';
import { newId } from '../ids';
import type { Clock, Records } from '../store/store';
import { SerialQueue } from '../store/serial-queue';
import type { DocumentTemplate, PrintOutcome, PrintRequest } from './print-api';
import type { PdfEngine, RenderedPdf } from './pdf-engine';
import { pdfFolderTarget, type PrinterSystem, type PrintPayload } from './printers';
import { layoutDocument, type Branch, type LaidOutDocument } from './templates/layout';

export type QueuePolicy = {
  /** Between tries of a job whose printer is stopped, missing or not assigned (it waits). */
  wait: BackoffPolicy;
  /** Between tries after a render or submission error. */
  fail: BackoffPolicy;
  /** After this many failed tries a job stays failed until staff act. Waiting never gives up. */
  maxFailedAttempts: number;
};

export const defaultQueuePolicy: QueuePolicy = { wait: { firstMs: 2_000, maxMs: 30_000 }, fail: defaultBackoff, maxFailedAttempts: 8 };

export type PrintQueueDeps = {
  jobs: Records<PrintJob>;
  clock: Clock;
  printerSettings: () => PrinterSettings;
  branch: () => Branch;
  templates: ReadonlyMap<string, DocumentTemplate>;
  engine: PdfEngine;
  system: PrinterSystem;
  pdfDir: string;
  policy: QueuePolicy;
  log?: (message: string, error?: unknown) => void;
};

export type PrintQueue = ReturnType<typeof createPrintQueue>;

const printerFor = (settings: PrinterSettings, paper: PaperKind): string | null => (paper === 'receipt' ? settings.receiptPrinter : settings.sheetPrinter);

/**
 * The durable print queue. Every request is a job record first; one worker tries due jobs one at
 * a time. A job counts as printed once the system accepted it (`lp` succeeded): it is then `done`
 * and never sent again by the queue. A stopped or missing printer is checked before submitting,
 * so the job waits here (with back-off) instead of inside the spooler.
 */
export function createPrintQueue(deps: PrintQueueDeps) {
  const worker = new SerialQueue();
  const listeners = new Set<(job: PrintJob) => void>();
  const folder = pdfFolderTarget(deps.pdfDir);
  const now = (): Date => deps.clock.now();

  const templateOf = (kind: string): DocumentTemplate => {
    const template = deps.templates.get(kind);
    if (!template) throw new KioskFailure('print.unknown-document', `No document kind ${kind}`, { kind });
    return template;
  };
  const paperOf = (kind: string, ref: string): PaperKind => {
    const template = templateOf(kind);
    return template.paperOf?.(ref) ?? template.paper;
  };

  const update = async (id: string, fn: (draft: PrintJob) => void): Promise<PrintJob> => {
    const job = await deps.jobs.update(id, (draft) => {
      fn(draft);
      draft.updatedAt = now().toISOString();
    });
    for (const listener of listeners) listener(job);
    return job;
  };

  /** The document as it will be printed: layout, language, English copy on sheets. */
  async function layout(request: PrintRequest): Promise<LaidOutDocument> {
    const template = templateOf(request.kind);
    const paper = paperOf(request.kind, request.ref);
    const main = await template.render(request.ref, request.language);
    const parts = [{ language: request.language, document: main }];
    // The staff copy is in the fallback language (English), the one every staff member reads.
    if (paper === 'sheet' && request.englishCopy && request.language !== FALLBACK_LANGUAGE) {
      parts.push({ language: FALLBACK_LANGUAGE, document: await template.render(request.ref, FALLBACK_LANGUAGE) });
    }
    return layoutDocument({ paper, sheetSize: deps.printerSettings().sheetSize, branch: deps.branch(), now: now(), parts });
  }

  async function enqueue(request: PrintRequest): Promise<PrintJob> {
    const template = templateOf(request.kind);
    const paper = paperOf(request.kind, request.ref);
    // Rendering the title now proves the record exists before a job is stored for it.
    const { title } = await template.render(request.ref, request.language);
    const at = now().toISOString();
    return deps.jobs.insert({
      id: newId(),
      kind: request.kind,
      ref: request.ref,
      language: request.language,
      englishCopy: request.englishCopy ?? false,
      paper,
      printer: printerFor(deps.printerSettings(), paper),
      title: title.slice(0, 200),
      status: 'queued',
      attempts: 0,
      failures: 0,
      problem: null,
      lastError: null,
      createdAt: at,
      updatedAt: at,
      nextAttemptAt: null,
      doneAt: null,
    });
  }

  /** One try of one job. Never throws: every outcome is written to the job. */
  async function attempt(id: string): Promise<void> {
    const current = deps.jobs.get(id);
    if (!current || !isDue(current, now())) return;
    const printer = current.printer ?? printerFor(deps.printerSettings(), current.paper);
    const job = await update(id, (d) => {
      d.status = 'printing';
      d.attempts += 1;
      d.printer = printer;
    });

    const settle = async (outcome: { kind: 'wait' | 'fail' | 'give-up'; problem: PrintProblem; detail: string }): Promise<void> => {
      await update(id, (d) => {
        if (d.status === 'cancelled') return;
        d.problem = outcome.problem;
        d.lastError = outcome.detail.slice(0, 500);
        if (outcome.kind === 'wait') {
          // Waiting is not failing: a printer stopped all afternoon must not use up the job's failures.
          d.status = 'queued';
          d.nextAttemptAt = new Date(now().getTime() + retryDelayMs(d.attempts - d.failures, deps.policy.wait)).toISOString();
          return;
        }
        d.status = 'failed';
        d.failures += 1;
        const giveUp = outcome.kind === 'give-up' || d.failures >= deps.policy.maxFailedAttempts;
        d.nextAttemptAt = giveUp ? null : new Date(now().getTime() + retryDelayMs(d.failures, deps.policy.fail)).toISOString();
      });
    };

    if (printer === null) return settle({ kind: 'wait', problem: 'no-printer', detail: `No ${job.paper} printer is assigned` });
    if (printer !== PDF_FOLDER_PRINTER) {
      const state = await deps.system.state(printer).catch(() => 'missing' as const);
      if (state === 'stopped') return settle({ kind: 'wait', problem: 'printer-stopped', detail: `${printer} is stopped (disabled)` });
      if (state === 'missing') return settle({ kind: 'wait', problem: 'printer-missing', detail: `${printer} was not found` });
    }

    let laidOut: LaidOutDocument;
    try {
      laidOut = await layout(job);
    } catch (error) {
      if (isKioskFailure(error) && error.code === 'not-found') return settle({ kind: 'give-up', problem: 'document-missing', detail: error.message });
      deps.log?.(`print job ${id}: layout failed`, error);
      return settle({ kind: 'fail', problem: 'render-failed', detail: errorText(error) });
    }
    // The PDF is made at most once per try, and only if the target needs it.
    const made: { pdf: Promise<RenderedPdf> | null; renderFailed: boolean } = { pdf: null, renderFailed: false };
    const payload: PrintPayload = {
      jobId: id,
      title: laidOut.title,
      html: laidOut.html,
      page: laidOut.page,
      pdf: () =>
        (made.pdf ??= deps.engine.toPdf(laidOut.html, laidOut.page).catch((error: unknown) => {
          made.renderFailed = true;
          throw error;
        })),
    };
    try {
      if (printer === PDF_FOLDER_PRINTER) await folder.submit(payload);
      else await deps.system.submit(printer, payload);
    } catch (error) {
      deps.log?.(`print job ${id}: not printed`, error);
      return settle({ kind: 'fail', problem: made.renderFailed ? 'render-failed' : 'submit-failed', detail: errorText(error) });
    }
    await update(id, (d) => {
      // Accepted by the system: printed, even if staff cancelled meanwhile.
      d.status = 'done';
      d.problem = null;
      d.lastError = null;
      d.nextAttemptAt = null;
      d.doneAt = now().toISOString();
    });
  }

  /** Cancels one job left unprinted for a week, with the reason for staff; answers the job as it is now. */
  async function expire(id: string): Promise<PrintJob | undefined> {
    const job = deps.jobs.get(id);
    if (!job || !isExpired(job, now())) return job;
    return update(id, (d) => {
      if (!isExpired(d, now())) return;
      d.status = 'cancelled';
      d.problem = 'expired';
      d.lastError = 'Not printed within 7 days: cancelled rather than printed unattended';
      d.nextAttemptAt = null;
    });
  }

  const expireAll = async (): Promise<void> => {
    for (const job of deps.jobs.filter((j) => isExpired(j, now()))) {
      await expire(job.id).catch((error: unknown) => deps.log?.(`print job ${job.id}: expiry failed`, error));
    }
  };

  /** Cancels expired jobs, then tries every due job once, oldest first. */
  const runDue = (): Promise<void> =>
    worker.run(async () => {
      await expireAll();
      const due = deps.jobs.filter((j) => isDue(j, now())).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const job of due) {
        await attempt(job.id).catch((error: unknown) => deps.log?.(`print job ${job.id}: attempt failed`, error));
      }
    });

  /** Resolves with the job once its next try has finished, or after `ms` with whatever it is then. */
  function waitForAttempt(job: PrintJob, ms: number): Promise<PrintJob> {
    const startAttempts = job.attempts;
    const settled = (j: PrintJob): boolean => j.status === 'done' || j.status === 'cancelled' || (j.attempts > startAttempts && j.status !== 'printing');
    return new Promise((resolve) => {
      const finish = (j: PrintJob): void => {
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(j);
      };
      const listener = (j: PrintJob): void => {
        if (j.id === job.id && settled(j)) finish(j);
      };
      const timer = setTimeout(() => finish(deps.jobs.get(job.id) ?? job), ms);
      listeners.add(listener);
      const latest = deps.jobs.get(job.id);
      if (latest && settled(latest)) finish(latest);
    });
  }

  const outcome = (job: PrintJob): PrintOutcome => ({ jobId: job.id, status: job.status });

  /** Jobs cut short by a restart (status `printing`) are tried again. */
  async function resume(): Promise<number> {
    const interrupted = deps.jobs.filter((j) => j.status === 'printing');
    for (const job of interrupted) {
      await update(job.id, (d) => {
        d.status = 'queued';
        d.nextAttemptAt = null;
      });
    }
    return interrupted.length;
  }

  const kick = (): void => {
    void runDue();
  };

  /** Stores the job, starts the worker, and answers after the first try or `waitMs`, whichever is first. */
  async function print(request: PrintRequest, waitMs: number): Promise<PrintOutcome> {
    const job = await enqueue(request);
    const waiting = waitForAttempt(job, waitMs);
    kick();
    return outcome(await waiting);
  }

  // Finding a record's job and storing a new one is one step: two retries at once make one job.
  const onceQueue = new SerialQueue();
  /** Like `print`, unless this document of this record was queued before: then that job's outcome. */
  async function printOnce(request: PrintRequest, waitMs: number): Promise<PrintOutcome> {
    const earlier = await onceQueue.run(async () => {
      const found = deps.jobs.filter((j) => j.kind === request.kind && j.ref === request.ref)[0];
      return found ? { job: found, isNew: false } : { job: await enqueue(request), isNew: true };
    });
    const { job } = earlier;
    // A retry: say how the job stands, without waiting again for a printer that is known to be away.
    if (!earlier.isNew && !isDue(job, now())) return outcome(job);
    const waiting = waitForAttempt(job, waitMs);
    kick();
    return outcome(await waiting);
  }

  const again = (job: PrintJob): PrintRequest => ({ kind: job.kind, ref: job.ref, language: job.language, englishCopy: job.englishCopy });

  return {
    layout,
    enqueue,
    runDue,
    resume,
    kick,
    /** Cancels every job left unprinted for a week (the worker does too, before each round). */
    expireOld: (): Promise<void> => worker.run(expireAll),
    waitForAttempt,
    /** Every change of a job's status (printed, failed, moved): the hosts push it to the print queue screens. */
    onChange(listener: (job: PrintJob) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    outcome,
    paperOf,
    templateOf,
    print,
    printOnce,

    /** Pending jobs are tried now; finished ones are printed again as a new job. */
    async reprint(jobId: string, waitMs: number): Promise<PrintOutcome> {
      // An expired job is cancelled first: asked for again now, it prints as a new job.
      const job = await expire(jobId);
      if (!job) throw new KioskFailure('print.not-found', `No print job ${jobId}`);
      if (job.status === 'done' || job.status === 'cancelled') {
        return print(again(job), waitMs);
      }
      const ready =
        job.status === 'printing'
          ? job
          : await update(jobId, (d) => {
              d.status = 'queued';
              d.nextAttemptAt = null;
              d.failures = 0;
            });
      const waiting = waitForAttempt(ready, waitMs);
      kick();
      return outcome(await waiting);
    },

    async redirect(jobId: string, printer: string, waitMs: number): Promise<PrintOutcome> {
      const job = await expire(jobId);
      if (!job) throw new KioskFailure('print.not-found', `No print job ${jobId}`);
      if (job.status === 'printing') throw new KioskFailure('print.job-busy', 'The job is being printed right now');
      if (job.status === 'done' || job.status === 'cancelled') {
        const copy = await enqueue(again(job));
        const moved = await update(copy.id, (d) => {
          d.printer = printer;
        });
        const waiting = waitForAttempt(moved, waitMs);
        kick();
        return outcome(await waiting);
      }
      const moved = await update(jobId, (d) => {
        d.printer = printer;
        d.status = 'queued';
        d.nextAttemptAt = null;
        d.failures = 0;
        d.problem = null;
      });
      const waiting = waitForAttempt(moved, waitMs);
      kick();
      return outcome(await waiting);
    },

    async cancel(jobId: string): Promise<PrintJob> {
      const job = deps.jobs.get(jobId);
      if (!job) throw new KioskFailure('print.not-found', `No print job ${jobId}`);
      return update(jobId, (d) => {
        if (d.status === 'done') throw new KioskFailure('print.job-finished', 'The job has already printed');
        d.status = 'cancelled';
        d.nextAttemptAt = null;
      });
    },
  };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
