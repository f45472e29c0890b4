import { expect, expectAccessible, test } from './fixtures';

test('attract screen opens the home screen', async ({ kiosk }) => {
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeVisible();
  await expectAccessible(kiosk, 'home');
});
