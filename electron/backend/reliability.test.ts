// The faults of issue 13, one test each (fault 6, the frozen lock holder, is in store/store.test.ts):
// files that vanish, counters restored backwards, alerts forgotten, keys replaced, PIN lockouts,
// CSV formulas, spoofable rate limits, full disks and silently cut lists.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from './backend';
import type { Caller } from './context';
import { catalogToCsv, parseCatalogCsv } from './grocery/catalog-csv';
import { storeOrderCsv } from './grocery/grocery-export';
import { resourcesFromCsv, resourcesToCsv } from './nurse/resource-csv';
import { demoResources } from './nurse/demo-directory';
import { demoCatalog } from './grocery/demo-catalog';
import { startBrowserHost } from '../hosts/browser-host';
import { aesGcmCodec } from './store/codec';
import { languageCodes } from '../../shared/languages';
import { tempDirs, testClock, type TestClock } from './store/test-support';
import { nurseInAllWeek, textPrinting } from './test-backend';
import { mountTmpfs, type Tmpfs } from './store/test-fixtures/tmpfs';

const dirs = tempDirs();
const key = randomBytes(32);
const opened: Backend[] = [];
const mounts: Tmpfs[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close().catch(() => undefined);
  for (const m of mounts.splice(0)) await m.unmount();
  await dirs.cleanup();
});

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY = 24 * 60 * 60 * 1000;
/** Callers as the hosts make them: the lobby kiosk, the staff desk. */
const at = (clientId: string, deviceId = 'lobby-kiosk'): Caller => ({ clientId, deviceId, device: null });
const desk = at('desk-page', 'staff-desk');
const demoPin = { admin: '111111', librarian: '222222', nurse: '333333' } as const;

async function open(dataDir: string, clock: TestClock, options: { demo?: boolean; retryWritableMs?: number } = {}): Promise<Backend> {
  const backend = await openBackend({ dataDir, clock, secretCodec: aesGcmCodec(key), demo: options.demo ?? false, printing: textPrinting, retryWritableMs: options.retryWritableMs });
  opened.push(backend);
  return backend;
}
async function close(backend: Backend): Promise<void> {
  opened.splice(opened.indexOf(backend), 1);
  await backend.close();
}
async function ok<T>(backend: Backend, name: string, input: unknown, caller: Caller): Promise<T> {
  const result = await backend.dispatch(name, input, caller);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const staffId = (backend: Backend, name: string): string => backend.platform.staff.list().find((m) => m.name === name)?.id ?? 'none';
const signIn = (backend: Backend, name: string, pin: string, caller: Caller) => backend.dispatch('staff.signIn', { staffId: staffId(backend, name), pin }, caller);

type Catalog = { pickup: { key: string } | null };
async function order(backend: Backend, name: string): Promise<string> {
  const catalog = await ok<Catalog>(backend, 'grocery.catalog', {}, at('patron'));
  const input = { idempotencyKey: randomUUID(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup?.key, contact: { name, phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' };
  return (await ok<{ orderNumber: string }>(backend, 'grocery.submitOrder', input, at('patron'))).orderNumber;
}
/** A demo kiosk in New York, open for orders on Monday 30 November 2026. */
async function demoKiosk(dataDir: string, clock: TestClock, options: { retryWritableMs?: number } = {}): Promise<Backend> {
  const backend = await open(dataDir, clock, { demo: true, ...options });
  const settings = backend.platform.settings.get();
  await backend.platform.settings.update({ ...settings, branch: { ...settings.branch, timeZone: 'America/New_York' } });
  return backend;
}

describe('issue 13 faults', () => {
  it('1: a deleted staff.json is restored from the snapshot; setup stays closed, nobody can create an admin', async () => {
    const dataDir = await dirs.make();
    const clock = testClock('2026-03-02T15:00:00Z');
    let backend = await open(dataDir, clock);
    await ok(backend, 'setup.createAdmin', { name: 'Robin', pin: '482913' }, desk);
    await close(backend);
    await fs.rm(path.join(dataDir, 'staff.json'));

    backend = await open(dataDir, clock);
    expect(await ok(backend, 'kiosk.bootstrap', {}, at('lobby'))).toMatchObject({ setupRequired: false });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Mallory', pin: '111111' }, at('lobby'))).toMatchObject({ ok: false, error: { code: 'setup-done' } });
    // The copy taken right after setup brings Robin back, the same day.
    expect(backend.platform.staff.list().map((m) => m.name)).toEqual(['Robin']);
    expect(await signIn(backend, 'Robin', '482913', desk)).toMatchObject({ ok: true, value: { role: 'admin' } });
    expect(backend.platform.alerts.list()).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'store-missing-restored', params: expect.objectContaining({ file: 'staff.json' }) })]));
  });

  it('2: a missing month of Hive bookings is restored from the newest snapshot, with an alert, not read as empty', async () => {
    const dataDir = await dirs.make();
    const clock = testClock('2026-11-29T14:00:00Z');
    let backend = await demoKiosk(dataDir, clock);
    // A slot a week ahead, so the code still finds it after a day (before the cancel cut-off).
    const slots = await ok<{ mentorId: string; start: string }[]>(backend, 'hive.openTimes', { limit: 60 }, at('patron'));
    const slot = slots.find((s) => Date.parse(s.start) > clock.now().getTime() + 7 * DAY) ?? slots.at(-1);
    const booking = await ok<{ code: string }>(
      backend,
      'hive.book',
      { idempotencyKey: randomUUID(), mentorId: slot?.mentorId, start: slot?.start, area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A plan', name: 'Ana', phone: '555-010-7777', email: '', language: 'en' },
      at('patron'),
    );
    await close(backend);
    clock.advance(DAY / 2);
    await close(await open(dataDir, clock)); // the next day's snapshot holds the booking
    await fs.rm(path.join(dataDir, 'hive-bookings', '2026-11.json'));

    backend = await open(dataDir, clock);
    expect(await backend.dispatch('hive.findByCode', { code: booking.code, contact: '555-010-7777' }, at('patron'))).toMatchObject({ ok: true, value: { kind: 'booking' } });
    expect(backend.platform.alerts.list()).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'store-missing-restored', params: expect.objectContaining({ file: path.join('hive-bookings', '2026-11.json') }) })]),
    );
  });

  it('3: restoring grocery.json (and the counters) from a snapshot never hands out an order number again', async () => {
    const dataDir = await dirs.make();
    const clock = testClock('2026-11-30T15:00:00Z');
    let backend = await demoKiosk(dataDir, clock);
    expect(await order(backend, 'First')).toBe('1001');
    await close(backend);
    clock.set('2026-12-01T15:00:00Z');
    backend = await open(dataDir, clock); // today's snapshot: the state after order 1001
    expect(await order(backend, 'After the snapshot')).toBe('1002');
    await close(backend);
    for (const file of ['grocery.json', 'counters.json']) {
      await fs.copyFile(path.join(dataDir, 'snapshots', '2026-12-01', file), path.join(dataDir, file)).catch(() => undefined);
    }
    backend = await open(dataDir, clock);
    expect(await order(backend, 'Next')).toBe('1003');
  });

  it('4: a restored file and a PIN-guessing alert are still there after restarts, until staff acknowledge them', async () => {
    const dataDir = await dirs.make();
    const clock = testClock('2026-03-01T15:00:00Z');
    await close(await open(dataDir, clock, { demo: true }));
    clock.advance(DAY);
    let backend = await open(dataDir, clock);
    for (let i = 0; i < 3; i++) await signIn(backend, 'Noor', `90000${i}`, at('guesser'));
    await close(backend);
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"schemaVersion":1,"da');
    await close(await open(dataDir, clock));

    backend = await open(dataDir, clock);
    const codes = () => backend.platform.alerts.list().map((a) => a.code);
    expect(codes()).toEqual(expect.arrayContaining(['store-restored', 'pin-guessing']));
    await signIn(backend, 'Avery', demoPin.admin, desk);
    for (const alert of backend.platform.alerts.list().filter((a) => a.code === 'store-restored' || a.code === 'pin-guessing')) {
      expect(await backend.dispatch('system.dismissAlert', { id: alert.id }, desk)).toMatchObject({ ok: true });
    }
    await close(backend);
    backend = await open(dataDir, clock);
    expect(codes()).not.toContain('store-restored');
    expect(codes()).not.toContain('pin-guessing');
    // Acknowledging is an audited staff action.
    const audit = backend.platform.audit.list({ limit: 20 }).items.filter((e) => e.action === 'system.dismissAlert');
    expect(audit.map((e) => e.detail.split(' ')[0]).sort()).toEqual(['pin-guessing', 'store-restored']);
  });

  it('5: a missing or mistyped key file is never replaced by a new key where encrypted data exists; a wrong key is refused too', async () => {
    const dataDir = await dirs.make();
    const first = host(['--data-dir', dataDir, '--demo']);
    await first.ready();
    first.child.kill('SIGTERM');
    await first.exited;
    const keyFile = path.join(dataDir, 'secret.key');
    const realKey = await fs.readFile(keyFile);
    const before = await listed(dataDir);

    await fs.rm(keyFile);
    const missing = host(['--data-dir', dataDir]);
    expect(await missing.exited).toBe(1);
    expect(missing.output().trim()).toBe(`The key file ${keyFile} is missing, but ${dataDir} holds data encrypted with a key: restore the key file from your backup (or pass the right --key-file) and start again.`);
    const typo = path.join(dataDir, 'secret.kye');
    const mistyped = host(['--data-dir', dataDir, '--key-file', typo]);
    expect(await mistyped.exited).toBe(1);
    expect(mistyped.output()).toContain(`The key file ${typo} is missing`);

    // Another kiosk's key: refused before any file is read, so nothing goes to quarantine.
    await fs.writeFile(keyFile, randomBytes(32).toString('hex'));
    const wrong = host(['--data-dir', dataDir]);
    expect(await wrong.exited).toBe(1);
    expect(wrong.output().trim()).toBe(`The data key does not fit the encrypted files in ${dataDir}: start the kiosk with the key file this directory was set up with (--key-file), or restore secret.key from your backup.`);

    await fs.writeFile(keyFile, realKey);
    expect(await listed(dataDir)).toEqual(before);
    const again = host(['--data-dir', dataDir]);
    await again.ready();
    again.child.kill('SIGTERM');
    await again.exited;
  });

  it('7: a patron guessing PINs slows down one named member on one device; every other member, and that member at the desk, sign in', async () => {
    const dataDir = await dirs.make();
    const backend = await open(dataDir, testClock('2026-03-01T15:00:00Z'), { demo: true });
    // Five wrong PINs every five minutes used to keep the whole desk locked.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) await signIn(backend, 'Avery', `12345${i}`, at('patron'));
      expect(await signIn(backend, 'Lee', demoPin.librarian, at(`lee-${round}`))).toMatchObject({ ok: true });
      expect(await signIn(backend, 'Noor', demoPin.nurse, at(`noor-${round}`))).toMatchObject({ ok: true });
      expect(await signIn(backend, 'Avery', demoPin.admin, at(`avery-${round}`, 'staff-desk'))).toMatchObject({ ok: true, value: { role: 'admin' } });
    }
  });

  it('8: every CSV export escapes formula cells, and the importers read the exports back unchanged', () => {
    const evil = ['=HYPERLINK("http://x.example","prize")', '@SUM(1+1)', '-2+3', '+1 555 010 1234', "'=quoted already"];
    const catalog = demoCatalog.slice(0, evil.length).map((item, i) => ({ ...item, name: { en: evil[i]!, es: evil[(i + 1) % evil.length]! }, description: { en: evil[(i + 2) % evil.length]! } }));
    const resources = demoResources().slice(0, evil.length).map((r, i) => ({ ...r, organisation: evil[i]!, phone: evil[(i + 3) % evil.length]! }));
    const storeCsv = storeOrderCsv('2026-11-30-mon', [{ number: '1001', lines: catalog.map((item) => ({ itemId: item.id, name: item.name, size: item.size, unitPriceCents: item.priceCents, snapEligible: item.snapEligible, quantity: 1 })) }]);
    const languages = languageCodes;
    for (const csv of [catalogToCsv(catalog, languages), resourcesToCsv(resources, languages), storeCsv]) {
      const cells = csv.split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"/, ''));
      for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@]/);
    }
    expect(parseCatalogCsv(catalogToCsv(catalog, languages))).toMatchObject({ ok: true, items: catalog });
    expect(resourcesFromCsv(resourcesToCsv(resources, languages), () => 'new-id')).toEqual({ resources, languages });
  });

  it('9: the check-in rate limit keys on the device, not on the X-Kiosk-Client header a page chooses', async () => {
    const dataDir = await dirs.make();
    const backend = await open(dataDir, testClock('2026-03-03T15:00:00Z'), { demo: true });
    await nurseInAllWeek(backend);
    const rendererDir = path.join(await dirs.make(), 'renderer');
    await fs.mkdir(rendererDir);
    await fs.writeFile(path.join(rendererDir, 'index.html'), '<meta name="kiosk-token" content="" />');
    const web = await startBrowserHost({ backend, rendererDir, port: 0, token: 'token-0123456789abcdef' });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) {
        // A reload, or a script, makes up a new client id each time.
        const response = await fetch(`${web.url}api/nurse.checkIn`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': 'token-0123456789abcdef', 'X-Kiosk-Client': `made-up-client-${i}` },
          body: JSON.stringify({ idempotencyKey: randomUUID(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null }),
        });
        const body = (await response.json()) as { ok: boolean; error?: { code: string } };
        codes.push(body.ok ? 'ok' : (body.error?.code ?? '?'));
      }
      expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'nurse.too-many-check-ins', 'nurse.too-many-check-ins']);
    } finally {
      await web.close();
    }
  });

  it('10: a full disk refuses writes with a staff alert and patrons told the service is unavailable; a host starts on a full disk, read-only', async (ctx) => {
    const disk = await mountTmpfs(await dirs.make(), 8);
    if (!disk.ok) return ctx.skip(disk.reason);
    mounts.push(disk);
    const dataDir = path.join(disk.dir, 'data');
    const clock = testClock('2026-11-30T15:00:00Z');
    const backend = await demoKiosk(dataDir, clock, { retryWritableMs: 50 });
    expect(await order(backend, 'Before')).toBe('1001');
    await disk.fill();

    const catalog = await ok<Catalog>(backend, 'grocery.catalog', {}, at('patron'));
    const input = { idempotencyKey: randomUUID(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup?.key, contact: { name: 'Full', phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' };
    expect(await backend.dispatch('grocery.submitOrder', input, at('patron'))).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(await ok(backend, 'kiosk.bootstrap', {}, at('patron'))).toMatchObject({ readOnly: true });
    expect(backend.platform.alerts.list()).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'disk-full', level: 'error' })]));

    // Room again: the store notices by itself, writes the alert that was waiting, and takes the order.
    await disk.free();
    await until(async () => !(await ok<{ readOnly: boolean }>(backend, 'kiosk.bootstrap', {}, at('patron'))).readOnly);
    expect(await ok<{ orderNumber: string }>(backend, 'grocery.submitOrder', input, at('patron'))).toMatchObject({ orderNumber: '1002' });
    await backend.platform.alerts.settled();
    expect(await fs.readFile(path.join(dataDir, 'alerts.json'), 'utf8')).toContain('"disk-full"');
    await close(backend);

    // Started on a full disk: it comes up read-only, with the alert, and still serves what it has.
    await disk.fill();
    const keyFile = path.join(await dirs.make(), 'secret.key');
    await fs.writeFile(keyFile, key.toString('hex'));
    const started = host(['--data-dir', dataDir, '--key-file', keyFile]);
    try {
      const url = await started.ready();
      expect(started.output()).toContain('is full: the kiosk runs read-only');
      const page = await (await fetch(url)).text();
      const token = /name="kiosk-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
      const call = async (name: string, body: unknown) =>
        (await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': 'client-full-disk' }, body: JSON.stringify(body) })).json();
      expect(await call('kiosk.bootstrap', {})).toMatchObject({ ok: true, value: { readOnly: true } });
      expect(await call('grocery.catalog', {})).toMatchObject({ ok: true });
      expect(await call('grocery.submitOrder', { ...input, idempotencyKey: randomUUID() })).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
    }
  }, 60_000);

  it('11: the order desk pages through every order with a total, never silently stopping at 300', async () => {
    const dataDir = await dirs.make();
    const clock = testClock('2026-11-30T15:00:00Z');
    const backend = await demoKiosk(dataDir, clock);
    for (let i = 0; i < 305; i++) await order(backend, `Patron ${i}`);
    await signIn(backend, 'Lee', demoPin.librarian, desk);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await ok<{ items: { number: string }[]; total: number; nextCursor: string | null }>(backend, 'grocery.orders', { limit: 100, cursor }, desk);
      expect(page.total).toBe(305);
      seen.push(...page.items.map((o) => o.number));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(305);
    expect(new Set(seen).size).toBe(305);
  }, 60_000);
});

/** The browser host's entry, as a real process, serving a stand-in page (the renderer is not built for unit tests). */
function host(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, '..', 'hosts', 'browser-main.ts'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KIOSK_PRINTERS: 'none', KIOSK_RENDERER_DIR: path.join(here, 'test-fixtures', 'renderer'), ...env },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = async (): Promise<string> => {
    const start = Date.now();
    for (;;) {
      const url = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) return url;
      if (child.exitCode !== null) throw new Error(`host exited: ${out}`);
      if (Date.now() - start > 25_000) throw new Error(`host did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, ready, output: () => out };
}

async function until(test: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await test())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every file under `dir` (quarantine and key files included), to prove a refusal changed nothing. */
async function listed(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true })).map(String).filter((n) => !n.startsWith('kiosk.lock')).sort();
}
