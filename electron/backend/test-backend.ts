// Opens the whole backend on a fresh temp data directory, for tests that go through the real dispatcher.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Result } from '../../shared/result';
import type { StaffRole } from '../../shared/roles';
import { openBackend, type Backend, type BackendOptions } from './backend';
import type { Caller } from './context';
import { demoStaff } from './platform/demo';
import type { PdfEngine } from './printing/pdf-engine';
import { noPrinters } from './printing/printers';
import { aesGcmCodec } from './store/codec';
import { tempDirs, testClock, type TestClock } from './store/test-support';

export type TestBackend = { backend: Backend; dataDir: string; clock: TestClock };

/** Demo PINs seeded by `demo: true`. */
export const demoPins = Object.fromEntries(demoStaff.map((m) => [m.role, m.pin])) as Record<StaffRole, string>;

/**
 * A caller as a host would build it. Unless a test is about devices, each client is on a device
 * of its own (as if each test page were its own kiosk).
 */
export const caller = (clientId: string, deviceId = `device-of-${clientId}`): Caller => ({ clientId, deviceId, device: null });

/** A new idempotency key, as the renderer makes one per submit (spread into a patron write's input). */
export const newKey = (): { idempotencyKey: string } => ({ idempotencyKey: randomUUID() });

/** The id of the demo staff member with `role`. */
export function demoStaffId(backend: Backend, role: StaffRole): string {
  const name = demoStaff.find((m) => m.role === role)?.name;
  const member = backend.platform.staff.list().find((m) => m.name === name);
  if (!member) throw new Error(`no demo ${role}`);
  return member.id;
}

/** A text "PDF" engine: the real print pipeline runs, without starting Chromium in unit tests. */
export const textEngine: PdfEngine = {
  toPdf: async (html, page) => ({ bytes: Buffer.from(html), widthMm: page.widthMm, heightMm: page.heightMm ?? 200 }),
  close: async () => undefined,
};

/** Printing through `textEngine` with no printers, jobs handled at once. */
export const textPrinting: BackendOptions['printing'] = { engine: textEngine, system: noPrinters, tickMs: 0 };

export function testBackends() {
  const dirs = tempDirs();
  const open: Backend[] = [];
  const key = randomBytes(32);
  return {
    /** `timeZone` is set as the branch zone after opening (and after any demo seeding, which uses the zone the store had). */
    async start(
      options: { demo?: boolean; clock?: TestClock; dataDir?: string; printing?: BackendOptions['printing']; timeZone?: string; nurseAllWeek?: boolean } = {},
    ): Promise<TestBackend> {
      const dataDir = options.dataDir ?? (await dirs.make());
      const clock = options.clock ?? testClock('2026-06-01T14:00:00Z');
      const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(key), demo: options.demo ?? true, demoHistory: false, clock, printing: options.printing });
      open.push(backend);
      if (options.timeZone) {
        const settings = backend.platform.settings.get();
        await backend.platform.settings.update({ ...settings, branch: { ...settings.branch, timeZone: options.timeZone } });
      }
      if (options.nurseAllWeek) await nurseInAllWeek(backend);
      return { backend, dataDir, clock };
    },
    async stop(backend: Backend): Promise<void> {
      open.splice(open.indexOf(backend), 1);
      await backend.close();
    },
    async cleanup(): Promise<void> {
      for (const b of open.splice(0)) await b.close().catch(() => undefined);
      await dirs.cleanup();
    },
  };
}

/** What the demo staff member with `role` types at the sign-in screen: their name (id) and PIN. */
export const demoCredentials = (backend: Backend, role: StaffRole): { staffId: string; pin: string } => ({ staffId: demoStaffId(backend, role), pin: demoPins[role] });

/** Signs `clientId` in as the demo staff member with `role` and checks it worked. */
export async function signIn(backend: Backend, role: StaffRole, clientId = `test-${role}`): Promise<string> {
  const result = await backend.dispatch('staff.signIn', { staffId: demoStaffId(backend, role), pin: demoPins[role] }, caller(clientId));
  expect(result).toMatchObject({ ok: true, value: { role } });
  return clientId;
}

/** The value of a successful result; a refusal fails the test with its code. */
export function valueOf<T>(result: Result<unknown>, label = 'call'): T {
  if (!result.ok) throw new Error(`${label}: expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Dispatches through the real dispatcher and returns the value of a successful call. */
export async function dispatchOk<T>(backend: Backend, name: string, input: unknown, clientId: string): Promise<T> {
  return valueOf<T>(await backend.dispatch(name, input, caller(clientId)), name);
}

/** Nurse hours around the clock every day, set by a nurse through the dispatcher: for queue tests that are not about the hours. */
export async function nurseInAllWeek(backend: Backend): Promise<void> {
  const clientId = await signIn(backend, 'nurse', 'nurse-hours-setup');
  const settings = await dispatchOk<Record<string, unknown>>(backend, 'nurse.settings', {}, clientId);
  const weeklyHours = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' }));
  await dispatchOk(backend, 'nurse.updateSettings', { ...settings, weeklyHours }, clientId);
  await backend.dispatch('staff.signOut', {}, caller(clientId));
}
