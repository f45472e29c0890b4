import path from 'node:path';
import { _electron, expect, test as base, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { api, demoStaff, out, startHost, type KioskHost } from './host';

export { api, demoStaff, startHost, type KioskHost };

/** Set KIOSK_E2E_ELECTRON=1 where an Electron binary exists to run the same specs in real Electron. */
export const inElectron = process.env.KIOSK_E2E_ELECTRON === '1';

export const test = base.extend<{ host: KioskHost; kiosk: Page }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  kiosk: async ({ page, host }, use) => {
    if (inElectron) {
      const app = await _electron.launch({ args: [path.join(out, 'main', 'index.js'), '--data-dir', host.dataDir + '-electron', '--demo'] });
      const window = await app.firstWindow();
      await use(window);
      await app.close();
      return;
    }
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };

/** The lobby display shows each of its languages for 5 s in turn: a text in one language shows within a full round of four. */
export const displayRound = 25_000;

/** Every screen must pass axe-core with no violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Only violations are read: asking for nothing else makes each check faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe-core violations on ${screen}`).toEqual([]);
}

/** From the attract screen: staff entry, tap the name, PIN pad, signed in. Takes a demo PIN (111111, 222222 or 333333). */
export async function signInAsStaff(page: Page, pin: string): Promise<void> {
  const member = Object.values(demoStaff).find((m) => m.pin === pin);
  if (!member) throw new Error(`No demo staff member has the PIN ${pin} (demo PINs are 111111, 222222 and 333333)`);
  await page.getByRole('button', { name: /^(Staff|Personal)$/ }).click();
  await page.getByRole('button', { name: member.name, exact: true }).click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: /^(Sign in|Entrar)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Staff home|Inicio del personal/ })).toBeVisible();
}

/**
 * From the attract screen: the nurse opens check-in until the end of today at the console (the demo's weekly
 * hours may not cover the time the test runs), then signs out.
 */
export async function openNurseCheckInToday(page: Page): Promise<void> {
  await signInAsStaff(page, '333333');
  await page.getByRole('button', { name: 'Nurse queue', exact: true }).click();
  const today = page.getByRole('region', { name: 'Check-in today' });
  await today.getByLabel('Until').selectOption('24:00');
  await today.getByRole('button', { name: /^(Open check-in now|Keep check-in open)$/ }).click();
  await expect(today.getByRole('status')).toHaveText('Saved: Check-in is open until midnight.');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
}
