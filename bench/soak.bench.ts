// `npm run bench:soak`: seven compressed days of a busy branch on one data directory, with the
// clock moved through each day: hundreds of grocery orders (sent to the store, delivered, picked
// up), check-ins the nurse calls and closes, mentor bookings, workshop registrations and patron
// cancels; receipts and slips printed to the PDF folder; purges on schedule; a restart each night.
// Every morning, everything acknowledged before is checked (within its retention period).
// Last line: RESULT errors=<n> lost=<n> store_mb_day7=<n> rss_growth_pct=<n>.
import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../electron/backend/backend';
import { aesGcmCodec } from '../electron/backend/store/codec';
import { testClock } from '../electron/backend/store/test-support';
import type { Result } from '../shared/result';
import { benchPrinting, deskCallers, nurseInAllWeek, offer, patronWrite, type PatronWrite } from './workload';

const DAYS = Number(process.env.SOAK_DAYS ?? 7);
const PER_DAY = { orders: 220, checkIns: 110, bookings: 30, registrations: 24, cancels: 4 };
const TZ = 'America/New_York';
/** Monday 30 November 2026; the branch is open 10:00–18:00 (15:00–23:00 UTC). */
const FIRST_DAY = Date.parse('2026-11-30T00:00:00Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Refusals a busy day brings (a slot someone just took, a full waitlist...): expected, not errors. */
const EXPECTED_REFUSALS = new Set(['hive.slot-taken', 'hive.slot-too-soon', 'hive.slot-past', 'hive.too-many-bookings', 'hive.workshop-closed', 'hive.cancel-too-late', 'nurse.no-one-waiting', 'grocery.window-closed']);

type StaffCall = (role: 'librarian' | 'nurse' | 'admin', name: string, input: unknown) => Promise<Result<unknown>>;
type Acknowledged = { kind: 'order'; number: string; deliveryEnd: number } | { kind: 'booking'; id: string } | { kind: 'registration'; id: string } | { kind: 'check-in'; day: string };

/** The same shuffle for the same seed, so runs compare. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-soak-'));
  const key = aesGcmCodec(randomBytes(32));
  const clock = testClock(new Date(FIRST_DAY + 13 * HOUR).toISOString());
  const acknowledged: Acknowledged[] = [];
  let errors = 0;
  let lost = 0;
  let n = 0;
  const rss: number[] = [];
  const errorCodes = new Map<string, number>();
  const counted = (result: Result<unknown>): Result<unknown> => {
    if (!result.ok && !EXPECTED_REFUSALS.has(result.error.code)) {
      errors++;
      errorCodes.set(result.error.code, (errorCodes.get(result.error.code) ?? 0) + 1);
    }
    return result;
  };

  const verify = async (backend: Backend, staff: StaffCall): Promise<void> => {
    const now = clock.now().getTime();
    const grocery = backend.platform.settings.get().retentionDays.grocery * DAY;
    const numbers = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await staff('librarian', 'grocery.orders', { limit: 200, cursor });
      if (!page.ok) break;
      const value = page.value as { items: { number: string }[]; nextCursor: string | null };
      for (const o of value.items) numbers.add(o.number);
      cursor = value.nextCursor ?? undefined;
    } while (cursor);
    // Bookings are made up to 30 days ahead: from the first day, and from today, a month each.
    const bookings = new Set<string>();
    for (const from of ['2026-11-30', clock.now().toISOString().slice(0, 10)]) {
      const schedule = await staff('librarian', 'hive.schedule', { from, days: 31 });
      for (const b of schedule.ok ? (schedule.value as { bookings: { id: string }[] }).bookings : []) bookings.add(b.id);
    }
    const registrations = new Set<string>();
    for (const workshop of (await staff('librarian', 'hive.allWorkshops', { limit: 200 }) as { ok: true; value: { items: { id: string }[] } }).value.items) {
      const detail = await staff('librarian', 'hive.workshopDetail', { id: workshop.id });
      if (detail.ok) for (const r of (detail.value as { registrations: { id: string }[] }).registrations) registrations.add(r.id);
    }
    // Check-ins outlive their visit details as anonymous daily counts.
    const stats = await staff('nurse', 'nurse.stats', { limit: 200 });
    const checkIns = new Map((stats.ok ? (stats.value as { items: { day: string; checkIns: number }[] }).items : []).map((d) => [d.day, d.checkIns]));
    const ticketsByDay = new Map<string, number>();
    for (const a of acknowledged) {
      if (a.kind === 'order' && a.deliveryEnd + grocery > now && !numbers.has(a.number)) lost++;
      if (a.kind === 'booking' && !bookings.has(a.id)) lost++;
      if (a.kind === 'registration' && !registrations.has(a.id)) lost++;
      if (a.kind === 'check-in') ticketsByDay.set(a.day, (ticketsByDay.get(a.day) ?? 0) + 1);
    }
    for (const [day, count] of ticketsByDay) lost += Math.max(0, count - (checkIns.get(day) ?? 0));
  };

  for (let day = 0; day < DAYS; day++) {
    const date = new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);
    // Opening at 08:00: the restart of the night before, purges and the daily snapshot.
    clock.set(new Date(FIRST_DAY + day * DAY + 13 * HOUR).toISOString());
    const backend = await openBackend({ dataDir, secretCodec: key, clock, demo: day === 0, printing: benchPrinting });
    if (day === 0) {
      const s = backend.platform.settings.get();
      await backend.platform.settings.update({ ...s, branch: { ...s.branch, timeZone: TZ }, retentionDays: { ...s.retentionDays, grocery: 3, nurse: 2 } });
    }
    let desk = await deskCallers(backend);
    // Staff sign in again after 5 idle minutes, as at a real desk.
    const staff = async (role: keyof typeof desk, name: string, input: unknown): Promise<Result<unknown>> => {
      let result = await backend.dispatch(name, input, desk[role]);
      if (!result.ok && result.error.code === 'sign-in-required') {
        desk = await deskCallers(backend);
        result = await backend.dispatch(name, input, desk[role]);
      }
      return counted(result);
    };
    if (day === 0) await nurseInAllWeek(backend);
    if (day === 0) await staff('admin', 'print.updateSettings', { receiptPrinter: '@pdf-folder', sheetPrinter: '@pdf-folder', sheetSize: 'letter' });
    await verify(backend, staff);

    // The day's traffic, spread over opening hours, mixed in an order fixed by the day.
    const plan = shuffled(
      [
        ...Array<PatronWrite['kind']>(PER_DAY.orders).fill('order'),
        ...Array<PatronWrite['kind']>(PER_DAY.checkIns).fill('check-in'),
        ...Array<PatronWrite['kind']>(PER_DAY.bookings).fill('booking'),
        ...Array<PatronWrite['kind']>(PER_DAY.registrations).fill('registration'),
      ],
      day + 1,
    );
    const step = (8 * HOUR) / plan.length;
    let available = await offer(backend, { clientId: 'soak', deviceId: 'soak', device: null });
    let codes: { code: string; phone: string }[] = [];
    for (const [i, kind] of plan.entries()) {
      clock.set(new Date(FIRST_DAY + day * DAY + 15 * HOUR + i * step).toISOString());
      if (i % 40 === 0) available = await offer(backend, { clientId: 'soak', deviceId: 'soak', device: null });
      n++;
      // Six lobby kiosks share the traffic.
      const write = patronWrite(n, kind, available, `lobby-${n % 6}`);
      const result = counted(await backend.dispatch(write.name, write.input, write.caller));
      if (!result.ok) continue;
      const value = result.value as { orderNumber?: string; window?: { deliveryEnd: string }; id?: string; code?: string };
      if (kind === 'order') acknowledged.push({ kind, number: value.orderNumber ?? '', deliveryEnd: Date.parse(value.window?.deliveryEnd ?? '') });
      if (kind === 'booking') {
        acknowledged.push({ kind, id: value.id ?? '' });
        codes.push({ code: value.code ?? '', phone: String(write.input.phone) });
      }
      if (kind === 'registration') acknowledged.push({ kind, id: value.id ?? '' });
      if (kind === 'check-in') {
        acknowledged.push({ kind, day: date });
        // The nurse sees people in turn: call, visit, close (a few have left by then).
        const called = await staff('nurse', 'nurse.callNext', {});
        if (called.ok) {
          const ticketId = (called.value as { id: string }).id;
          if (n % 10 === 0) await staff('nurse', 'nurse.markLeft', { ticketId });
          else {
            await staff('nurse', 'nurse.startVisit', { ticketId });
            const visit = { ticketId, measurements: { systolic: 128, diastolic: 82, pulse: 70, bloodSugar: null, bloodSugarTiming: 'unknown' }, notes: 'Rechecked.', referrals: [], followUp: { wanted: false, consent: false, contact: '' }, handledWithout911: false };
            await staff('nurse', 'nurse.closeVisit', visit);
          }
        }
      }
      // A few patrons cancel their own booking by slip code.
      if (codes.length > 0 && i % Math.floor(plan.length / PER_DAY.cancels) === 0) {
        const c = codes.shift()!;
        counted(await backend.dispatch('hive.cancelByCode', { idempotencyKey: randomUUID(), code: c.code, contact: c.phone }, write.caller));
      }
      if (i === Math.floor(plan.length / 2)) await backend.purge();
    }
    codes = [];

    // The desk: windows past their cut-off go to the store, arrive the next day, are picked up.
    clock.set(new Date(FIRST_DAY + day * DAY + 23 * HOUR).toISOString());
    const windows = await staff('librarian', 'grocery.windows', {});
    for (const w of windows.ok ? (windows.value as { window: { key: string }; state: string }[]) : []) {
      if (w.state === 'closed') await staff('librarian', 'grocery.sendWindow', { windowKey: w.window.key });
      else if (w.state === 'sent') {
        await staff('librarian', 'grocery.deliveryArrived', { windowKey: w.window.key });
        let cursor: string | undefined;
        do {
          const page = await staff('librarian', 'grocery.orders', { windowKey: w.window.key, status: 'arrived', limit: 200 });
          if (!page.ok) break;
          const value = page.value as { items: { id: string; status: string }[]; nextCursor: string | null };
          for (const [k, o] of value.items.entries()) await staff('librarian', 'grocery.setStatus', { id: o.id, to: k % 9 === 0 ? 'not-picked-up' : 'picked-up', ...(k % 9 === 0 ? {} : { finalTotalCents: 1500 }) });
          cursor = value.nextCursor ?? undefined;
        } while (cursor);
      }
    }
    await backend.purge();
    await backend.close();
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    rss.push(memory.rss);
    process.stdout.write(
      `day ${day + 1} (${date}): ${acknowledged.length} acknowledged so far, errors ${errors}, lost ${lost}, rss ${(memory.rss / 2 ** 20).toFixed(0)} MB (heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB), data ${((await sizeOf(dataDir)) / 2 ** 20).toFixed(1)} MB\n`,
    );
  }
  // The morning after day 7: one more restart, one more check.
  clock.set(new Date(FIRST_DAY + DAYS * DAY + 13 * HOUR).toISOString());
  const backend = await openBackend({ dataDir, secretCodec: key, clock, printing: benchPrinting });
  const desk = await deskCallers(backend);
  await verify(backend, async (role, name, input) => counted(await backend.dispatch(name, input, desk[role])));
  await backend.close();
  const storeMb = (await sizeOf(dataDir)) / 2 ** 20;
  await fs.rm(dataDir, { recursive: true, force: true });
  const growth = ((rss.at(-1)! - rss[0]!) / rss[0]!) * 100;
  if (errorCodes.size > 0) console.log(`errors by code: ${[...errorCodes].map(([c, k]) => `${c}×${k}`).join(', ')}`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs; data in ${os.tmpdir()}; gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'forced' : 'not exposed'}`);
  console.log(`acknowledged ${acknowledged.length} patron writes over ${DAYS} days (${PER_DAY.orders} orders, ${PER_DAY.checkIns} check-ins, ${PER_DAY.bookings} bookings, ${PER_DAY.registrations} registrations planned a day)`);
  console.log(`RESULT errors=${errors} lost=${lost} store_mb_day7=${storeMb.toFixed(1)} rss_growth_pct=${growth.toFixed(1)}`);
  if (errors > 0 || lost > 0) process.exitCode = 1;
}

void main();
