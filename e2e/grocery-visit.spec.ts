import { expect, expectAccessible, signInAsStaff, test } from './fixtures';

// The patron's cart lives only in the screen: idle reset wipes it. Orders a librarian places
// while helping a patron record who helped.

test('idle reset clears the grocery cart', async ({ page, host }) => {
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await page.getByRole('button', { name: 'Add Bananas', exact: true }).click();
  await expect(page.getByRole('button', { name: 'View cart (1)' })).toBeVisible();
  await page.clock.fastForward(121_000);
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await expect(page.getByRole('button', { name: 'View cart (0)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add Bananas', exact: true })).toBeVisible();
});

test('a librarian orders for a patron and the desk shows who helped', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Help a patron' }).click();
  await kiosk.getByRole('button', { name: /Order groceries/ }).click();
  await kiosk.getByRole('button', { name: 'Add Whole milk', exact: true }).click();
  await kiosk.getByRole('button', { name: 'View cart (1)' }).click();
  await kiosk.getByRole('button', { name: 'Continue to checkout' }).click();
  await kiosk.getByLabel('Your name').fill('Sam Lee');
  await kiosk.getByLabel('Phone number').fill('(555) 010-9999');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('radio', { name: 'Cash' }).click();
  await kiosk.getByRole('button', { name: 'Place order' }).click();
  const number = (await kiosk.getByTestId('order-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^\d+$/);
  await kiosk.getByRole('button', { name: 'Finish' }).click();

  await expect(kiosk.getByRole('heading', { level: 1, name: 'Staff home' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Grocery order desk' }).click();
  await kiosk.getByRole('button', { name: `Open order ${number}` }).click();
  const order = kiosk.getByRole('region', { name: `Order ${number}` });
  await expect(order).toContainText(/Helped by Lee/);
  await expect(order).toContainText('Sam Lee · (555) 010-9999');
  await expectAccessible(kiosk, 'grocery assisted order detail');
});
