// Pure rules of the print queue: which jobs are due, how long to wait between attempts,
// and the order staff see them in. No Node, no DOM.

export const printJobStatuses = ['queued', 'printing', 'done', 'failed', 'cancelled'] as const;
export type PrintJobStatus = (typeof printJobStatuses)[number];

export const paperKinds = ['receipt', 'sheet'] as const;
export type PaperKind = (typeof paperKinds)[number];

export const sheetSizes = ['letter', 'a4'] as const;
export type SheetSize = (typeof sheetSizes)[number];

/** Why a job has not printed yet; translated at `print.problems.<problem>`. */
export const printProblems = ['printer-stopped', 'printer-missing', 'no-printer', 'render-failed', 'submit-failed', 'document-missing', 'expired'] as const;
export type PrintProblem = (typeof printProblems)[number];

/** The always-present "save PDF to a folder" target; CUPS names cannot contain `@`. */
export const PDF_FOLDER_PRINTER = '@pdf-folder';

/** The fields of a job these rules look at. */
export type JobTiming = {
  status: PrintJobStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
};

export type BackoffPolicy = {
  /** Delay after the first failed attempt. */
  firstMs: number;
  /** Longest delay between attempts. */
  maxMs: number;
};

export const defaultBackoff: BackoffPolicy = { firstMs: 1_000, maxMs: 60_000 };

/** Doubling back-off: first, 2×first, 4×first … capped at maxMs. `attempts` counts tries made so far (≥ 1). */
export function retryDelayMs(attempts: number, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.max(0, Math.min(30, attempts - 1));
  return Math.min(policy.maxMs, policy.firstMs * 2 ** exponent);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A job not printed this long after it was asked for is cancelled: a slip printing unattended days later helps nobody. */
export const PRINT_JOB_EXPIRY_MS = 7 * DAY_MS;

/** Still queued or failed a week after it was made: to be cancelled, never printed, and not shown as waiting. */
export const isExpired = (job: Pick<JobTiming, 'status' | 'createdAt'>, now: Date): boolean =>
  (job.status === 'queued' || job.status === 'failed') && Date.parse(job.createdAt) <= now.getTime() - PRINT_JOB_EXPIRY_MS;

/** Jobs the worker should try now: waiting or failed-with-a-retry, whose time has come, not expired. */
export function isDue(job: JobTiming, now: Date): boolean {
  if (job.status !== 'queued' && job.status !== 'failed') return false;
  if (isExpired(job, now)) return false;
  if (job.nextAttemptAt === null) return job.status === 'queued';
  return Date.parse(job.nextAttemptAt) <= now.getTime();
}

/** Areas whose printouts (saved PDFs, finished jobs) follow the area's retention setting; by kind prefix. */
export const retentionAreas = ['grocery', 'hive', 'nurse'] as const;
export type RetentionArea = (typeof retentionAreas)[number];

/** How long printouts of other kinds (the test page) are kept. */
export const KEEP_OTHER_PRINTOUTS_DAYS = 30;

/**
 * Days a printout of `kind` is kept: `grocery.receipt` as long as grocery data, `print.test` 30 days; a visit slip,
 * which lists several services' records of one patron, as long as the shortest of them.
 */
export function printoutRetentionDays(kind: string, retentionDays: Readonly<Record<RetentionArea, number>>): number {
  const prefix = kind.split('.')[0];
  if (prefix === 'visit') return Math.min(...retentionAreas.map((a) => retentionDays[a]));
  const area = retentionAreas.find((a) => a === prefix);
  return area ? retentionDays[area] : KEEP_OTHER_PRINTOUTS_DAYS;
}

/** Not printed yet and still expected to print (staff should know about these). */
export const isPending = (job: Pick<JobTiming, 'status'>): boolean => job.status === 'queued' || job.status === 'printing' || job.status === 'failed';

/** A job that tried and could not print yet: waiting for a printer, or failed. */
export const needsAttention = (job: Pick<JobTiming, 'status' | 'attempts'>): boolean =>
  job.status === 'failed' || (job.status === 'queued' && job.attempts > 0);

const rank = (job: Pick<JobTiming, 'status' | 'attempts'>): number => {
  if (job.status === 'failed') return 0;
  if (needsAttention(job)) return 1;
  if (job.status === 'queued' || job.status === 'printing') return 2;
  return 3;
};

/** Staff list order: failed, then waiting, then in progress, then finished; newest first within each. */
export function staffOrder<T extends Pick<JobTiming, 'status' | 'attempts' | 'createdAt'>>(jobs: readonly T[]): T[] {
  return [...jobs].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** Page size of a paper kind in millimetres; receipts are as long as their content (height null). */
export type PageSize = { widthMm: number; heightMm: number | null };

export function pageSizeOf(paper: PaperKind, sheetSize: SheetSize): PageSize {
  if (paper === 'receipt') return { widthMm: 80, heightMm: null };
  return sheetSize === 'a4' ? { widthMm: 210, heightMm: 297 } : { widthMm: 215.9, heightMm: 279.4 };
}

/** Printable width of 80 mm receipt paper (the head does not reach the edges). */
export const RECEIPT_CONTENT_MM = 72;

export const MM_PER_INCH = 25.4;
export const CSS_PX_PER_INCH = 96;
export const mmToInches = (mm: number): number => mm / MM_PER_INCH;
export const mmToMicrons = (mm: number): number => Math.round(mm * 1000);
export const pxToMm = (px: number): number => (px * MM_PER_INCH) / CSS_PX_PER_INCH;
