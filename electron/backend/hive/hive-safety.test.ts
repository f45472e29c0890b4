// Findings M3 (only real calendar dates) and M5 (bookings and registrations encrypted at rest,
// plaintext files from before still read). Through the dispatcher with a real store.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingView, OpenSlot, RegistrationView, WorkshopView } from '../../../shared/contract/hive';
import { openBackend, type Backend } from '../backend';
import { aesGcmCodec } from '../store/codec';
import { tempDirs, testClock } from '../store/test-support';
import { dispatchOk, caller, demoCredentials, newKey } from '../test-backend';

const dirs = tempDirs();
const opened: Backend[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close().catch(() => undefined);
  await dirs.cleanup();
});
const key = randomBytes(32);
const clock = testClock('2026-11-29T14:00:00Z');

async function open(dataDir: string): Promise<Backend> {
  const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(key), demo: true, clock });
  opened.push(backend);
  return backend;
}
async function close(backend: Backend): Promise<void> {
  opened.splice(opened.indexOf(backend), 1);
  await backend.close();
}
const ok = <T>(backend: Backend, name: string, input: unknown, clientId = 'patron'): Promise<T> => dispatchOk<T>(backend, name, input, clientId);
const signInDesk = async (backend: Backend): Promise<string> => {
  await ok(backend, 'staff.signIn', demoCredentials(backend, 'librarian'), 'desk');
  return 'desk';
};

/** Every file under the data directory, snapshots included, as raw text. */
async function rawFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const names = (await fs.readdir(dir, { recursive: true })).map(String);
  const out: { file: string; text: string }[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if ((await fs.stat(full)).isFile()) out.push({ file: name, text: (await fs.readFile(full)).toString('latin1') });
  }
  return out;
}

async function book(backend: Backend, name: string): Promise<BookingView> {
  const [slot] = await ok<OpenSlot[]>(backend, 'hive.openTimes', {});
  if (!slot) throw new Error('no open time');
  const intake = { area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A plan', language: 'en' };
  return ok<BookingView>(backend, 'hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name, phone: '555-010-7777', email: '' });
}

describe('hive dates (M3)', () => {
  it('refuses a workshop saved with an impossible date and changes nothing; lists keep working', async () => {
    const backend = await open(await dirs.make());
    const desk = await signInDesk(backend);
    const before = await ok<WorkshopView[]>(backend, 'hive.workshops', {});
    const w = before[0];
    if (!w) throw new Error('no workshop');
    const { registered: _r, waitlisted: _w, seatsLeft: _s, starts: _st, ...editable } = w;
    for (const date of ['9999-99-99', '2026-13-45', '2026-02-30', '1999-12-31']) {
      const result = await backend.dispatch('hive.saveWorkshop', { ...editable, sessions: [{ ...editable.sessions[0], date }] }, caller(desk));
      expect(result.ok ? 'ok' : result.error.code, date).toBe('invalid-input');
      expect(result.ok ? [] : result.error.fields?.map((f) => f.code), date).toContain('hive-date');
    }
    const late = await backend.dispatch('hive.saveWorkshop', { ...editable, sessions: [{ ...editable.sessions[0], start: '24:00' }] }, caller(desk));
    expect(late.ok ? 'ok' : late.error.code).toBe('invalid-input');
    expect(await ok<WorkshopView[]>(backend, 'hive.workshops', {})).toEqual(before);
    const schedule = await backend.dispatch('hive.schedule', { from: '2026-02-30', days: 7 }, caller(desk));
    expect(schedule.ok ? 'ok' : schedule.error.code).toBe('invalid-input');
    expect((await ok<{ bookings: unknown[] }>(backend, 'hive.schedule', { from: '2026-11-29', days: 7 }, desk)).bookings).toBeDefined();
    // A real leap day is a date like any other.
    const leap = await backend.dispatch('hive.schedule', { from: '2028-02-29', days: 1 }, caller(desk));
    expect(leap.ok).toBe(true);
  });
});

describe('hive records at rest (M5)', () => {
  it('keeps no patron name readable in any file after a booking and a workshop registration', async () => {
    const dir = await dirs.make();
    const backend = await open(dir);
    const booked = await book(backend, 'Zebulon Quillfeather');
    const [w] = await ok<WorkshopView[]>(backend, 'hive.workshops', {});
    const reg = await ok<RegistrationView>(backend, 'hive.register', { ...newKey(), workshopId: w?.id, name: 'Ottoline Brackenbury', phone: '555-020-0099', email: '', language: 'en', answers: [] });
    expect(reg.name).toBe('Ottoline Brackenbury');
    await close(backend);
    const files = await rawFiles(dir);
    expect(files.some((f) => f.file.includes('hive-bookings'))).toBe(true);
    expect(files.filter((f) => /Zebulon|Quillfeather|Ottoline|Brackenbury|555-010-7777/.test(f.text)).map((f) => f.file)).toEqual([]);
    // Still readable with the key.
    const again = await open(dir);
    const desk = await signInDesk(again);
    expect((await ok<BookingView>(again, 'hive.booking', { id: booked.id }, desk)).name).toBe('Zebulon Quillfeather');
  });

  it('reads a plaintext bookings file from before encryption and re-writes it encrypted, without quarantine', async () => {
    const dir = await dirs.make();
    const backend = await open(dir);
    const booked = await book(backend, 'Philippa Legacyname');
    await close(backend);
    // Turn the files back into what an older version wrote: plain JSON.
    const folder = path.join(dir, 'hive-bookings');
    const codec = aesGcmCodec(key);
    for (const name of await fs.readdir(folder)) {
      const file = path.join(folder, name);
      await fs.writeFile(file, codec.decode(await fs.readFile(file)));
    }
    expect((await rawFiles(folder)).some((f) => f.text.includes('Philippa Legacyname'))).toBe(true);

    const reopened = await open(dir);
    const desk = await signInDesk(reopened);
    expect((await ok<BookingView>(reopened, 'hive.booking', { id: booked.id }, desk)).name).toBe('Philippa Legacyname');
    expect((await rawFiles(folder)).filter((f) => f.text.includes('Philippa'))).toEqual([]);
    expect(reopened.platform.store.alerts).toEqual([]);
    await expect(fs.access(path.join(dir, 'quarantine'))).rejects.toThrow();
  });
});
