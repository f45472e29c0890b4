import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test as base, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.env.KIOSK_OUT ?? 'out');
/** Set KIOSK_E2E_ELECTRON=1 where an Electron binary exists to run the same specs in real Electron. */
export const inElectron = process.env.KIOSK_E2E_ELECTRON === '1';

export type KioskHost = { url: string; dataDir: string; output: () => string; stop(): Promise<void>; kill(): void; pid: number };

/** Starts the real browser host on a free port over a fresh (or given) data directory. */
export async function startHost(options: { demo?: boolean; dataDir?: string; env?: Record<string, string>; args?: string[] } = {}): Promise<KioskHost> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-'));
  const args = [path.join(out, 'main', 'browser-host.js'), '--port', '0', '--data-dir', dataDir];
  if (options.demo !== false) args.push('--demo');
  args.push(...(options.args ?? []));
  const child = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    output: () => output,
    pid: child.pid ?? 0,
    /** SIGKILL: no handler runs, as when the power goes. */
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

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

/** Every screen must pass axe-core with no violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe-core violations on ${screen}`).toEqual([]);
}

/** The demo staff `--demo` seeds (printed on the console): who taps which name, with which PIN. */
export const demoStaff = {
  admin: { name: 'Avery', pin: '111111' },
  librarian: { name: 'Lee', pin: '222222' },
  nurse: { name: 'Noor', pin: '333333' },
} as const;

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

/** Test set-up through the same HTTP API the kiosk page uses (as a separate client of the host). */
export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([op, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': 'e2e-set-up' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.code}`);
  return result.value as T;
}
