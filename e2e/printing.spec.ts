import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInAsStaff, startHost, test as base, type KioskHost } from './fixtures';

// Real CUPS (scripts/ci-cups.sh): queues kiosk-receipt and kiosk-sheet backed by cups-pdf, whose
// PDFs land in <Out of /etc/cups/cups-pdf.conf>, ${HOME}/PDF by default (/root/PDF under CI).
// Each kiosk job is titled kiosk-<jobId>, and so is the file cups-pdf writes.
const cupsPdfDir = process.env.KIOSK_CUPS_PDF_DIR ?? path.join(os.homedir(), 'PDF');
const hasCups = (() => {
  try {
    return execFileSync('lpstat', ['-e'], { encoding: 'utf8' }).split('\n').includes('kiosk-receipt');
  } catch {
    return false;
  }
})();

const test = base.extend<{ host: KioskHost }>({
  // A short retry pause, so a re-enabled printer is noticed within seconds.
  host: async ({}, use) => {
    const host = await startHost({ env: { KIOSK_PRINT_RETRY_MAX_MS: '1500' } });
    await use(host);
    await host.stop();
  },
});

// Outside CI a machine without the queues skips; in CI a missing queue is a failure.
test.skip(!hasCups && !process.env.CI, 'needs the CUPS queues of scripts/ci-cups.sh');

const pdfsOf = (jobId: string): string[] => (existsSync(cupsPdfDir) ? readdirSync(cupsPdfDir).filter((f) => f.startsWith(`kiosk-${jobId}`)) : []);

const isCompletePdf = (file: string): boolean => {
  try {
    execFileSync('pdfinfo', [file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Waits for the job's one PDF, and for cups-pdf to finish writing it. */
async function onePdf(jobId: string): Promise<string> {
  await expect.poll(() => pdfsOf(jobId).length, { timeout: 30_000, message: `PDF of job ${jobId} in ${cupsPdfDir}` }).toBe(1);
  const file = path.join(cupsPdfDir, pdfsOf(jobId)[0] ?? '');
  await expect.poll(() => isCompletePdf(file), { timeout: 15_000, message: `${file} complete` }).toBe(true);
  return file;
}

/** Page size in millimetres from `pdfinfo` ("Page size: 226 x 405 pts"). */
function pageSizeMm(file: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`no page size in\n${info}`);
  const mm = (pt: string) => (Number(pt) / 72) * 25.4;
  return { width: mm(match[1] ?? '0'), height: mm(match[2] ?? '0') };
}

const textOf = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

const cups = (command: 'cupsdisable' | 'cupsenable', queue: string): void => {
  execFileSync(command, [queue]);
};

/** The newest job of the queue screen (a test page was just sent). */
async function newestJobId(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Print queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print queue' })).toBeVisible();
  const id = await page.getByTestId('print-job').first().getAttribute('data-job-id');
  if (!id) throw new Error('no job row');
  return id;
}

async function openPrinters(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Printers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Printers' })).toBeVisible();
}

test('admin assigns the CUPS queues and test pages come out as 80 mm and Letter PDFs', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '1111');
  await openPrinters(kiosk);
  await expectAccessible(kiosk, 'printers');
  await kiosk.getByLabel(/^Receipt printer/).selectOption('kiosk-receipt');
  await kiosk.getByLabel(/^Sheet printer/).selectOption('kiosk-sheet');
  await kiosk.getByRole('button', { name: 'Save printers' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Printers saved.');

  await kiosk.getByRole('button', { name: 'Print test page on receipt printer' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Test page: Printed');
  const receiptJob = await newestJobId(kiosk);
  const receipt = await onePdf(receiptJob);
  const receiptSize = pageSizeMm(receipt);
  expect(receiptSize.width).toBeGreaterThan(79);
  expect(receiptSize.width).toBeLessThan(81);
  // As long as its content, not a sheet.
  expect(receiptSize.height).toBeLessThan(250);
  const receiptText = textOf(receipt);
  expect(receiptText).toContain('Eastside Branch Library');
  expect(receiptText).toContain('Printer test page');
  expect(receiptText).toContain('TEST-RECEIPT');

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await openPrinters(kiosk);
  await kiosk.getByRole('button', { name: 'Print test page on sheet printer' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Test page: Printed');
  const sheetJob = await newestJobId(kiosk);
  const sheet = await onePdf(sheetJob);
  const sheetSize = pageSizeMm(sheet);
  expect(Math.abs(sheetSize.width - 215.9)).toBeLessThan(1);
  expect(Math.abs(sheetSize.height - 279.4)).toBeLessThan(1);
  expect(textOf(sheet)).toContain('Eastside Branch Library');
  await expectAccessible(kiosk, 'print queue');
});

test('a stopped printer makes the job wait with a staff alert, then it prints exactly once', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '1111');
  await openPrinters(kiosk);
  await kiosk.getByLabel(/^Receipt printer/).selectOption('kiosk-receipt');
  await kiosk.getByRole('button', { name: 'Save printers' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Printers saved.');

  cups('cupsdisable', 'kiosk-receipt');
  try {
    await kiosk.getByRole('button', { name: 'Print test page on receipt printer' }).click();
    await expect(kiosk.getByRole('status')).toHaveText(/Test page: (Queued|Waiting for printer)/);
    const jobId = await newestJobId(kiosk);
    const row = kiosk.locator(`[data-job-id="${jobId}"]`);
    await expect(row).toContainText('Waiting for printer');
    await expect(row).toContainText('The printer is stopped or paused.');
    await expectAccessible(kiosk, 'print queue with a waiting job');

    const cspViolations: string[] = [];
    kiosk.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
    });
    await row.getByRole('button', { name: /^Preview/ }).click();
    const dialog = kiosk.getByRole('dialog', { name: 'Print preview' });
    await expect(dialog.getByTestId('print-preview')).toContainText('Eastside Branch Library');
    await expect(dialog.getByTestId('print-preview')).toContainText('TEST-RECEIPT');
    // The preview is styled (constructed stylesheet in a shadow root) without breaking the app's CSP.
    expect(await dialog.getByText('Printer test page').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    expect(cspViolations).toEqual([]);
    await expectAccessible(kiosk, 'print preview');
    await dialog.getByRole('button', { name: 'Close preview' }).click();

    await kiosk.getByRole('button', { name: 'Back' }).click();
    await expect(kiosk.getByTestId('staff-alert').filter({ hasText: /waiting/ })).toBeVisible();
    // Nothing reached CUPS while the queue was stopped.
    expect(pdfsOf(jobId)).toEqual([]);

    cups('cupsenable', 'kiosk-receipt');
    await kiosk.getByRole('button', { name: 'Print queue' }).click();
    await expect(row).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
    const file = await onePdf(jobId);
    expect(textOf(file)).toContain('Eastside Branch Library');
    // Give a second submission time to show up, if there were one.
    await kiosk.waitForTimeout(3000);
    expect(pdfsOf(jobId)).toHaveLength(1);
    await kiosk.getByRole('button', { name: 'Back' }).click();
    await expect(kiosk.getByTestId('staff-alert').filter({ hasText: /waiting/ })).toHaveCount(0);
  } finally {
    cups('cupsenable', 'kiosk-receipt');
  }
});
