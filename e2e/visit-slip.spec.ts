import { assignPrinters, completePdfsSince, cupsChecks, pdfText } from './cups';
import { expect, expectAccessible, openNurseCheckInToday, test } from './fixtures';

// One visit, two services, one slip: a nurse check-in, then groceries with the name carried in (and said so), then
// "Print a slip of today's visit" on the real receipt queue (scripts/ci-cups.sh), read back with pdftotext: the order
// and queue numbers are on it, the nurse reason and the name are not. Home then starts a new visit: nothing carried.
const printing = cupsChecks('kiosk-receipt');

test('a nurse check-in and a grocery order in one visit print one slip with both numbers and nothing private', async ({ kiosk }) => {
  test.setTimeout(180_000);
  if (printing) await assignPrinters(kiosk, { receipt: 'kiosk-receipt' });
  await openNurseCheckInToday(kiosk);
  const main = kiosk.locator('[data-action=main]');

  // The nurse: a first name and a reason, no screener.
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.locator('.tile-nurse').click();
  await main.click();
  await kiosk.getByLabel('First name or nickname').fill('Marisol');
  await main.click();
  await kiosk.locator('[data-choice=bloodPressure]').click();
  await main.click();
  await main.click();
  await kiosk.getByRole('button', { name: 'No, thank you' }).click();
  const ticket = (await kiosk.getByTestId('nurse-ticket-number').textContent())?.trim() ?? '';
  expect(ticket).toMatch(/^\d+$/);
  // One service so far: its own ticket says it all, so no visit slip yet.
  await expect(kiosk.getByRole('heading', { name: 'Anything else today?' })).toBeVisible();
  await expect(kiosk.getByTestId('visit-slip')).toHaveCount(0);
  await kiosk.locator('.anything-else-list').getByRole('button', { name: 'Order groceries' }).click();

  // Groceries: the name is filled in from the visit, and the step says so.
  await kiosk.locator('.grocery-card').first().getByRole('button', { name: /^Add/ }).first().click();
  await main.click();
  await main.click();
  await expect(kiosk.getByLabel('Your name')).toHaveValue('Marisol');
  await expect(kiosk.getByTestId('carried-note')).toHaveText('We filled this in from your visit. Change it if you need to.');
  await kiosk.getByLabel('Phone number').fill('555-010-4321');
  await main.click();
  await kiosk.locator('[data-choice=snap]').click();
  await main.click();
  const order = (await kiosk.getByTestId('order-number').textContent({ timeout: 20_000 }))?.trim() ?? '';
  expect(order).toMatch(/^\d+$/);

  // The slip of the visit, printed from the backend's own records.
  const slip = kiosk.getByTestId('visit-slip');
  await expect(slip.getByRole('button', { name: "Print a slip of today's visit" })).toBeVisible();
  await expectAccessible(kiosk, 'grocery confirmation with the visit slip');
  const started = Date.now();
  await slip.getByRole('button', { name: "Print a slip of today's visit" }).click();
  await expect(kiosk.getByTestId('visit-slip-status')).toHaveText(
    printing ? 'Your visit slip is printing. Please take it.' : 'Your visit slip will be printed at the desk.',
    { timeout: 20_000 },
  );
  await expect(slip.getByRole('button')).toBeDisabled();
  if (printing) {
    let text = '';
    await expect
      .poll(
        () => {
          text = completePdfsSince(started).map(pdfText).find((t) => t.includes('Your visit today')) ?? '';
          return text !== '';
        },
        { timeout: 30_000, message: 'visit slip PDF from the kiosk-receipt queue' },
      )
      .toBe(true);
    expect(text).toMatch(new RegExp(`Order number\\s+${order}\\b`));
    expect(text).toMatch(new RegExp(`Your number\\s+${ticket}\\b`));
    expect(text).toContain('front desk');
    for (const secret of ['Marisol', '4321', 'Blood pressure', 'pressure']) expect(text).not.toContain(secret);
  }

  // Home ends the visit: a new order starts blank and offers no slip of the last patron's records.
  await kiosk.getByRole('button', { name: 'Home' }).click();
  await kiosk.getByRole('button', { name: /Order groceries/ }).click();
  await kiosk.locator('.grocery-card').first().getByRole('button', { name: /^Add/ }).first().click();
  await main.click();
  await main.click();
  await expect(kiosk.getByLabel('Your name')).toHaveValue('');
  await expect(kiosk.getByTestId('carried-note')).toHaveCount(0);
  await kiosk.getByLabel('Your name').fill('Next Patron');
  await kiosk.getByLabel('Phone number').fill('555-010-1111');
  await main.click();
  await kiosk.locator('[data-choice=snap]').click();
  await main.click();
  await expect(kiosk.getByTestId('order-number')).toBeVisible({ timeout: 20_000 });
  await expect(kiosk.getByRole('heading', { name: 'Anything else today?' })).toBeVisible();
  await expect(kiosk.getByTestId('visit-slip')).toHaveCount(0);
});

test('the idle reset ends the visit: the next patron gets no carried details and no slip of the last records', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await page.goto(host.url);
  const main = page.locator('[data-action=main]');
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await page.locator('.grocery-card').first().getByRole('button', { name: /^Add/ }).first().click();
  await main.click();
  await main.click();
  await page.getByLabel('Your name').fill('Dana Idle');
  await page.getByLabel('Phone number').fill('555-010-2222');
  await main.click();
  await page.locator('[data-choice=cash]').click();
  await main.click();
  await expect(page.getByTestId('order-number')).toBeVisible({ timeout: 20_000 });

  // A workshop in the same visit: the contact comes along, said so; then the slip is offered.
  await page.locator('.anything-else-list').getByRole('button', { name: 'Business help' }).click();
  await page.getByRole('radio', { name: /Join a workshop/ }).click();
  await page.locator('.hive-card').first().click();
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Idle');
  await expect(page.getByTestId('carried-note')).toBeVisible();
  await main.click();
  await main.click();
  await expect(page.getByTestId('visit-slip')).toBeVisible({ timeout: 20_000 });

  // Walked away: the idle reset, then the next patron.
  await page.clock.fastForward(121_000);
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await page.locator('.grocery-card').first().getByRole('button', { name: /^Add/ }).first().click();
  await main.click();
  await main.click();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  await expect(page.getByTestId('carried-note')).toHaveCount(0);
  await page.getByLabel('Your name').fill('Next Patron');
  await page.getByLabel('Phone number').fill('555-010-3333');
  await main.click();
  await page.locator('[data-choice=cash]').click();
  await main.click();
  await expect(page.getByTestId('order-number')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('visit-slip')).toHaveCount(0);
});
