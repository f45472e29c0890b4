import { afterEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../shared/contract/operations';
import { testClock } from '../store/test-support';
import { dispatchOk, signIn, testBackends, textPrinting, caller, newKey } from '../test-backend';

const backends = testBackends();
afterEach(() => backends.cleanup());

/** A new patron checking in (a new idempotency key each time). */
const checkIn = (): OperationInput<'nurse.checkIn'> => ({ ...newKey(), name: 'Ada', reasons: ['bloodPressure'], language: 'es', interpreter: false, accessNeeds: [], screener: null });
const NY = 'America/New_York';

/** The demo's hours (Tue 10–14, Thu 13–17, Sat 10–13, New York) on Wednesday 4 March 2026 at 15:00. */
async function start() {
  const clock = testClock('2026-03-04T20:00:00Z');
  const { backend } = await backends.start({ clock, printing: textPrinting, timeZone: NY });
  const call = (name: string, input: unknown, clientId = 'kiosk') => backend.dispatch(name, input, caller(clientId));
  return { backend, clock, call };
}

describe('check-in follows the nurse hours', () => {
  it('issues no ticket outside the hours and says when the nurse is next in', async () => {
    const { backend, call } = await start();
    // Thursday 5 March, 13:00–17:00 in New York.
    const next = { at: '2026-03-05T18:00:00.000Z', until: '2026-03-05T22:00:00.000Z' };
    expect(await call('nurse.status', {})).toEqual({ ok: true, value: { open: false, closesAt: null, nextOpening: next, closingPolicy: 'see-everyone-waiting' } });
    expect(await call('nurse.checkIn', checkIn())).toMatchObject({ ok: false, error: { code: 'nurse.closed-now', params: { nextAt: next.at } } });
    expect(await call('nurse.display', {})).toEqual({ ok: true, value: { called: [], waitingCount: 0, open: false, nextOpening: next } });
    const desk = await signIn(backend, 'librarian');
    expect(await dispatchOk(backend, 'nurse.queueNumbers', {}, desk)).toMatchObject({ waiting: [], done: 0, left: 0 });
  });

  it('is open during the hours, and the ticket says when check-in closes and that everyone waiting is seen', async () => {
    const { backend, clock, call } = await start();
    clock.set('2026-03-05T19:30:00Z'); // Thursday 14:30
    const ticket = await dispatchOk<{ number: number; closesAt: string | null }>(backend, 'nurse.checkIn', checkIn(), 'kiosk');
    expect(ticket).toMatchObject({ number: 1, closesAt: '2026-03-05T22:00:00.000Z' });
    const nurse = await signIn(backend, 'nurse');
    const [row] = (await dispatchOk<{ tickets: { id: string }[] }>(backend, 'nurse.queue', {}, nurse)).tickets;
    const preview = await dispatchOk<{ bodyHtml: string }>(backend, 'print.preview', { kind: 'nurse.ticket', ref: row?.id, language: 'es' }, nurse);
    expect(preview.bodyHtml).toMatch(/Hoy se puede registrar hasta 5:00\sp\.\s?m\.: todas las personas con turno serán atendidas/);
    // After closing: no new tickets, and the one waiting still counts for the nurse.
    clock.set('2026-03-05T22:00:00Z');
    expect(await call('nurse.checkIn', checkIn())).toMatchObject({ ok: false, error: { code: 'nurse.closed-now' } });
    // (A staff session ends after 5 quiet minutes: the nurse signs in again.)
    expect(await dispatchOk(backend, 'nurse.today', {}, await signIn(backend, 'nurse'))).toMatchObject({ status: { open: false }, waiting: 1 });
  });

  it('lets a librarian or the nurse open early, keep open late, close early and go back, each audited; patrons cannot', async () => {
    const { backend, clock, call } = await start();
    expect(await call('nurse.setToday', { action: 'open', until: '18:00' })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    const desk = await signIn(backend, 'librarian');
    // Wednesday has no weekly hours: open now (15:00) until 18:00.
    const opened = await dispatchOk<{ status: { open: boolean; closesAt: string }; change: unknown }>(backend, 'nurse.setToday', { action: 'open', until: '18:00' }, desk);
    expect(opened).toMatchObject({ status: { open: true, closesAt: '2026-03-04T23:00:00.000Z' }, change: { extraUntil: '18:00', closedFrom: null, by: 'Lee' } });
    expect(await dispatchOk(backend, 'nurse.checkIn', checkIn(), 'kiosk')).toMatchObject({ number: 1, closesAt: '2026-03-04T23:00:00.000Z' });
    // Kept open later, then closed early.
    clock.set('2026-03-04T22:30:00Z'); // 17:30
    await signIn(backend, 'librarian');
    expect(await dispatchOk(backend, 'nurse.setToday', { action: 'open', until: '24:00' }, desk)).toMatchObject({ status: { closesAt: '2026-03-05T05:00:00.000Z' } });
    expect(await call('nurse.setToday', { action: 'open', until: '17:00' }, desk)).toMatchObject({ ok: false, error: { code: 'nurse.until-past' } });
    const nurse = await signIn(backend, 'nurse');
    expect(await dispatchOk(backend, 'nurse.setToday', { action: 'close' }, nurse)).toMatchObject({ status: { open: false }, change: { closedFrom: '17:30' }, waiting: 1 });
    expect(await call('nurse.checkIn', checkIn())).toMatchObject({ ok: false, error: { code: 'nurse.closed-now' } });
    expect(await dispatchOk(backend, 'nurse.setToday', { action: 'regular' }, nurse)).toMatchObject({ change: null });
    // The change lasts only for its day: Thursday follows the week again.
    const admin = await signIn(backend, 'admin');
    const audit = (await dispatchOk<{ items: { action: string; detail: string }[] }>(backend, 'audit.list', { limit: 20 }, admin)).items;
    expect(audit.filter((e) => e.action === 'nurse.setToday').map((e) => e.detail)).toEqual([
      '2026-03-04: weekly hours',
      '2026-03-04: check-in closed at 17:30',
      '2026-03-04: check-in open 17:30–24:00',
      '2026-03-04: check-in open 15:00–18:00',
    ]);
  });

  it('forgets yesterday’s change and honours closed dates', async () => {
    const { backend, clock, call } = await start();
    const nurse = await signIn(backend, 'nurse');
    await dispatchOk(backend, 'nurse.setToday', { action: 'open', until: '24:00' }, nurse);
    const settings = await dispatchOk<Record<string, unknown>>(backend, 'nurse.settings', {}, nurse);
    await dispatchOk(backend, 'nurse.updateSettings', { ...settings, closedDates: [{ date: '2026-03-05', note: 'Training' }] }, nurse);
    clock.set('2026-03-05T19:30:00Z'); // Thursday 14:30, a closed date
    const status = await dispatchOk<{ open: boolean; nextOpening: { at: string } }>(backend, 'nurse.status', {}, 'kiosk');
    expect(status.open).toBe(false);
    expect(status.nextOpening.at).toBe('2026-03-07T15:00:00.000Z'); // Saturday 10:00
    expect(await call('nurse.checkIn', checkIn())).toMatchObject({ ok: false, error: { code: 'nurse.closed-now' } });
  });

  it('refuses weekly hours that overlap or end before they start, naming the stretch', async () => {
    const { backend, call } = await start();
    const nurse = await signIn(backend, 'nurse');
    const settings = await dispatchOk<Record<string, unknown>>(backend, 'nurse.settings', {}, nurse);
    const bad = { ...settings, weeklyHours: [{ weekday: 1, open: '09:00', close: '12:00' }, { weekday: 1, open: '11:00', close: '10:00' }] };
    const refused = await call('nurse.updateSettings', bad, nurse);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refused.ok ? [] : refused.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'weeklyHours.1', code: 'nurse-hours-order' },
        { path: 'weeklyHours.1', code: 'nurse-hours-overlap' },
      ]),
    );
    expect(await dispatchOk(backend, 'nurse.settings', {}, nurse)).toEqual(settings);
  });
});
