import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { callHost, demoSignIn, startHost } from './host';
import { expect, expectAccessible, openNurseCheckInToday, signInAsStaff, test } from './fixtures';

// One visit across services and the shared measurement, end to end: a nurse check-in whose screener finds a food
// need hands the patron to the grocery order (name carried in), and the grocer partner's Impact screen, exports
// and monthly report show the order and the hand-off, while the nurse's figures are refused to the grocer.
test('a food need at the nurse becomes an order today, and the grocer sees it on Impact and in the report', async ({ page }) => {
  test.setTimeout(180_000);
  // Without the demo's made-up year of counts: this test counts its own.
  const host = await startHost({ env: { KIOSK_DEMO_HISTORY: '0' } });
  try {
    // Counts of one show (the branch's choice): small-count masking is tested in the unit tests.
    const admin = 'e2e-impact-admin';
    await callHost(host, admin, 'staff.signIn', await demoSignIn(() => callHost(host, admin, 'staff.names', {}), 'admin'));
    await callHost(host, admin, 'impact.saveSettings', { smallCount: 1 });
    await page.goto(host.url);
    await openNurseCheckInToday(page);

    // The patron checks in for the nurse and agrees to the screener; "Often" worried about food.
    await page.getByRole('button', { name: /Touch to start/ }).click();
    await page.locator('.tile-nurse').click();
    const main = page.locator('[data-action=main]');
    await main.click();
    await page.getByLabel('First name or nickname').fill('Marisol');
    await main.click();
    await page.locator('[data-choice=food]').click();
    await main.click();
    await main.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await main.click();
    for (let n = 1; n <= 10; n += 1) {
      await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
      const several = (await page.locator('main .choice-cards[role=group]').count()) > 0;
      await page.locator('main .choice-card').first().click();
      if (several) await main.click();
    }
    await expect(page.getByTestId('nurse-ticket-number')).toBeVisible();
    // The private ticket screen offers ordering first; the other services too.
    await expect(page.getByRole('heading', { name: 'Anything else today?' })).toBeVisible();
    await expectAccessible(page, 'nurse ticket with the hand-off');
    await page.getByTestId('handoff-grocery').click();

    // The order: the name is already there, to confirm or change.
    await expect(page.locator('.grocery-card').first()).toBeVisible();
    await page.locator('.grocery-card').first().getByRole('button', { name: /^Add/ }).first().click();
    await main.click();
    await main.click();
    await expect(page.getByLabel('Your name')).toHaveValue('Marisol');
    await expect(page.getByTestId('carried-note')).toHaveText('We filled this in from your visit. Change it if you need to.');
    await page.getByLabel('Phone number').fill('555-010-4321');
    await page.locator('[data-action=main]').click();
    await page.locator('[data-choice=snap]').click();
    await main.click();
    await expect(page.getByTestId('order-number')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Finish' }).click();

    // The grocer partner: Books & Bread only, with the order and the hand-off.
    await signInAsStaff(page, '444444');
    await page.getByRole('button', { name: 'Impact', exact: true }).click();
    const summary = page.getByTestId('impact-summary');
    await expect(summary.locator('[data-metric=orders] td').first()).toHaveText('1');
    await expect(summary.locator('[data-metric=handoffs] td').first()).toHaveText('1');
    await expect(page.getByRole('radio', { name: 'Library Nurse' })).toHaveCount(0);
    await expect(page.locator('.impact-chart svg').first()).toBeVisible();
    await expectAccessible(page, 'Impact as the grocer partner');
    mkdirSync('reports', { recursive: true });
    await page.screenshot({ path: path.join('reports', 'impact-grocer.png'), fullPage: true });

    // The nurse's figures are refused to the grocer by the backend, whatever the screen offers.
    const grocer = 'e2e-impact-grocer';
    await callHost(host, grocer, 'staff.signIn', await demoSignIn(() => callHost(host, grocer, 'staff.names', {}), 'grocery-partner'));
    const today = new Date().toISOString().slice(0, 10);
    await expect(callHost(host, grocer, 'impact.figures', { section: 'nurse', from: today, to: today, per: 'week' })).rejects.toThrow('forbidden');
    await expect(callHost(host, grocer, 'nurse.stats', { limit: 10 })).rejects.toThrow('forbidden');

    // The monthly report, saved as a PDF, read back.
    await page.getByLabel('Report month').fill(today.slice(0, 7));
    await page.getByRole('button', { name: 'Save the report as PDF' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('impact-pdf-link').click()]);
    const file = path.join(host.dataDir, 'report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Books & Bread: monthly partner report');
    expect(text).toMatch(/Orders\s+1\s/);
    expect(text).toMatch(/Hand-offs from the nurse taken\s+1\s/);
    expect(text).not.toContain('Marisol');
    expect(text).not.toContain('4321');
  } finally {
    await host.stop();
  }
});
