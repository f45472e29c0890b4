// Staff screens at a desk: every control at least 44 px, a print queue that shows ten named rows on a
// 1920×1080 screen, and an audit log that reads in words.
import type { Page } from '@playwright/test';
import { openPrinters, savePrinters } from './cups';
import { expect, expectAccessible, signInAsStaff, test } from './fixtures';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Visible controls smaller than 44 × 44 px (a checkbox or radio counts by its label, the target a finger hits). */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, a[href], select, textarea, input:not([type="hidden"])')) {
      if (element.closest('.visually-hidden, [hidden], [data-testid="on-screen-keyboard"]')) continue;
      const target = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 43.5 || box.width < 43.5) out.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return out;
  });
}

async function expectTargets(page: Page, screen: string) {
  expect(await smallControls(page), `controls under 44 px on ${screen}`).toEqual([]);
}

test('every staff control is at least 44 px; the print queue shows ten rows by document name; the audit log says what happened', async ({ kiosk }) => {
  test.setTimeout(180_000);
  await kiosk.setViewportSize({ width: 1920, height: 1080 });
  await signInAsStaff(kiosk, '111111');
  await expectTargets(kiosk, 'staff home (admin)');
  await openPrinters(kiosk);
  await savePrinters(kiosk, { receipt: '@pdf-folder', sheet: '@pdf-folder' });
  await expectTargets(kiosk, 'printers');
  for (let i = 0; i < 11; i += 1) {
    await kiosk.getByRole('button', { name: 'Print test page on receipt printer' }).click();
    await expect(kiosk.getByRole('status')).toHaveText(/^Test page: /);
  }
  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Print queue' }).click();
  await expect(h1(kiosk, 'Print queue')).toBeVisible();
  const rows = kiosk.getByTestId('print-job');
  await expect(rows).toHaveCount(11);
  await kiosk.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 10; i += 1) {
    const row = rows.nth(i);
    // Named for staff ("Test page", then its title), never by the job's id.
    await expect(row.getByRole('cell').first()).toContainText('Test page');
    expect(await row.getByRole('cell').first().textContent()).not.toContain((await row.getAttribute('data-job-id')) ?? '-');
    const box = await row.boundingBox();
    expect(box && box.y + box.height, `row ${i + 1} inside the 1080 px screen`).toBeLessThanOrEqual(1080);
  }
  await expectTargets(kiosk, 'print queue');
  await expectAccessible(kiosk, 'print queue with ten rows');

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Audit log' }).click();
  await expect(h1(kiosk, 'Audit log')).toBeVisible();
  await expect(kiosk.getByRole('row').filter({ hasText: 'Printed a test page' }).first()).toBeVisible();
  await expect(kiosk.getByRole('row').filter({ hasText: 'Changed the printers' }).first()).toBeVisible();
  await kiosk.getByRole('button', { name: 'Español' }).click();
  await expect(kiosk.getByRole('row').filter({ hasText: 'Imprimió una página de prueba' }).first()).toBeVisible();
  await kiosk.getByRole('button', { name: 'English' }).click();
  await expectTargets(kiosk, 'audit log');
  for (const [tile, title] of [
    ['Settings', 'Settings'],
    ['Staff members', 'Staff members'],
  ] as const) {
    await kiosk.getByRole('button', { name: 'Back' }).click();
    await kiosk.getByRole('button', { name: tile, exact: true }).click();
    await expect(h1(kiosk, title)).toBeVisible();
    await expectTargets(kiosk, tile);
  }
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  // The librarian's screens.
  await signInAsStaff(kiosk, '222222');
  for (const [tile, title] of [
    ['Grocery order desk', 'Grocery order desk'],
    ['Hive: workshops and attendance', 'Hive: workshops'],
    ['Hive: day and week', 'Hive: day and week'],
    ['Hive: booking rules', 'Hive: booking rules'],
    ['Nurse queue numbers', 'Nurse queue numbers'],
  ] as const) {
    await kiosk.getByRole('button', { name: tile }).click();
    await expect(h1(kiosk, title)).toBeVisible();
    await expectTargets(kiosk, tile);
    await kiosk.getByRole('button', { name: /^(Back|Staff home|Back to staff home)$/ }).first().click();
    await expect(h1(kiosk, 'Staff home')).toBeVisible();
  }
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  // The nurse's screens.
  await signInAsStaff(kiosk, '333333');
  for (const [tile, title] of [
    ['Nurse queue', 'Nurse queue'],
    ['Nurse settings', 'Nurse settings'],
    ['Referral directory', 'Referral directory'],
    ['Screener wording', 'Screener wording'],
  ] as const) {
    await kiosk.getByRole('button', { name: tile, exact: true }).click();
    await expect(h1(kiosk, title)).toBeVisible();
    await expectTargets(kiosk, tile);
    await kiosk.getByRole('button', { name: 'Back', exact: true }).click();
  }
});
