// The nurse console: a lost ticket printed again (nurse and desk), and a visit left open yesterday
// shown by number and date so the nurse can close it. The patron checks in without a name.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openBackend } from '../electron/backend/backend';
import type { PdfEngine } from '../electron/backend/printing/pdf-engine';
import { noPrinters } from '../electron/backend/printing/printers';
import { aesGcmCodec } from '../electron/backend/store/codec';
import { loadOrCreateKey } from '../electron/backend/store/key-file';
import { demoStaff, expect, expectAccessible as axeCheck, signInAsStaff, startHost, test as base } from './fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const hide = page.getByRole('button', { name: /^(Hide keyboard|Ocultar teclado)$/ });
  if (await hide.isVisible()) await hide.click();
  await axeCheck(page, screen);
}

// Seeding only: the documents are never rendered here (no Chromium for PDFs in the test process).
const noPdf: PdfEngine = {
  toPdf: async (html, page) => ({ bytes: Buffer.from(html), widthMm: page.widthMm, heightMm: page.heightMm ?? 200 }),
  close: async () => undefined,
};

/**
 * Yesterday, through the real backend with its clock a day back: ticket 1 started a visit that was never
 * closed, ticket 2 waited and was never called. The host then opens the same data directory today.
 */
async function seedYesterday(dataDir: string): Promise<void> {
  const yesterday = new Date(Date.now() - DAY_MS);
  const key = await loadOrCreateKey(path.join(dataDir, 'secret.key'), { dataDir });
  const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(key), demo: true, clock: { now: () => yesterday }, printing: { engine: noPdf, system: noPrinters, tickMs: 0 } });
  try {
    const call = async (clientId: string, name: string, input: unknown) => {
      const result = await backend.dispatch(name, input, { clientId, deviceId: 'seeding', device: null });
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      return result.value as Record<string, unknown>;
    };
    // The nurse is in around the clock here, so check-in works whenever the test runs.
    const nurse = backend.platform.staff.list().find((m) => m.name === demoStaff.nurse.name);
    await call('nurse', 'staff.signIn', { staffId: nurse?.id, pin: demoStaff.nurse.pin });
    const settings = await call('nurse', 'nurse.settings', {});
    await call('nurse', 'nurse.updateSettings', { ...settings, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })) });
    const checkIn = { reasons: ['bloodPressure'], language: 'en', interpreter: false, accessNeeds: [], screener: null };
    await call('lobby', 'nurse.checkIn', { ...checkIn, idempotencyKey: randomUUID(), name: 'Yolanda Yesterday' });
    await call('lobby', 'nurse.checkIn', { ...checkIn, idempotencyKey: randomUUID(), name: 'Walter Waited' });
    const queue = (await call('nurse', 'nurse.queue', {})) as { tickets: { id: string; number: number }[] };
    await call('nurse', 'nurse.startVisit', { ticketId: queue.tickets.find((t) => t.number === 1)?.id });
  } finally {
    await backend.close();
  }
}

const test = base.extend({
  host: async ({}, use, info) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-nurse-console-'));
    await seedYesterday(dataDir);
    const host = await startHost({ dataDir });
    info.annotations.push({ type: 'data', description: dataDir });
    await use(host);
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('a nameless check-in; the nurse reprints its ticket and closes a visit left open yesterday; the desk reprints too', async ({ kiosk }) => {
  test.setTimeout(120_000);
  // The patron: "I'd rather not say", and still a ticket.
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.getByRole('button', { name: /See the library nurse/ }).click();
  await kiosk.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(kiosk, 'What should the nurse call you?')).toBeVisible();
  // "Rather not say" is a card: a tap chooses it and moves on.
  await kiosk.getByRole('button', { name: "I'd rather not say" }).click();
  await expect(h1(kiosk, 'What would you like to see the nurse about?')).toBeVisible();
  await expect(kiosk.getByLabel('First name or nickname')).toHaveCount(0);
  await expectAccessible(kiosk, 'name: rather not say');
  await kiosk.getByRole('button', { name: 'Food', exact: true }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'No, thank you' }).click();
  await expect(h1(kiosk, 'Your ticket')).toBeVisible();
  // Yesterday's numbers do not count: the day starts again at 1.
  await expect(kiosk.getByTestId('nurse-ticket-number')).toHaveText('1');
  await expectAccessible(kiosk, 'ticket without a name');
  await kiosk.getByRole('button', { name: 'Done' }).click();

  // The nurse: today's ticket 1 has no name; yesterday's open visit is listed by number and date only.
  await signInAsStaff(kiosk, '333333');
  await kiosk.getByRole('button', { name: 'Nurse queue', exact: true }).click();
  await expect(h1(kiosk, 'Nurse queue')).toBeVisible();
  const row = kiosk.getByTestId('nurse-ticket-1');
  await expect(row).toContainText('(no name given)');
  await expect(row).toContainText('Food');
  await expect(kiosk.getByTestId('nurse-ticket-2')).toHaveCount(0);
  const earlier = kiosk.getByRole('region', { name: 'Visits left open on earlier days' });
  await expect(earlier).toBeVisible();
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  await expect(earlier.getByRole('listitem')).toHaveText(/^Ticket 1 · \w+day, \w+ \d+, \d{4}/);
  // Numbers and dates only: neither yesterday's names nor reasons.
  for (const secret of ['Yolanda', 'Walter', 'Blood pressure']) await expect(earlier).not.toContainText(secret);
  await expectAccessible(kiosk, 'console with an earlier open visit');

  await kiosk.getByRole('button', { name: 'Reprint ticket 1' }).click();
  await expect(kiosk.getByRole('status')).toHaveText(/^Ticket 1 (was printed again|is in the print queue|could not be printed now)\b/);
  await expectAccessible(kiosk, 'console after a reprint');

  // Open yesterday's visit, close it; it leaves the list.
  await earlier.getByRole('button', { name: /^Open visit: ticket 1 of / }).click();
  await expect(h1(kiosk, 'Visit: ticket 1')).toBeVisible();
  await expect(kiosk.locator('main')).toContainText('Yolanda Yesterday');
  await expectAccessible(kiosk, 'earlier visit');
  await kiosk.getByRole('button', { name: 'Close visit' }).click();
  await expect(kiosk.getByText('This visit is closed.').first()).toBeVisible();
  await kiosk.getByRole('button', { name: 'Back to the queue' }).click();
  await expect(h1(kiosk, 'Nurse queue')).toBeVisible();
  await expect(kiosk.getByTestId('nurse-ticket-1')).toContainText('(no name given)');
  await expect(kiosk.getByRole('region', { name: 'Visits left open on earlier days' })).toHaveCount(0);
  await expectAccessible(kiosk, 'console, nothing left open');
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  // The desk: numbers only, and a lost ticket printed again.
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Nurse queue numbers' }).click();
  await expect(h1(kiosk, 'Nurse queue numbers')).toBeVisible();
  await expect(kiosk.getByRole('heading', { level: 2, name: 'A patron lost their ticket?' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Reprint ticket 1' }).click();
  await expect(kiosk.getByRole('status')).toHaveText(/^Ticket 1 (was printed again|is in the print queue|could not be printed now)\b/);
  await expect(kiosk.locator('main')).not.toContainText('Food');
  await expectAccessible(kiosk, 'desk reprint');
});
