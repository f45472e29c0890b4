// What a Hive patron is told must be true: the cancel deadline of each time, limits known before the last
// step, and the waitlist path (staff call the people who move up, and say so).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenSlot, PromotionCall, RegistrationView, WorkshopView } from '../../../shared/contract/hive';
import type { Result } from '../../../shared/result';
import type { Backend } from '../backend';
import { testClock } from '../store/test-support';
import { dispatchOk, signIn, testBackends, caller, newKey } from '../test-backend';
import { PATRON_LIMIT_CHECKS } from './hive';

// Sunday 29 Nov 2026, 09:00 in New York.
const START = new Date('2026-11-29T14:00:00Z');
const clock = testClock(START.toISOString());
const backends = testBackends();
let backend: Backend;
let desk: string;
const HOUR = 3_600_000;

const code = (result: Result<unknown>): string => (result.ok ? 'ok' : result.error.code);
const call = (name: string, input: unknown, clientId = 'patron-kiosk') => backend.dispatch(name, input, caller(clientId));
const intake = { area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A plan', language: 'en', email: '' } as const;

beforeEach(async () => {
  clock.set(START.toISOString());
  ({ backend } = await backends.start({ clock, timeZone: 'America/New_York' }));
  desk = await signIn(backend, 'librarian');
});
afterEach(() => backends.cleanup());

const slots = async (limit = 40) => dispatchOk<OpenSlot[]>(backend, 'hive.openTimes', { limit }, 'patron-kiosk');
const book = (slot: OpenSlot, phone: string, clientId = 'patron-kiosk') =>
  call('hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name: 'Pat', phone }, clientId);

describe('the cancel rule of each time', () => {
  it('gives every open time its deadline, and marks those already inside the cut-off', async () => {
    const all = await slots();
    expect(all.length).toBeGreaterThan(4);
    for (const s of all) {
      expect(Date.parse(s.cancelDeadline)).toBe(Date.parse(s.start) - 24 * HOUR);
      expect(s.cancellableAtKiosk).toBe(Date.parse(s.start) - START.getTime() >= 24 * HOUR);
    }
    // Today's times (after the 2-hour notice) cannot be cancelled at the kiosk; later ones can.
    expect(all.some((s) => !s.cancellableAtKiosk)).toBe(true);
    expect(all.some((s) => s.cancellableAtKiosk)).toBe(true);
  });

  it('confirms a same-day booking as not cancellable at the kiosk, with the branch phone on the slip (or the desk without one)', async () => {
    const today = (await slots()).find((s) => !s.cancellableAtKiosk);
    if (!today) throw new Error('no time inside the cut-off');
    const booked = await book(today, '555-030-0001');
    expect(booked).toMatchObject({ ok: true, value: { cancellableAtKiosk: false, cancelDeadline: new Date(Date.parse(today.start) - 24 * HOUR).toISOString() } });
    const id = booked.ok ? (booked.value as { id: string }).id : '';
    const slip = await backend.printing.renderHtml({ kind: 'hive.booking-slip', ref: id, language: 'en' });
    expect(slip).toContain('This time is less than 1 day away, so it cannot be cancelled at the kiosk. To cancel or change it, call the branch at (555) 010-4400 or ask at the desk.');
    // Without a branch phone in the settings, the slip sends the patron to the desk rather than printing an empty number.
    const settings = backend.platform.settings.get();
    await backend.platform.settings.update({ ...settings, branch: { ...settings.branch, phone: '' } });
    const noPhone = await backend.printing.renderHtml({ kind: 'hive.booking-slip', ref: id, language: 'es' });
    expect(noPhone).toContain('no se puede cancelar en el quiosco. Para cancelarla o cambiarla, pregunta en el mostrador.');
    expect(noPhone).not.toContain('llama a la biblioteca al');
  });
});

describe('limits known as soon as the phone is', () => {
  it('says the meeting limit is reached only for that phone, with nothing else about it', async () => {
    const later = (await slots()).filter((s) => s.cancellableAtKiosk);
    expect(await dispatchOk(backend, 'hive.patronLimits', { phone: '555-030-0002', email: '' }, 'patron-kiosk')).toEqual({ bookingLimitReached: false, maxUpcoming: 2, alreadyRegistered: false });
    for (const slot of later.filter((s, i, list) => list.findIndex((o) => o.mentorId === s.mentorId && o.start === s.start) === i).slice(0, 2)) {
      expect(code(await book(slot, '555-030-0002'))).toBe('ok');
    }
    expect(await dispatchOk(backend, 'hive.patronLimits', { phone: '(555) 030-0002', email: '' }, 'other-kiosk')).toEqual({ bookingLimitReached: true, maxUpcoming: 2, alreadyRegistered: false });
    expect(await dispatchOk(backend, 'hive.patronLimits', { phone: '555-030-0003', email: '' }, 'other-kiosk')).toMatchObject({ bookingLimitReached: false });
    // A contact that is not one says nothing.
    expect(await dispatchOk(backend, 'hive.patronLimits', { phone: '12', email: '' }, 'other-kiosk')).toMatchObject({ bookingLimitReached: false });
  });

  it('says "already registered" for that workshop', async () => {
    const w = (await dispatchOk<WorkshopView[]>(backend, 'hive.workshops', {}, 'patron-kiosk'))[0];
    if (!w) throw new Error('no workshop');
    expect(code(await call('hive.register', { ...newKey(), workshopId: w.id, name: 'Reg', phone: '', email: 'reg@example.org', language: 'en', answers: [] }))).toBe('ok');
    expect(await dispatchOk(backend, 'hive.patronLimits', { phone: '', email: 'REG@example.org', workshopId: w.id }, 'patron-kiosk')).toMatchObject({ alreadyRegistered: true });
  });

  it('answers at most a few checks a minute per screen, like check-in', async () => {
    for (let i = 0; i < PATRON_LIMIT_CHECKS.limit; i += 1) expect(code(await call('hive.patronLimits', { phone: `555-030-01${String(i).padStart(2, '0')}`, email: '' }, 'prober'))).toBe('ok');
    expect(code(await call('hive.patronLimits', { phone: '555-030-0200', email: '' }, 'prober'))).toBe('hive.too-many-checks');
    // A reload (a new page, a new client id) on the same screen is still that screen.
    expect(code(await backend.dispatch('hive.patronLimits', { phone: '555-030-0200', email: '' }, caller('prober-reloaded', 'device-of-prober')))).toBe('hive.too-many-checks');
    expect(code(await call('hive.patronLimits', { phone: '555-030-0200', email: '' }, 'another-screen'))).toBe('ok');
    clock.advance(PATRON_LIMIT_CHECKS.windowMs);
    expect(code(await call('hive.patronLimits', { phone: '555-030-0200', email: '' }, 'prober'))).toBe('ok');
  });
});

describe('the waitlist: staff call whoever moves up', () => {
  it('lists the promoted patron with a formatted phone and an alert, until staff mark the call (audited)', async () => {
    const w = (await dispatchOk<WorkshopView[]>(backend, 'hive.workshops', {}, 'patron-kiosk')).find((x) => x.seatsLeft === 1);
    if (!w) throw new Error('no nearly full workshop');
    const register = async (name: string, phone: string) =>
      dispatchOk<RegistrationView>(backend, 'hive.register', { ...newKey(), workshopId: w.id, name, phone, email: '', language: 'es', answers: [] }, 'patron-kiosk');
    const seat = await register('Seat', '555-040-0001');
    const waiting = await register('Waiting', '5550400002');
    expect(waiting).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await dispatchOk(backend, 'hive.promotionCalls', {}, desk)).toEqual([]);

    await dispatchOk(backend, 'hive.cancelRegistration', { id: seat.id, reason: 'Cannot come' }, desk);
    const [toCall] = await dispatchOk<PromotionCall[]>(backend, 'hive.promotionCalls', {}, desk);
    expect(toCall).toMatchObject({ registrationId: waiting.id, name: 'Waiting', phone: '(555) 040-0002', language: 'es', calledAt: null, workshopId: w.id });
    const alerts = await dispatchOk<{ code: string; params: Record<string, unknown> }[]>(backend, 'system.alerts', {}, desk);
    expect(alerts.find((a) => a.code === 'hive.promoted-to-call')).toMatchObject({ params: { count: 1 } });
    // The alert names nobody: the staff home is a shared screen.
    expect(JSON.stringify(alerts)).not.toContain('Waiting');

    expect(code(await call('hive.markCalled', { registrationId: waiting.id }))).toBe('sign-in-required');
    const called = await dispatchOk<PromotionCall>(backend, 'hive.markCalled', { registrationId: waiting.id }, desk);
    expect(called).toMatchObject({ calledAt: START.toISOString(), calledBy: 'Lee' });
    expect(code(await call('hive.markCalled', { registrationId: waiting.id }, desk))).toBe('hive.already-called');
    expect(code(await call('hive.markCalled', { registrationId: seat.id }, desk))).toBe('hive.not-promoted');
    expect((await dispatchOk<{ code: string }[]>(backend, 'system.alerts', {}, desk)).map((a) => a.code)).not.toContain('hive.promoted-to-call');
    expect(await dispatchOk(backend, 'hive.promotionCalls', {}, desk)).toEqual([expect.objectContaining({ registrationId: waiting.id, calledBy: 'Lee' })]);
    const admin = await signIn(backend, 'admin');
    const audit = (await dispatchOk<{ items: { action: string; detail: string }[] }>(backend, 'audit.list', { limit: 20 }, admin)).items;
    expect(audit.find((e) => e.action === 'hive.markCalled')?.detail).toBe(`registration ${waiting.code}: called about the seat`);
  });
});
