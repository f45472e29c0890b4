// A data directory written by the previous release (test-fixtures/previous-release, made with its
// code: demo data, three orders, two bookings, two registrations, two check-ins, two wrong PINs),
// opened by this one: every chain of numbered migrations on real files, and nothing treated as a fresh install.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogItem, OrderView } from '../../shared/contract/grocery';
import type { Mentor, WorkshopView } from '../../shared/contract/hive';
import { openBackend, type Backend } from './backend';
import { aesGcmCodec, isEncryptedFile } from './store/codec';
import { tempDirs, testClock } from './store/test-support';
import { caller, textPrinting, valueOf } from './test-backend';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'previous-release');
// grocery.json and an orders file at schema 2 (text per language, before request keys and counted order
// numbers), written by that release's code with the same key: orders 1001 and 1002, next number 1003.
const groceryV2 = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'grocery-v2');
const dirs = tempDirs();
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
  await dirs.cleanup();
});

const fixtureKey = async (): Promise<Buffer> => Buffer.from((await fs.readFile(path.join(fixture, 'secret.key'), 'utf8')).trim(), 'hex');

/** A copy of the fixture (or `dataDir` again), opened by this release. */
async function openFixture(dataDir?: string): Promise<{ backend: Backend; dataDir: string }> {
  let dir = dataDir;
  if (!dir) {
    const root = await dirs.make();
    await fs.cp(fixture, root, { recursive: true });
    dir = path.join(root, 'data');
  }
  // The afternoon the fixture was written: its tickets are today's.
  backend = await openBackend({ dataDir: dir, secretCodec: aesGcmCodec(await fixtureKey()), clock: testClock('2026-11-30T17:00:00Z'), printing: textPrinting });
  return { backend, dataDir: dir };
}

/** The schema version a data file was written at (encrypted files are decoded with the fixture's key). */
async function schemaOf(file: string): Promise<number> {
  const bytes = await fs.readFile(file);
  const text = isEncryptedFile(bytes) ? aesGcmCodec(await fixtureKey()).decode(bytes) : bytes.toString('utf8');
  return (JSON.parse(text) as { schemaVersion: number }).schemaVersion;
}

/** Every collection the fixture has, and the version this release writes it at. */
const currentVersions: Record<string, number> = {
  'settings.json': 2,
  'staff.json': 2,
  'grocery.json': 3,
  'grocery-orders/2026-11.json': 3,
  'hive-settings.json': 1,
  'hive-mentors.json': 2,
  'hive-workshops.json': 2,
  'hive-bookings/2026-11.json': 2,
  'hive-registrations/2026-11.json': 2,
  'nurse-settings.json': 2,
  'nurse-checkins/2026-11.json': 3,
  'nurse-directory.json': 1,
  'nurse-counts.json': 1,
  'print-settings.json': 1,
  'print-jobs/2026-11.json': 1,
  'audit/2026-11.json': 1,
};
const staffId = (b: Backend, name: string) => b.platform.staff.list().find((m) => m.name === name)!.id;

describe('opening a directory from the previous release', () => {
  it('builds its manifest (setup done, nothing fresh) and rewrites each changed file at its new version', async () => {
    const { backend: b, dataDir } = await openFixture();
    expect(b.platform.store.isFresh).toBe(false);
    expect(b.platform.store.setupState()).toBe('done');
    expect(valueOf(await b.dispatch('kiosk.bootstrap', {}, caller('lobby')))).toMatchObject({ setupRequired: false, readOnly: false });
    const manifest = JSON.parse(await fs.readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as { data: { files: string[] } };
    expect(manifest.data.files).toEqual(expect.arrayContaining(['staff.json', 'grocery.json', 'grocery-orders/2026-11.json', 'hive-bookings/2026-11.json', 'nurse-checkins/2026-11.json']));
    for (const [file, version] of Object.entries(currentVersions)) expect(await schemaOf(path.join(dataDir, file)), file).toBe(version);
    expect(b.platform.alerts.list().filter((a) => a.code.startsWith('store-'))).toEqual([]);
    expect(b.platform.store.alerts).toEqual([]);

    // Opened again, the migrated files read as they are (nothing quarantined, same data).
    const hours = b.platform.settings.get().branch.hours;
    await b.close();
    backend = null;
    const { backend: again } = await openFixture(dataDir);
    expect(again.platform.store.alerts).toEqual([]);
    expect(again.platform.alerts.list().filter((a) => a.code.startsWith('store-'))).toEqual([]);
    expect(again.platform.settings.get().branch.hours).toEqual(hours);
  });

  it('keeps the fixture itself at version 1, so the tests keep testing the old shapes', async () => {
    for (const file of Object.keys(currentVersions)) expect(await schemaOf(path.join(fixture, 'data', file)), file).toBe(1);
  });

  it('has text per language: sizes, rooms and branch hours became the language they were written in', async () => {
    const { backend: b } = await openFixture();
    const desk = caller('desk');
    await b.dispatch('staff.signIn', { staffId: staffId(b, 'Lee'), pin: '2222' }, desk);
    valueOf(await b.dispatch('staff.changePin', { currentPin: '2222', pin: '246813' }, desk));

    // settings.json 1 → 2: the hours typed once are the default language's (English here); digits unset.
    const settings = b.platform.settings.get();
    expect(settings.branch.hours).toEqual({ en: 'Mon–Thu 10:00–20:00\nFri–Sat 10:00–17:00\nSun closed' });
    expect(settings.numberingSystems).toEqual({});

    // grocery.json 1 → 2: the English size string became the English size; names and descriptions kept every language.
    const catalog = valueOf<CatalogItem[]>(await b.dispatch('grocery.catalogAll', {}, desk));
    expect(catalog).toHaveLength(66);
    expect(catalog.find((i) => i.id === 'apples-gala')).toMatchObject({ name: { en: 'Gala apples', es: 'Manzanas Gala' }, size: { en: '3 lb bag' } });

    // grocery-orders (encrypted) 1 → 2 → 3: each line keeps the size it was ordered with; no request keys yet.
    const { items: orders } = valueOf<{ items: OrderView[] }>(await b.dispatch('grocery.orders', {}, desk));
    expect(orders.map((o) => o.number).sort()).toEqual(['1001', '1002', '1003']);
    expect(orders.flatMap((o) => o.lines.map((l) => [l.itemId, l.size]))).toEqual([0, 1, 2].map(() => ['rice', { en: '5 lb' }]));
    // Its receipt still prints in Spanish: the Spanish name, the English size as the fallback.
    const receipt = await b.printing.renderHtml({ kind: 'grocery.receipt', ref: orders[0]?.id ?? '', language: 'es' });
    expect(receipt).toContain('Arroz de grano largo (5 lb)');

    // hive-mentors.json and hive-workshops.json 1 → 2: rooms became the English room name.
    const mentors = valueOf<Mentor[]>(await b.dispatch('hive.mentors', {}, desk));
    expect(mentors.find((m) => m.displayName === 'Maria Gonzalez')?.room).toEqual({ en: 'Hive Room A' });
    const { items: workshops } = valueOf<{ items: WorkshopView[] }>(await b.dispatch('hive.allWorkshops', {}, desk));
    expect(workshops.find((w) => w.title.en === 'Social media for small business')?.room).toEqual({ en: 'Computer Lab' });
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

describe('grocery files written at schema 2 (text per language, before request keys)', () => {
  /** The previous release's directory with the grocery files of the release after it. */
  async function openWithGroceryV2(withOrders: boolean): Promise<{ backend: Backend; dataDir: string }> {
    const root = await dirs.make();
    await fs.cp(fixture, root, { recursive: true });
    const dataDir = path.join(root, 'data');
    await fs.rm(path.join(dataDir, 'grocery-orders'), { recursive: true });
    await fs.cp(path.join(groceryV2, 'grocery.json'), path.join(dataDir, 'grocery.json'));
    if (withOrders) await fs.cp(path.join(groceryV2, 'grocery-orders'), path.join(dataDir, 'grocery-orders'), { recursive: true });
    return openFixture(dataDir);
  }
  const submit = async (b: Backend) => {
    const patron = caller('patron');
    const catalog = valueOf<{ pickup: { key: string } }>(await b.dispatch('grocery.catalog', {}, patron));
    const input = { idempotencyKey: randomUUID(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup.key, contact: { name: 'New', phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' };
    return valueOf<{ orderNumber: string }>(await b.dispatch('grocery.submitOrder', input, patron)).orderNumber;
  };

  it('keeps the orders and their text in every language, adds request keys, and writes both files at schema 3', async () => {
    const { backend: b, dataDir } = await openWithGroceryV2(true);
    expect(await schemaOf(path.join(groceryV2, 'grocery.json'))).toBe(2);
    expect(await schemaOf(path.join(groceryV2, 'grocery-orders', '2026-11.json'))).toBe(2);
    expect(b.platform.alerts.list().filter((a) => a.code.startsWith('store-'))).toEqual([]);
    const desk = caller('desk');
    await b.dispatch('staff.signIn', { staffId: staffId(b, 'Lee'), pin: '2222' }, desk);
    valueOf(await b.dispatch('staff.changePin', { currentPin: '2222', pin: '246813' }, desk));
    const { items, total } = valueOf<{ items: OrderView[]; total: number }>(await b.dispatch('grocery.orders', {}, desk));
    expect(total).toBe(2);
    expect(items.find((o) => o.number === '1002')).toMatchObject({ language: 'ar', lines: [{ itemId: 'eggs' }] });
    expect(items.find((o) => o.number === '1001')?.lines.find((l) => l.itemId === 'apples-gala')?.size).toMatchObject({ en: '3 lb bag', ar: 'كيس 3 رطل', vi: 'túi 3 pound' });
    expect(await submit(b)).toBe('1003');
    expect(await schemaOf(path.join(dataDir, 'grocery.json'))).toBe(3);
    expect(await schemaOf(path.join(dataDir, 'grocery-orders', '2026-11.json'))).toBe(3);
    const stored = JSON.parse(aesGcmCodec(await fixtureKey()).decode(await fs.readFile(path.join(dataDir, 'grocery-orders', '2026-11.json')))) as { data: { number: string; requests: unknown[] }[] };
    expect(stored.data.map((o) => [o.number, o.requests.length])).toEqual([['1001', 0], ['1002', 0], ['1003', 1]]);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'grocery.json'), 'utf8'))).not.toHaveProperty('data.nextOrderNumber');
  });

  it('continues from the next order number grocery.json kept, even when the orders themselves are gone (purged)', async () => {
    const { backend: b } = await openWithGroceryV2(false);
    expect(await submit(b)).toBe('1003');
  });
});
