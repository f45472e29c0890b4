// Findings H2, M6, L4/L6: what admins see in the counts, what the ticket screen promises, and
// queue steps that must not interleave or break when repeated. Through the dispatcher, real store.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OperationInput } from '../../../shared/contract/operations';
import type { StatsDay } from '../../../shared/contract/nurse';
import { noPrinters } from '../printing/printers';
import { Records } from '../store/store';
import { testBackends, signIn, dispatchOk, caller, newKey } from '../test-backend';
import { testClock } from '../store/test-support';

const backends = testBackends();
afterEach(async () => {
  vi.restoreAllMocks();
  await backends.cleanup();
});

const checkIn = (over: Partial<OperationInput<'nurse.checkIn'>> = {}): OperationInput<'nurse.checkIn'> => ({
  ...newKey(),
  name: null,
  reasons: ['bloodPressure'],
  language: 'en',
  interpreter: false,
  accessNeeds: [],
  screener: null,
  ...over,
});

const ok = dispatchOk;

describe('nurse counts for admins (H2)', () => {
  it('shows admins closed days only, with category counts below 5 as "fewer than 5"; the nurse sees everything', async () => {
    const clock = testClock('2026-06-01T14:00:00Z');
    const { backend } = await backends.start({ clock, nurseAllWeek: true });
    // Yesterday (UTC branch zone in the demo): five blood-pressure check-ins, one of them also about housing.
    for (let i = 0; i < 5; i++) await ok(backend, 'nurse.checkIn', checkIn({ reasons: i === 0 ? ['bloodPressure', 'housing'] : ['bloodPressure'] }), `kiosk-${i}`);
    clock.set('2026-06-02T14:00:00Z');
    await ok(backend, 'nurse.checkIn', checkIn({ reasons: ['stress'] }), 'kiosk-today');
    const yesterday = '2026-06-01';

    const admin = await signIn(backend, 'admin');
    const forAdmin = (await ok<{ items: StatsDay[] }>(backend, 'nurse.stats', {}, admin)).items;
    expect(forAdmin.map((d) => d.day)).toEqual([yesterday]);
    expect(forAdmin[0]?.reasons).toEqual({ bloodPressure: 5, housing: 'fewer-than-5' });
    expect(forAdmin[0]?.checkIns).toBe(5);

    const nurse = await signIn(backend, 'nurse');
    const forNurse = (await ok<{ items: StatsDay[] }>(backend, 'nurse.stats', {}, nurse)).items;
    expect(forNurse.map((d) => d.day)).toEqual(['2026-06-02', yesterday]);
    expect(forNurse[1]?.reasons).toEqual({ bloodPressure: 5, housing: 1 });
    expect(forNurse[0]?.reasons).toEqual({ stress: 1 });
  });
});

describe('nurse ticket printing (M6)', () => {
  it('says "printed" only when the ticket really printed: with no printer assigned it waits at the desk', async () => {
    const { backend } = await backends.start({ printing: { system: noPrinters, tickMs: 0, waitMs: 200 }, nurseAllWeek: true });
    const ticket = await ok<{ number: number; printed: boolean }>(backend, 'nurse.checkIn', checkIn(), 'kiosk');
    expect(ticket).toMatchObject({ number: 1, printed: false });
  });
});

describe('nurse queue steps (L4/L6)', () => {
  it('calls two different tickets when two consoles press "call next" at once', async () => {
    const { backend } = await backends.start({ nurseAllWeek: true });
    await ok(backend, 'nurse.checkIn', checkIn(), 'kiosk-1');
    await ok(backend, 'nurse.checkIn', checkIn(), 'kiosk-2');
    const nurse = await signIn(backend, 'nurse');
    const other = await signIn(backend, 'nurse', 'test-nurse-2');
    const [a, b] = await Promise.all([backend.dispatch('nurse.callNext', {}, caller(nurse)), backend.dispatch('nurse.callNext', {}, caller(other))]);
    expect(a.ok && b.ok).toBe(true);
    const numbers = [a, b].map((r) => (r.ok ? (r.value as { number: number }).number : 0)).sort();
    expect(numbers).toEqual([1, 2]);
  });

  it('starts a visit once even when the start is repeated, keeping what was saved', async () => {
    const { backend } = await backends.start({ nurseAllWeek: true });
    await ok(backend, 'nurse.checkIn', checkIn(), 'kiosk-1');
    const nurse = await signIn(backend, 'nurse');
    const called = await ok<{ id: string }>(backend, 'nurse.callNext', {}, nurse);
    const [first, second] = await Promise.all([
      backend.dispatch('nurse.startVisit', { ticketId: called.id }, caller(nurse)),
      backend.dispatch('nurse.startVisit', { ticketId: called.id }, caller(nurse)),
    ]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    const fields = {
      measurements: { systolic: 120, diastolic: 80, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' as const },
      notes: 'kept',
      referrals: [],
      followUp: { wanted: false, consent: false, contact: '' },
      handledWithout911: false,
    };
    await ok(backend, 'nurse.saveVisit', { ...fields, ticketId: called.id }, nurse);
    await ok(backend, 'nurse.startVisit', { ticketId: called.id }, nurse);
    const visit = await ok<{ visit: { notes: string } | null; ticket: { status: string } }>(backend, 'nurse.visit', { ticketId: called.id }, nurse);
    expect(visit.visit?.notes).toBe('kept');
    expect(visit.ticket.status).toBe('inVisit');
    await ok(backend, 'nurse.closeVisit', { ...fields, ticketId: called.id }, nurse);
    const refused = await backend.dispatch('nurse.startVisit', { ticketId: called.id }, caller(nurse));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('nurse.wrong-status');
  });

  it('finishes a start or a close that failed between its two writes when the nurse tries again', async () => {
    const { backend } = await backends.start({ nurseAllWeek: true });
    await ok(backend, 'nurse.checkIn', checkIn(), 'kiosk-1');
    const nurse = await signIn(backend, 'nurse');
    const called = await ok<{ id: string }>(backend, 'nurse.callNext', {}, nurse);
    const fields = {
      measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' as const },
      notes: '',
      referrals: [],
      followUp: { wanted: false, consent: false, contact: '' },
      handledWithout911: false,
    };

    // The ticket moves to "in visit", then the disk fails writing the visit.
    const insert = vi.spyOn(Records.prototype, 'insert').mockRejectedValueOnce(new Error('disk full'));
    expect((await backend.dispatch('nurse.startVisit', { ticketId: called.id }, caller(nurse))).ok).toBe(false);
    insert.mockRestore();
    await ok(backend, 'nurse.startVisit', { ticketId: called.id }, nurse);
    expect((await ok<{ visit: unknown }>(backend, 'nurse.visit', { ticketId: called.id }, nurse)).visit).not.toBeNull();

    // The visit closes, then the disk fails writing the ticket.
    const real = Records.prototype.update;
    let writes = 0;
    const update = vi.spyOn(Records.prototype, 'update').mockImplementation(function (this: Records<{ id: string }>, id, fn) {
      writes += 1;
      return writes === 2 ? Promise.reject(new Error('disk full')) : real.call(this, id, fn);
    });
    expect((await backend.dispatch('nurse.closeVisit', { ...fields, ticketId: called.id }, caller(nurse))).ok).toBe(false);
    update.mockRestore();
    const closed = await ok<{ closedAt: string | null }>(backend, 'nurse.closeVisit', { ...fields, ticketId: called.id }, nurse);
    expect(closed.closedAt).not.toBeNull();
    const queue = await ok<{ tickets: { id: string; status: string }[] }>(backend, 'nurse.queue', {}, nurse);
    expect(queue.tickets.find((t) => t.id === called.id)?.status).toBe('done');
  });
});
