import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { languageCodes } from '../shared/languages';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built app (KIOSK_OUT lets parallel builds use their own folder). */
export const out = path.resolve(root, process.env.KIOSK_OUT ?? 'out');

export type KioskHost = { url: string; dataDir: string; output: () => string; stop(): Promise<void>; kill(): void; pid: number };

/** Starts the real browser host on a free port over a fresh (or given) data directory; `args` adds options (--listen ...). */
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

/** Calls an operation over the host's HTTP API as a separate client (test set-up only). */
export async function callHost(host: KioskHost, client: string, name: string, input: unknown): Promise<unknown> {
  const html = await (await fetch(host.url)).text();
  const token = /name="kiosk-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const response = await fetch(new URL(`api/${name}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': client },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.code}`);
  return body.value;
}

/** The demo staff `--demo` seeds (printed on the console): who taps which name, with which PIN. */
export const demoStaff = {
  admin: { name: 'Avery', pin: '111111' },
  librarian: { name: 'Lee', pin: '222222' },
  nurse: { name: 'Noor', pin: '333333' },
  'grocery-partner': { name: 'Gus', pin: '444444' },
  'hive-partner': { name: 'Uma', pin: '555555' },
  'nurse-partner': { name: 'Hana', pin: '666666' },
} as const;
export type DemoRole = keyof typeof demoStaff;

/** The sign-in input of a demo staff member (their id from the names the sign-in screen lists, and their PIN). */
export async function demoSignIn(names: () => Promise<unknown>, role: DemoRole): Promise<{ staffId: string; pin: string }> {
  const { name, pin } = demoStaff[role];
  const id = ((await names()) as { id: string; name: string }[]).find((n) => n.name === name)?.id;
  if (!id) throw new Error(`the demo has no ${role} named ${name}`);
  return { staffId: id, pin };
}

/** The demo offers some languages; the gallery and the layout spec look at every language the app ships. */
export async function offerEveryLanguage(host: KioskHost): Promise<void> {
  const client = 'e2e-set-up-languages';
  await callHost(host, client, 'staff.signIn', await demoSignIn(() => callHost(host, client, 'staff.names', {}), 'admin'));
  const settings = (await callHost(host, client, 'settings.get', {})) as Record<string, unknown>;
  await callHost(host, client, 'settings.update', { ...settings, languages: [...languageCodes] });
  await callHost(host, client, 'staff.signOut', {});
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
