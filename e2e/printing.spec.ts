import type { Page } from '@playwright/test';
import { cupsChecks, cupsSkipReason, jobPdf, openPrinters, pdfPageSizeMm, pdfsOfJob, pdfText, savePrinters, setQueueEnabled } from './cups';
import { expect, expectAccessible, signInAsStaff, startHost, test as base, type KioskHost } from './fixtures';

const test = base.extend<{ host: KioskHost }>({
  // A short retry pause, so a re-enabled printer is noticed within seconds.
  host: async ({}, use) => {
    const host = await startHost({ env: { KIOSK_PRINT_RETRY_MAX_MS: '1500' } });
    await use(host);
    await host.stop();
  },
});

// Outside CI a machine without the queues skips; in CI a missing queue is a failure.
test.skip(!cupsChecks('kiosk-receipt', 'kiosk-sheet'), cupsSkipReason);

/** The newest job of the queue screen (a test page was just sent). */
async function newestJobId(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Print queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print queue' })).toBeVisible();
  const id = await page.getByTestId('print-job').first().getAttribute('data-job-id');
  if (!id) throw new Error('no job row');
  return id;
}

test('admin assigns the CUPS queues and test pages come out as 80 mm and Letter PDFs', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '111111');
  await openPrinters(kiosk);
  await expectAccessible(kiosk, 'printers');
  await savePrinters(kiosk, { receipt: 'kiosk-receipt', sheet: 'kiosk-sheet' });

  await kiosk.getByRole('button', { name: 'Print test page on receipt printer' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Test page: Printed');
  const receiptJob = await newestJobId(kiosk);
  const receipt = await jobPdf(receiptJob);
  const receiptSize = pdfPageSizeMm(receipt);
  expect(receiptSize.width).toBeGreaterThan(79);
  expect(receiptSize.width).toBeLessThan(81);
  // As long as its content, not a sheet.
  expect(receiptSize.height).toBeLessThan(250);
  const receiptText = pdfText(receipt);
  expect(receiptText).toContain('Eastside Branch Library');
  expect(receiptText).toContain('Printer test page');
  expect(receiptText).toContain('TEST-RECEIPT');

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await openPrinters(kiosk);
  await kiosk.getByRole('button', { name: 'Print test page on sheet printer' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Test page: Printed');
  const sheetJob = await newestJobId(kiosk);
  const sheet = await jobPdf(sheetJob);
  const sheetSize = pdfPageSizeMm(sheet);
  expect(Math.abs(sheetSize.width - 215.9)).toBeLessThan(1);
  expect(Math.abs(sheetSize.height - 279.4)).toBeLessThan(1);
  expect(pdfText(sheet)).toContain('Eastside Branch Library');
  await expectAccessible(kiosk, 'print queue');
});

test('a stopped printer makes the job wait with a staff alert, then it prints exactly once', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '111111');
  await openPrinters(kiosk);
  await savePrinters(kiosk, { receipt: 'kiosk-receipt' });

  setQueueEnabled('kiosk-receipt', false);
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
    expect(pdfsOfJob(jobId)).toEqual([]);

    setQueueEnabled('kiosk-receipt', true);
    await kiosk.getByRole('button', { name: 'Print queue' }).click();
    await expect(row).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
    const file = await jobPdf(jobId);
    expect(pdfText(file)).toContain('Eastside Branch Library');
    // Give a second submission time to show up, if there were one.
    await kiosk.waitForTimeout(3000);
    expect(pdfsOfJob(jobId)).toHaveLength(1);
    await kiosk.getByRole('button', { name: 'Back' }).click();
    await expect(kiosk.getByTestId('staff-alert').filter({ hasText: /waiting/ })).toHaveCount(0);
  } finally {
    setQueueEnabled('kiosk-receipt', true);
  }
});
