// A data directory written by the previous release (test-fixtures/previous-release, made with its
// code: demo data, three orders, two bookings, two registrations, two check-ins, two wrong PINs),
// opened by this one: every numbered migration on real files, and nothing treated as a fresh install.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from './backend';
import { aesGcmCodec } from './store/codec';
import { tempDirs, testClock } from './store/test-support';
import { caller, textPrinting, valueOf } from './test-backend';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'previous-release');
const dirs = tempDirs();
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
  await dirs.cleanup();
});

async function openFixture(): Promise<{ backend: Backend; dataDir: string }> {
  const root = await dirs.make();
  await fs.cp(fixture, root, { recursive: true });
  const dataDir = path.join(root, 'data');
  const key = Buffer.from((await fs.readFile(path.join(root, 'secret.key'), 'utf8')).trim(), 'hex');
  // The afternoon the fixture was written: its tickets are today's.
  backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(key), clock: testClock('2026-11-30T17:00:00Z'), printing: textPrinting });
  return { backend, dataDir };
}
const schemaOf = async (file: string): Promise<number> => (JSON.parse(await fs.readFile(file, 'utf8')) as { schemaVersion: number }).schemaVersion;
const staffId = (b: Backend, name: string) => b.platform.staff.list().find((m) => m.name === name)!.id;

describe('opening a directory from the previous release', () => {
  it('builds its manifest (setup done, nothing fresh) and rewrites each changed file at its new version', async () => {
    const { backend: b, dataDir } = await openFixture();
    expect(b.platform.store.isFresh).toBe(false);
    expect(b.platform.store.setupState()).toBe('done');
    expect(valueOf(await b.dispatch('kiosk.bootstrap', {}, caller('lobby')))).toMatchObject({ setupRequired: false, readOnly: false });
    const manifest = JSON.parse(await fs.readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as { data: { files: string[] } };
    expect(manifest.data.files).toEqual(expect.arrayContaining(['staff.json', 'grocery.json', 'grocery-orders/2026-11.json', 'hive-bookings/2026-11.json', 'nurse-checkins/2026-11.json']));
    expect(await schemaOf(path.join(dataDir, 'staff.json'))).toBe(2);
    expect(await schemaOf(path.join(dataDir, 'grocery.json'))).toBe(2);
    expect(b.platform.alerts.list().filter((a) => a.code.startsWith('store-'))).toEqual([]);
  });

  it('keeps old 4-digit PINs working once, to choose a 6-digit one; the pad-wide lock counter is gone', async () => {
    const { backend: b, dataDir } = await openFixture();
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'staff.json'), 'utf8'))).toMatchObject({ data: { guesses: {} } });
    expect(b.platform.staff.list().every((m) => m.shortPin)).toBe(true);
    expect(b.platform.alerts.list()).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'short-pins', params: expect.objectContaining({ count: 3 }) })]));
    const desk = caller('desk');
    expect(await b.dispatch('staff.signIn', { staffId: staffId(b, 'Lee'), pin: '2222' }, desk)).toMatchObject({ ok: true, value: { role: 'librarian', mustChangePin: true } });
    expect(await b.dispatch('grocery.orders', {}, desk)).toMatchObject({ ok: false, error: { code: 'pin-change-required' } });
    expect(await b.dispatch('staff.changePin', { currentPin: '2222', pin: '2468' }, desk)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await b.dispatch('staff.changePin', { currentPin: '2222', pin: '246813' }, desk)).toMatchObject({ ok: true, value: { mustChangePin: false } });
    expect(valueOf<{ total: number }>(await b.dispatch('grocery.orders', {}, desk)).total).toBe(3);
    expect(b.platform.staff.list().find((m) => m.name === 'Lee')?.shortPin).toBe(false);
    expect(await b.dispatch('staff.signIn', { staffId: staffId(b, 'Lee'), pin: '246813' }, caller('desk-2'))).toMatchObject({ ok: true, value: { mustChangePin: false } });
  });

  it('continues every number where the previous release stopped: orders, tickets, waitlist order', async () => {
    const { backend: b } = await openFixture();
    const patron = caller('patron');
    const catalog = valueOf<{ pickup: { key: string } }>(await b.dispatch('grocery.catalog', {}, patron));
    const order = valueOf<{ orderNumber: string }>(
      await b.dispatch('grocery.submitOrder', { idempotencyKey: randomUUID(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup.key, contact: { name: 'New', phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' }, patron),
    );
    expect(order.orderNumber).toBe('1004');
    // The nurse's hours came over as Tue/Thu/Sat; open today for this check-in (Noor's old PIN changed first).
    const nurse = caller('nurse');
    await b.dispatch('staff.signIn', { staffId: staffId(b, 'Noor'), pin: '3333' }, nurse);
    await b.dispatch('staff.changePin', { currentPin: '3333', pin: '357913' }, nurse);
    const settings = valueOf<Record<string, unknown>>(await b.dispatch('nurse.settings', {}, nurse));
    valueOf(await b.dispatch('nurse.updateSettings', { ...settings, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })) }, nurse));
    const ticket = valueOf<{ number: number }>(await b.dispatch('nurse.checkIn', { idempotencyKey: randomUUID(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null }, patron));
    expect(ticket.number).toBe(3);
    const [workshop] = valueOf<{ id: string }[]>(await b.dispatch('hive.workshops', {}, patron));
    await b.dispatch('hive.register', { idempotencyKey: randomUUID(), workshopId: workshop!.id, name: 'Late', phone: '555-010-3999', email: '', language: 'en', answers: [] }, patron);
    // 7 demo registrations and 2 from patrons: the next in line is the 10th.
    const admin = caller('admin');
    await b.dispatch('staff.signIn', { staffId: staffId(b, 'Avery'), pin: '1111' }, admin);
    await b.dispatch('staff.changePin', { currentPin: '1111', pin: '135791' }, admin);
    await b.dispatch('staff.create', { name: 'Hive desk', role: 'librarian', pin: '864200' }, admin);
    const hiveDesk = caller('hive-desk');
    await b.dispatch('staff.signIn', { staffId: staffId(b, 'Hive desk'), pin: '864200' }, hiveDesk);
    const detail = valueOf<{ registrations: { name: string; position: number | null; status: string }[] }>(await b.dispatch('hive.workshopDetail', { id: workshop!.id }, hiveDesk));
    expect(detail.registrations.map((r) => r.name).slice(-3)).toEqual(['Learner 0', 'Learner 1', 'Late']);
  });
});
