// What staff and patrons see when things go wrong underneath: a kiosk upgraded with old 4-digit
// PINs, and a kiosk whose disk is full.
import { cpSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mountTmpfs } from '../electron/backend/store/test-fixtures/tmpfs';
import { expect, expectAccessible, startHost, test } from './fixtures';

const previousRelease = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'backend', 'test-fixtures', 'previous-release');

test('an upgraded kiosk: an old 4-digit PIN signs in once and asks for a 6-digit one first', async ({ page }) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-upgrade-'));
  cpSync(previousRelease, root, { recursive: true });
  const dataDir = path.join(root, 'data');
  copyFileSync(path.join(root, 'secret.key'), path.join(dataDir, 'secret.key'));
  const host = await startHost({ dataDir, demo: false });
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Staff' }).click();
    await expect(page.getByRole('button', { name: 'Avery', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Lee', exact: true }).click();
    for (const digit of '2222') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new PIN' })).toBeVisible();
    await expect(page.getByText('PINs now have at least 6 digits')).toBeVisible();
    await expectAccessible(page, 'change PIN');
    await page.getByLabel('Current PIN').fill('2222');
    await page.getByLabel('New PIN (6 to 8 digits)').fill('2468');
    await page.getByLabel('New PIN again').fill('2468');
    await page.getByRole('button', { name: 'Save new PIN' }).click();
    await expect(page.getByText('Use 6 to 8 digits')).toBeVisible();
    await page.getByLabel('Current PIN').fill('2222');
    await page.getByLabel('New PIN (6 to 8 digits)').fill('246813');
    await page.getByLabel('New PIN again').fill('246813');
    await page.getByRole('button', { name: 'Save new PIN' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staff home' })).toBeVisible();
    // The others still have short PINs: staff are told who.
    await expect(page.getByTestId('staff-alert').filter({ hasText: 'shorter than 6 digits' })).toContainText('Avery, Noor');
    await expectAccessible(page, 'staff home after PIN change');
  } finally {
    await host.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a kiosk started on a full disk says so on every screen and offers no service it could not save', async ({ page }, info) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-full-'));
  const disk = await mountTmpfs(root, 8);
  if (!disk.ok) {
    rmSync(root, { recursive: true, force: true });
    info.skip(true, disk.reason);
    return;
  }
  const dataDir = path.join(root, 'data');
  try {
    const seeded = await startHost({ dataDir });
    await seeded.stop();
    await disk.fill();
    const host = await startHost({ dataDir, demo: false });
    try {
      await page.goto(host.url);
      const banner = page.getByTestId('read-only-banner');
      await expect(banner).toHaveText('This kiosk cannot save anything right now. Please ask a librarian for help.');
      await expectAccessible(page, 'attract, read-only');
      await page.getByRole('button', { name: /Touch to start/ }).click();
      await expect(banner).toBeVisible();
      const grocery = page.getByRole('button', { name: /Order groceries/ });
      await expect(grocery).toBeDisabled();
      await expect(grocery).toContainText('Not available right now');
      await expectAccessible(page, 'home, read-only');
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(banner).toHaveText('Este quiosco no puede guardar nada en este momento. Pide ayuda a un bibliotecario.');
    } finally {
      await host.stop();
    }
  } finally {
    await disk.unmount();
    rmSync(root, { recursive: true, force: true });
  }
});
