// Idempotency keys on patron writes, through the real dispatcher and store: a retry after a lost
// answer gets the first result, never a second order, ticket, booking or registration.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { operations, operationNames } from '../../shared/contract/operations';
import { idempotentOperationNames } from '../../shared/contract/names';
import type { Backend } from './backend';
import { testClock } from './store/test-support';
import { caller, signIn, testBackends, valueOf } from './test-backend';

const backends = testBackends();
afterEach(() => backends.cleanup());

const patron = caller('patron-page', 'lobby');
/** A fresh kiosk in New York on Sunday 29 November 2026, 09:00. */
const start = (dataDir?: string) => backends.start({ clock: testClock('2026-11-29T14:00:00Z'), timeZone: 'America/New_York', dataDir, nurseAllWeek: true });

async function orderInput(backend: Backend, idempotencyKey: string, name = 'Rosa') {
  const catalog = valueOf<{ pickup: { key: string } }>(await backend.dispatch('grocery.catalog', {}, patron));
  return { idempotencyKey, lines: [{ itemId: 'rice', quantity: 2 }], windowKey: catalog.pickup.key, contact: { name, phone: '555-010-1234', libraryCard: '' }, payment: 'snap', language: 'es' };
}
async function bookingInput(backend: Backend, idempotencyKey: string) {
  const slots = valueOf<{ mentorId: string; start: string }[]>(await backend.dispatch('hive.openTimes', { limit: 30 }, patron));
  const slot = slots.at(-1)!;
  return { idempotencyKey, mentorId: slot.mentorId, start: slot.start, area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A plan', name: 'Ana', phone: '555-010-7777', email: '', language: 'en' };
}
const checkInInput = (idempotencyKey: string) => ({ idempotencyKey, name: 'Rosalind', reasons: ['bloodPressure'], language: 'es', interpreter: false, accessNeeds: [], screener: null });

async function count(backend: Backend, name: string): Promise<number> {
  const desk = await signIn(backend, 'librarian', `count-${randomUUID()}`);
  if (name === 'orders') return valueOf<{ total: number }>(await backend.dispatch('grocery.orders', {}, caller(desk))).total;
  return valueOf<{ bookings: unknown[] }>(await backend.dispatch('hive.schedule', { from: '2026-11-29', days: 31 }, caller(desk))).bookings.length;
}

describe('idempotent patron writes', () => {
  it('are marked in the contract: every public command that writes a record takes a key, and only they', () => {
    const notPatronWrites = new Set(['setup.createAdmin', 'staff.signIn', 'staff.signOut']);
    for (const name of operationNames) {
      const def = operations[name];
      const patronWrite = def.kind === 'command' && def.access === 'public' && !notPatronWrites.has(name);
      expect(def.idempotent === true, name).toBe(patronWrite);
      const shape = 'shape' in def.input ? (def.input.shape as Record<string, unknown>) : {};
      expect('idempotencyKey' in shape, name).toBe(patronWrite);
    }
    expect(operationNames.filter((n) => operations[n].idempotent).sort()).toEqual(['grocery.submitOrder', 'hive.book', 'hive.cancelByCode', 'hive.register', 'nurse.checkIn', 'visit.printSlip']);
  });

  it('are exactly the ones the renderer retries (names.ts, which carries no schemas)', () => {
    expect([...idempotentOperationNames].sort()).toEqual(operationNames.filter((n) => operations[n].idempotent).sort());
  });

  it('are refused without a key, and a key reused for different input is refused rather than answered', async () => {
    const { backend } = await start();
    const { idempotencyKey: _none, ...noKey } = await orderInput(backend, 'x');
    expect(await backend.dispatch('grocery.submitOrder', noKey, patron)).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ path: 'idempotencyKey' }] } });
    const key = randomUUID();
    expect(await backend.dispatch('grocery.submitOrder', await orderInput(backend, key), patron)).toMatchObject({ ok: true });
    expect(await backend.dispatch('grocery.submitOrder', await orderInput(backend, key, 'Someone else'), patron)).toMatchObject({ ok: false, error: { code: 'idempotency-key-reused' } });
    expect(await count(backend, 'orders')).toBe(1);
  });

  it('answer a retried order, booking, registration, check-in and cancel with the first result, writing nothing twice', async () => {
    const { backend } = await start();
    const order = await orderInput(backend, randomUUID());
    const first = valueOf<{ orderNumber: string }>(await backend.dispatch('grocery.submitOrder', order, patron));
    expect(await backend.dispatch('grocery.submitOrder', order, caller('reloaded-page', 'lobby'))).toEqual({ ok: true, value: first });
    expect(await count(backend, 'orders')).toBe(1);

    const booking = await bookingInput(backend, randomUUID());
    const booked = valueOf<{ id: string; code: string }>(await backend.dispatch('hive.book', booking, patron));
    // The same slot again would be "taken"; the retry gets the booking instead.
    expect(valueOf<{ id: string }>(await backend.dispatch('hive.book', booking, patron)).id).toBe(booked.id);
    const bookings = await count(backend, 'bookings');

    const workshop = valueOf<{ id: string }[]>(await backend.dispatch('hive.workshops', {}, patron))[0]!;
    const registration = { idempotencyKey: randomUUID(), workshopId: workshop.id, name: 'Lu', phone: '555-020-0001', email: '', language: 'en', answers: [] };
    const registered = valueOf<{ id: string; code: string }>(await backend.dispatch('hive.register', registration, patron));
    // Without the key this would be "already registered".
    expect(valueOf<{ id: string }>(await backend.dispatch('hive.register', registration, patron)).id).toBe(registered.id);

    const cancel = { idempotencyKey: randomUUID(), code: booked.code, contact: '555-010-7777' };
    const cancelled = valueOf(await backend.dispatch('hive.cancelByCode', cancel, patron));
    // Without the key the retry would say "no booking with that code".
    expect(await backend.dispatch('hive.cancelByCode', cancel, patron)).toEqual({ ok: true, value: cancelled });
    expect(await count(backend, 'bookings')).toBe(bookings);

    const checkIn = checkInInput(randomUUID());
    const ticket = valueOf<{ number: number }>(await backend.dispatch('nurse.checkIn', checkIn, patron));
    for (let i = 0; i < 6; i++) expect(await backend.dispatch('nurse.checkIn', checkIn, patron)).toMatchObject({ ok: true, value: { number: ticket.number } });
    // Retries spend nothing of the device's check-in limit: three more patrons fit in the minute.
    for (let i = 0; i < 3; i++) expect(await backend.dispatch('nurse.checkIn', checkInInput(randomUUID()), patron)).toMatchObject({ ok: true, value: { number: ticket.number + 1 + i } });
  });

  it('keep the key with the record on disk: a retry after a restart still gets the first order', async () => {
    const first = await start();
    const order = await orderInput(first.backend, randomUUID());
    const placed = valueOf<{ orderNumber: string }>(await first.backend.dispatch('grocery.submitOrder', order, patron));
    await backends.stop(first.backend);
    const { backend } = await start(first.dataDir);
    expect(valueOf<{ orderNumber: string }>(await backend.dispatch('grocery.submitOrder', order, patron)).orderNumber).toBe(placed.orderNumber);
    expect(await count(backend, 'orders')).toBe(1);
  });

  it('make one record and one receipt of two copies of a request arriving at once', async () => {
    const { backend } = await start();
    const order = await orderInput(backend, randomUUID());
    const both = await Promise.all([backend.dispatch('grocery.submitOrder', order, patron), backend.dispatch('grocery.submitOrder', order, caller('second-page', 'lobby'))]);
    expect(both[0]).toEqual(both[1]);
    expect(await count(backend, 'orders')).toBe(1);
    const admin = await signIn(backend, 'admin');
    const jobs = valueOf<{ items: { kind: string }[] }>(await backend.dispatch('print.jobs', {}, caller(admin))).items;
    expect(jobs.filter((j) => j.kind === 'grocery.receipt')).toHaveLength(1);
  });
});
