// The nurse console's extras: a lost ticket printed again, visits left open on earlier days, the
// check-in rate limit per kiosk screen, and a check-in without a name.
import type { StaffRole } from '../../../shared/roles';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../shared/contract/operations';
import { testClock, type TestClock } from '../store/test-support';
import { testBackends, textPrinting, caller, newKey, demoCredentials } from '../test-backend';
import { CHECK_IN_LIMIT } from './nurse';

const backends = testBackends();
afterEach(() => backends.cleanup());

async function start(clock: TestClock) {
  const { backend } = await backends.start({ clock, printing: textPrinting, nurseAllWeek: true });
  const call = (clientId: string, name: string, input: unknown = {}) => backend.dispatch(name, input, caller(clientId));
  const signIn = async (clientId: string, role: StaffRole) => expect((await call(clientId, 'staff.signIn', demoCredentials(backend, role))).ok).toBe(true);
  return { backend, call, signIn };
}

const checkIn = (over: Partial<OperationInput<'nurse.checkIn'>> = {}): OperationInput<'nurse.checkIn'> => ({
  ...newKey(),
  name: 'Rosalind',
  reasons: ['bloodPressure'],
  language: 'es',
  interpreter: false,
  accessNeeds: [],
  screener: null,
  ...over,
});
const visitFields = {
  measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' as const },
  notes: 'Closed the next morning',
  referrals: [] as string[],
  followUp: { wanted: false, consent: false, contact: '' },
  handledWithout911: false,
};

type R = { ok: boolean; value?: unknown; error?: { code: string; params?: unknown } };
const valueOf = <T>(result: R): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};
const errorOf = (result: R) => (result.ok ? 'ok' : result.error?.code);

describe('ticket reprint', () => {
  it('prints a waiting ticket again for the nurse and the desk, through the print queue, in the patron language', async () => {
    const { call, signIn } = await start(testClock('2026-03-10T15:00:00Z'));
    valueOf(await call('kiosk', 'nurse.checkIn', checkIn()));
    valueOf(await call('kiosk', 'nurse.checkIn', checkIn({ name: null, language: 'en' })));
    await signIn('nurse', 'nurse');
    await signIn('desk', 'librarian');
    await signIn('admin', 'admin');
    const ticketJobs = async () => valueOf<{ items: { kind: string; ref: string; language: string }[] }>(await call('admin', 'print.jobs', {})).items.filter((j) => j.kind === 'nurse.ticket');
    const before = await ticketJobs();
    expect(before).toHaveLength(2);

    const byNurse = valueOf<{ number: number; status: string }>(await call('nurse', 'nurse.reprintTicket', { number: 1 }));
    expect(byNurse.number).toBe(1);
    expect(['queued', 'printing', 'done', 'failed']).toContain(byNurse.status);
    const byDesk = valueOf<{ number: number }>(await call('desk', 'nurse.reprintTicket', { number: 2 }));
    expect(byDesk.number).toBe(2);
    const after = await ticketJobs();
    expect(after).toHaveLength(4);
    const ref = (n: number) => before[n]?.ref;
    expect(after.filter((j) => j.ref === ref(0)).map((j) => j.language)).toEqual(['es', 'es']);
    expect(after.filter((j) => j.ref === ref(1)).map((j) => j.language)).toEqual(['en', 'en']);

    // Only a waiting ticket of today; unknown numbers and patrons are refused, and nothing is printed.
    valueOf(await call('nurse', 'nurse.callNext', {}));
    const called = await call('desk', 'nurse.reprintTicket', { number: 1 });
    expect(errorOf(called)).toBe('nurse.reprint-not-waiting');
    expect(called.ok ? null : called.error.params).toEqual({ number: 1 });
    expect(errorOf(await call('nurse', 'nurse.reprintTicket', { number: 9 }))).toBe('nurse.unknown-ticket');
    expect(errorOf(await call('kiosk', 'nurse.reprintTicket', { number: 2 }))).toBe('sign-in-required');
    expect(await ticketJobs()).toHaveLength(4);
  });

  it('does not reprint a number from yesterday', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { call, signIn } = await start(clock);
    valueOf(await call('kiosk', 'nurse.checkIn', checkIn()));
    clock.set('2026-03-11T15:00:00Z');
    await signIn('nurse', 'nurse');
    expect(errorOf(await call('nurse', 'nurse.reprintTicket', { number: 1 }))).toBe('nurse.unknown-ticket');
  });
});

describe('visits left open on earlier days', () => {
  it('lists numbers and dates of visits started and never closed before today, to the nurse only; closing removes them', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { call, signIn } = await start(clock);
    for (const name of ['Open Olga', 'Closed Carl', 'Waiting Wanda', 'Called Cleo']) valueOf(await call('kiosk', 'nurse.checkIn', checkIn({ name })));
    await signIn('nurse', 'nurse');
    const queue = valueOf<{ tickets: { id: string; number: number }[] }>(await call('nurse', 'nurse.queue'));
    const id = (n: number) => queue.tickets.find((t) => t.number === n)?.id ?? '';
    valueOf(await call('nurse', 'nurse.startVisit', { ticketId: id(1) }));
    valueOf(await call('nurse', 'nurse.startVisit', { ticketId: id(2) }));
    valueOf(await call('nurse', 'nurse.closeVisit', { ticketId: id(2), ...visitFields }));
    valueOf(await call('nurse', 'nurse.call', { ticketId: id(4) }));
    // Today's open visit is in today's queue, not in the earlier list.
    expect(valueOf(await call('nurse', 'nurse.earlierOpenVisits'))).toEqual([]);

    clock.set('2026-03-12T15:00:00Z');
    valueOf(await call('kiosk', 'nurse.checkIn', checkIn({ name: 'Today Tom' })));
    await signIn('nurse', 'nurse');
    await signIn('desk', 'librarian');
    const earlier = valueOf<unknown[]>(await call('nurse', 'nurse.earlierOpenVisits'));
    expect(earlier).toEqual([{ ticketId: id(1), number: 1, day: '2026-03-10' }]);
    expect(JSON.stringify(earlier)).not.toContain('Olga');
    expect(errorOf(await call('desk', 'nurse.earlierOpenVisits'))).toBe('forbidden');

    // The nurse opens it (an audited view) and closes it; it leaves the list and today's queue is untouched.
    valueOf(await call('nurse', 'nurse.visit', { ticketId: id(1) }));
    const closed = valueOf<{ closedAt: string; notes: string }>(await call('nurse', 'nurse.closeVisit', { ticketId: id(1), ...visitFields }));
    expect(closed).toMatchObject({ closedAt: '2026-03-12T15:00:00.000Z', notes: 'Closed the next morning' });
    expect(valueOf(await call('nurse', 'nurse.earlierOpenVisits'))).toEqual([]);
    const today = valueOf<{ tickets: { number: number; name: string | null }[] }>(await call('nurse', 'nurse.queue'));
    expect(today.tickets.map((t) => [t.number, t.name])).toEqual([[1, 'Today Tom']]);
    const stats = valueOf<{ items: { day: string; visits: number }[] }>(await call('nurse', 'nurse.stats')).items;
    expect(stats.find((d) => d.day === '2026-03-10')?.visits).toBe(2);
  });
});

describe('check-in rate limit', () => {
  it(`takes at most ${CHECK_IN_LIMIT.limit} check-ins a minute from one screen, with a translated refusal; other screens and the next minute go on`, async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { call, signIn } = await start(clock);
    for (let i = 0; i < CHECK_IN_LIMIT.limit; i += 1) {
      valueOf(await call('stuck-screen', 'nurse.checkIn', checkIn()));
      clock.advance(5_000);
    }
    const refused = await call('stuck-screen', 'nurse.checkIn', checkIn());
    expect(errorOf(refused)).toBe('nurse.too-many-check-ins');
    await signIn('desk', 'librarian');
    const waiting = async () => valueOf<{ waiting: number[] }>(await call('desk', 'nurse.queueNumbers')).waiting;
    expect(await waiting()).toEqual([1, 2, 3, 4]);

    expect(valueOf<{ number: number }>(await call('other-screen', 'nurse.checkIn', checkIn())).number).toBe(5);
    clock.advance(CHECK_IN_LIMIT.windowMs);
    expect(valueOf<{ number: number }>(await call('stuck-screen', 'nurse.checkIn', checkIn())).number).toBe(6);
    expect(await waiting()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('"I\'d rather not say"', () => {
  it('checks in without a name: the nurse sees no name, the ticket prints; an empty name is not taken as one', async () => {
    const { call, signIn } = await start(testClock('2026-03-10T15:00:00Z'));
    const ticket = valueOf<{ number: number }>(await call('kiosk', 'nurse.checkIn', checkIn({ name: null, reasons: ['food'] })));
    expect(ticket.number).toBe(1);
    expect(errorOf(await call('kiosk', 'nurse.checkIn', checkIn({ name: '   ' })))).toBe('invalid-input');
    await signIn('nurse', 'nurse');
    const queue = valueOf<{ tickets: { id: string; number: number; name: string | null; reasons: string[] }[] }>(await call('nurse', 'nurse.queue'));
    expect(queue.tickets.map((t) => [t.number, t.name, t.reasons])).toEqual([[1, null, ['food']]]);
    valueOf(await call('nurse', 'nurse.startVisit', { ticketId: queue.tickets[0]?.id }));
    const visit = valueOf<{ ticket: { name: string | null } }>(await call('nurse', 'nurse.visit', { ticketId: queue.tickets[0]?.id }));
    expect(visit.ticket.name).toBeNull();
    await signIn('admin', 'admin');
    const jobs = valueOf<{ items: { kind: string; ref: string }[] }>(await call('admin', 'print.jobs', {})).items;
    expect(jobs.filter((j) => j.kind === 'nurse.ticket').map((j) => j.ref)).toEqual([queue.tickets[0]?.id]);
  });
});
