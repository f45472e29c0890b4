import { expect, expectAccessible, signInAsStaff, startHost, test } from './fixtures';

test('a patron starts, switches language, gets help; every screen passes axe', async ({ kiosk }) => {
  await expect(kiosk.getByTestId('demo-badge')).toBeVisible();
  await expectAccessible(kiosk, 'attract');
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: /Order groceries/ })).toBeVisible();
  await expectAccessible(kiosk, 'home');

  await kiosk.getByRole('button', { name: 'Español' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: '¿Cómo podemos ayudarte hoy?' })).toBeVisible();
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'es');
  await expect(kiosk.locator('html')).toHaveAttribute('dir', 'ltr');
  await expectAccessible(kiosk, 'home (es)');

  await kiosk.getByRole('button', { name: 'Ayuda', exact: true }).click();
  const help = kiosk.getByRole('dialog', { name: '¿Necesitas ayuda?' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('mostrador principal');
  await expect(help).toContainText('(555) 010-4400');
  await expectAccessible(kiosk, 'help dialog');
  await kiosk.getByRole('button', { name: 'Cerrar' }).click();
  await expect(help).toBeHidden();

  await kiosk.getByRole('button', { name: 'Letra más grande' }).click();
  await expect(kiosk.locator('html')).toHaveClass(/large-text/);
  await kiosk.getByRole('button', { name: 'Alto contraste' }).click();
  await expect(kiosk.locator('html')).toHaveClass(/high-contrast/);
  await expectAccessible(kiosk, 'home in high contrast');
});

test('keyboard alone reaches the services', async ({ kiosk }) => {
  const start = kiosk.getByRole('button', { name: /Touch to start/ });
  await expect(start).toBeVisible();
  for (let i = 0; i < 20 && !(await start.evaluate((el) => el === document.activeElement)); i++) await kiosk.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await kiosk.keyboard.press('Enter');
  await expect(kiosk.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeFocused();
  // Tiles are buttons in the tab order, and Enter opens one.
  const tile = kiosk.getByRole('button', { name: /Business help/ });
  for (let i = 0; i < 20 && !(await tile.evaluate((el) => el === document.activeElement)); i++) await kiosk.keyboard.press('Tab');
  await expect(tile).toBeFocused();
  await kiosk.keyboard.press('Enter');
  await expect(kiosk.getByRole('heading', { level: 1 })).not.toHaveText('How can we help you today?');
});

test('idle: a warning with a countdown, then everything the patron set is wiped', async ({ page, host }) => {
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Letra más grande' }).click();
  await page.getByRole('button', { name: 'Personal' }).click();
  await page.getByRole('button', { name: 'Lee', exact: true }).click();
  await page.getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: '4', exact: true }).click();
  await expect(page.getByLabel('PIN')).toHaveValue('74');

  // Default timeout 90 s with a 30 s warning: at 61 s the dialog counts down.
  await page.clock.fastForward(61_000);
  const warning = page.getByRole('alertdialog', { name: '¿Necesitas más tiempo?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/se borrará en (29|30) segundos/);
  await expectAccessible(page, 'idle warning');
  await page.getByRole('button', { name: 'Sí, necesito más tiempo' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('PIN')).toHaveValue('74');

  await page.clock.fastForward(91_000);
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
  await page.getByRole('button', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Lee', exact: true }).click();
  await expect(page.getByLabel('PIN')).toHaveValue('');
  await expect(page.locator('body')).not.toContainText('74');
});

test('wrong PINs make one name wait on this screen; the others still sign in here', async ({ kiosk }) => {
  await kiosk.getByRole('button', { name: 'Staff' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await expectAccessible(kiosk, 'staff sign-in: names');
  await kiosk.getByRole('button', { name: 'Avery', exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Sign in as Avery' })).toBeVisible();
  await expectAccessible(kiosk, 'staff sign-in: PIN');
  const tryPin = async (pin: string) => {
    for (const digit of pin) await kiosk.getByRole('button', { name: digit, exact: true }).click();
    await kiosk.getByRole('button', { name: 'Sign in' }).click();
  };
  await tryPin('909090');
  await expect(kiosk.getByRole('alert')).toContainText('2 more tries before you have to wait');
  await tryPin('909091');
  await expect(kiosk.getByRole('alert')).toContainText('1 more try before you have to wait');
  await tryPin('909092');
  await expect(kiosk.getByRole('alert')).toContainText('Try again in 1 minute, or ask an admin to let you in');
  // Even the right PIN waits its turn for this name on this screen...
  await tryPin('111111');
  await expect(kiosk.getByRole('alert')).toContainText('Too many wrong PINs');
  await expect(kiosk.getByRole('heading', { name: 'Staff home' })).toHaveCount(0);
  // ...but anyone else signs in right away.
  await kiosk.getByRole('button', { name: 'Not you? Choose another name' }).click();
  await kiosk.getByRole('button', { name: 'Lee', exact: true }).click();
  await tryPin('222222');
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Staff home' })).toBeVisible();
  await expect(kiosk.getByTestId('staff-alert')).toContainText('Several wrong PINs were typed for Avery');
});

test('an admin changes settings and the patron screen shows them at once', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '111111');
  await expectAccessible(kiosk, 'staff home');
  await kiosk.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(kiosk, 'settings');
  const name = kiosk.getByLabel('Branch name');
  await name.fill('Northside Library');
  await kiosk.getByRole('checkbox', { name: 'See the library nurse' }).uncheck();
  await kiosk.getByLabel('Idle timeout (seconds)').fill('5');
  await kiosk.getByRole('button', { name: 'Save settings' }).click();
  // Out of range: refused with a translated field message, nothing saved.
  await expect(kiosk.getByRole('alert')).toContainText('Some details are missing or not valid');
  await expect(kiosk.getByText('Too short or too small')).toBeVisible();
  await kiosk.getByLabel('Idle timeout (seconds)').fill('120');
  await kiosk.getByRole('button', { name: 'Save settings' }).click();
  await expect(kiosk.getByText('Settings saved.')).toBeVisible();

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Audit log' }).click();
  await expect(kiosk.getByRole('cell', { name: 'settings.update' }).first()).toBeVisible();
  await expect(kiosk.getByText(/^Showing \d+ of \d+$/)).toBeVisible();
  await expectAccessible(kiosk, 'audit log');
  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Staff members' }).click();
  await expect(kiosk.getByRole('cell', { name: 'Lee', exact: true })).toBeVisible();
  await expectAccessible(kiosk, 'staff members');

  await kiosk.getByRole('button', { name: 'Sign out' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: /Northside Library/ })).toBeVisible();
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await expect(kiosk.getByRole('button', { name: /Order groceries/ })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: /See the library nurse/ })).toHaveCount(0);
});

test('a librarian cannot open admin settings; the backend refuses too', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '222222');
  await expect(kiosk.getByRole('button', { name: 'Settings', exact: true })).toHaveCount(0);
  const refused = await kiosk.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
    const response = await fetch('/api/settings.get', { method: 'POST', headers: { 'X-Kiosk-Token': token, 'X-Kiosk-Client': 'someone-else-123', 'Content-Type': 'application/json' }, body: '{}' });
    return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
  });
  expect(refused.status).toBe(401);
  expect(refused.body.error?.code).toBe('sign-in-required');
});

test('a fresh install asks for an admin PIN, with the on-screen keyboard', async ({ page }) => {
  const host = await startHost({ demo: false });
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await page.getByRole('button', { name: 'Staff' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome! Set up this kiosk' })).toBeVisible();
    await expectAccessible(page, 'setup');
    await page.getByLabel('Your name').click();
    const keyboard = page.getByTestId('on-screen-keyboard');
    await expect(keyboard).toBeVisible();
    await keyboard.getByRole('button', { name: 'Shift' }).click();
    for (const key of ['S', 'a', 'm']) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await expect(page.getByLabel('Your name')).toHaveValue('Sam');
    await expectAccessible(page, 'setup with keyboard');
    await page.getByLabel('Choose a PIN (6 to 8 digits)').click();
    for (const key of ['4', '8', '1', '5']) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await expect(page.getByLabel('Choose a PIN (6 to 8 digits)')).toHaveValue('4815');
    // Four digits were enough before; new PINs need six.
    await page.getByLabel('Enter the PIN again').fill('4815');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByText('Use 6 to 8 digits')).toBeVisible();
    await page.getByLabel('Choose a PIN (6 to 8 digits)').fill('481592');
    await page.getByLabel('Enter the PIN again').fill('481593');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByText('The two PINs are not the same.')).toBeVisible();
    await page.getByLabel('Enter the PIN again').fill('481592');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('Spanish on-screen keyboard has ñ and accents', async ({ page }) => {
  const host = await startHost({ demo: false });
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Personal' }).click();
    await page.getByLabel('Tu nombre').click();
    const keyboard = page.getByTestId('on-screen-keyboard');
    for (const key of ['n', 'ñ', 'á']) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await expect(page.getByLabel('Tu nombre')).toHaveValue('nñá');
    await keyboard.getByRole('button', { name: 'Borrar' }).click();
    await expect(page.getByLabel('Tu nombre')).toHaveValue('nñ');
  } finally {
    await host.stop();
  }
});

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test(`home fits ${viewport.width}×${viewport.height} with large touch targets`, async ({ kiosk }) => {
    await kiosk.setViewportSize(viewport);
    await kiosk.getByRole('button', { name: /Touch to start/ }).click();
    const overflow = await kiosk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await kiosk.evaluate(() =>
      [...document.querySelectorAll('button')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 48 || r.height < 48)).length,
    );
    expect(small).toBe(0);
  });
}

test('a librarian helps a patron; ending the visit also ends the staff session', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Help a patron' }).click();
  await expect(kiosk.getByText('Helping a patron: Lee')).toBeVisible();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Start over' }).click();
  await expect(kiosk.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await expect(kiosk.getByText(/Helping a patron|Signed in as/)).toHaveCount(0);
  await kiosk.getByRole('button', { name: 'Staff' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
});
