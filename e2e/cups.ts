// Real CUPS for the e2e specs (scripts/ci-cups.sh): queues kiosk-receipt and kiosk-sheet backed by
// cups-pdf, whose PDFs land in <Out of /etc/cups/cups-pdf.conf>, ${HOME}/PDF by default (/root/PDF
// under CI). Each kiosk job is titled kiosk-<jobId>, and so is the file cups-pdf writes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, signInAsStaff } from './fixtures';

export const cupsPdfDir = process.env.KIOSK_CUPS_PDF_DIR ?? path.join(os.homedir(), 'PDF');

/** kiosk-pdf takes the kiosk's PDF as it is (a PDF-native printer); the others re-render it through cups-pdf. */
export type CupsQueue = 'kiosk-receipt' | 'kiosk-sheet' | 'kiosk-pdf';

const installedQueues: readonly string[] = (() => {
  try {
    return execFileSync('lpstat', ['-e'], { encoding: 'utf8' }).split('\n');
  } catch {
    return [];
  }
})();

/**
 * Whether a spec runs its checks against these queues. Outside CI a machine without them skips
 * those checks; in CI they always run, so a missing queue fails instead of skipping.
 */
export const cupsChecks = (...queues: CupsQueue[]): boolean => Boolean(process.env.CI) || queues.every((q) => installedQueues.includes(q));

export const cupsSkipReason = 'needs the CUPS queues of scripts/ci-cups.sh';

/** The PDFs cups-pdf wrote for a kiosk job so far (full paths). */
export const pdfsOfJob = (jobId: string): string[] =>
  existsSync(cupsPdfDir)
    ? readdirSync(cupsPdfDir)
        .filter((f) => f.startsWith(`kiosk-${jobId}`))
        .map((f) => path.join(cupsPdfDir, f))
    : [];

/** True once `pdfinfo` can read the file: cups-pdf writes in place, not atomically. */
export const isCompletePdf = (file: string): boolean => {
  try {
    execFileSync('pdfinfo', [file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Complete PDFs written into the cups-pdf folder since `since` (ms), from any job. */
export const completePdfsSince = (since: number): string[] =>
  existsSync(cupsPdfDir)
    ? readdirSync(cupsPdfDir)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.join(cupsPdfDir, f))
        .filter((f) => statSync(f).mtimeMs >= since && isCompletePdf(f))
    : [];

/** Waits for a job's one PDF, and for cups-pdf to finish writing it. */
export async function jobPdf(jobId: string): Promise<string> {
  await expect.poll(() => pdfsOfJob(jobId).length, { timeout: 30_000, message: `PDF of job ${jobId} in ${cupsPdfDir}` }).toBe(1);
  const file = pdfsOfJob(jobId)[0] ?? '';
  await expect.poll(() => isCompletePdf(file), { timeout: 15_000, message: `${file} complete` }).toBe(true);
  return file;
}

export const pdfText = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Printed text made comparable with what the document said, for right-to-left and accented text: pdftotext
 * writes the logical order of Arabic with bidi controls, the two letters of a lam ligature (لا, لى) the other
 * way round and short vowel marks apart, and breaks lines where the paper did. So both sides drop bidi
 * controls, Arabic marks and all spacing, and write those ligatures one way; letters and their order stay.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/ل([اأإآى])/g, '$1ل')
    .replace(/\s+/g, '');
}

/**
 * A phrase mixing Arabic and Latin words ("بطاقة EBT (تُمرَّر ...)") split at each change of script, without the
 * punctuation at the edges: pdftotext may put a bracket between two scripts on either side of it.
 */
function piecesOf(phrase: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let script: 'arabic' | 'other' | null = null;
  for (const char of phrase) {
    const next = /[\u0600-\u06ff]/.test(char) ? 'arabic' : /\p{L}/u.test(char) ? 'other' : null;
    if (next && script && next !== script) {
      pieces.push(current);
      current = '';
    }
    if (next) script = next;
    current += char;
  }
  pieces.push(current);
  return pieces.map((piece) => comparableText(piece).replace(/^[()[\]{}.,:;·*×-]+|[()[\]{}.,:;·*×-]+$/g, '')).filter((piece) => piece !== '');
}

/** Whether `text` (pdftotext output) holds each of `phrases`, comparably (see comparableText), in this order. */
export function hasInOrder(text: string, phrases: readonly string[]): boolean {
  const printed = comparableText(text);
  let from = 0;
  for (const piece of phrases.flatMap(piecesOf)) {
    const at = printed.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** Page size in millimetres from `pdfinfo` ("Page size: 226 x 405 pts"). */
export function pdfPageSizeMm(file: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`no page size in\n${info}`);
  const mm = (pt: string) => (Number(pt) / 72) * 25.4;
  return { width: mm(match[1] ?? '0'), height: mm(match[2] ?? '0') };
}

/** Stops or starts a queue (jobs wait in the kiosk's own queue while CUPS refuses them). */
export const setQueueEnabled = (queue: CupsQueue, enabled: boolean): void => {
  execFileSync(enabled ? 'cupsenable' : 'cupsdisable', [queue]);
};

/** `@pdf-folder` is the kiosk's own printer that writes PDFs into its data folder. */
export type PrinterChoice = { receipt?: CupsQueue | '@pdf-folder'; sheet?: CupsQueue | '@pdf-folder' };

/** From the staff home: the Printers screen. */
export async function openPrinters(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Printers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Printers' })).toBeVisible();
}

/** On the Printers screen: chooses and saves the printers given, leaving the others as they are. */
export async function savePrinters(page: Page, choice: PrinterChoice): Promise<void> {
  if (choice.receipt) await page.getByLabel(/^Receipt printer/).selectOption(choice.receipt);
  if (choice.sheet) await page.getByLabel(/^Sheet printer/).selectOption(choice.sheet);
  await page.getByRole('button', { name: 'Save printers' }).click();
  await expect(page.getByRole('status')).toHaveText('Printers saved.');
}

/** From the attract screen: an admin assigns printers through the UI and signs out again. */
export async function assignPrinters(page: Page, choice: PrinterChoice): Promise<void> {
  await signInAsStaff(page, '111111');
  await openPrinters(page);
  await savePrinters(page, choice);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
}
