// A patron cancels their own booking or workshop seat by the slip code (with the phone or email they gave).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingView, CodeLookupResult, HiveSettings, Mentor, OpenSlot, RegistrationView, WorkshopView } from '../../../shared/contract/hive';
import type { Result } from '../../../shared/result';
import type { Backend } from '../backend';
import { testClock } from '../store/test-support';
import { testBackends, valueOf, caller, demoCredentials, newKey } from '../test-backend';

// Sunday 29 Nov 2026, 09:00 in New York.
const START = new Date('2026-11-29T14:00:00Z');
const clock = testClock(START.toISOString());
const backends = testBackends();
let dataDir: string;
let backend: Backend;
const patron = caller('patron-kiosk');
const desk = caller('desk');
const HOUR = 3600_000;

const value = valueOf;
const code = (result: Result<unknown>): string => (result.ok ? 'ok' : result.error.code);
const call = (name: string, input: unknown, caller = patron) => backend.dispatch(name, input, caller);

beforeEach(async () => {
  clock.set(START.toISOString());
  // Demo data only goes into an empty directory; the branch zone is set right after (mentor hours are wall times).
  ({ backend, dataDir } = await backends.start({ clock, timeZone: 'America/New_York' }));
  value(await call('staff.signIn', demoCredentials(backend, 'librarian'), desk));
});

afterEach(() => backends.cleanup());

const intake = { area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'Price my tamales', language: 'es' } as const;

async function bookAfter(hours: number, email: string): Promise<BookingView> {
  const slots = value<OpenSlot[]>(await call('hive.openTimes', { area: 'business-plan', limit: 60 }));
  const slot = slots.find((s) => Date.parse(s.start) > START.getTime() + hours * HOUR);
  if (!slot) throw new Error('no slot');
  return value<BookingView>(await call('hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name: 'Rosa Secret', phone: '', email }));
}

describe('a mentoring booking', () => {
  it('is found by code and contact with times and the mentor first name only, then cancelled, freeing the time', async () => {
    const booking = await bookAfter(48, 'rosa@example.org');
    const found = value<CodeLookupResult>(await call('hive.findByCode', { code: ` ${booking.code.toLowerCase()} `, contact: 'Rosa@Example.org' }));
    expect(found).toEqual({
      kind: 'booking',
      start: booking.start,
      end: booking.end,
      sessions: 1,
      mentorFirstName: booking.mentorName.split(' ')[0],
      workshopTitle: null,
      status: 'booked',
    });
    expect(JSON.stringify(found)).not.toMatch(/Rosa|tamales|example/);
    // Looking up changes nothing.
    expect(value<BookingView>(await call('hive.booking', { id: booking.id }, desk)).status).toBe('booked');

    expect(value(await call('hive.cancelByCode', { ...newKey(), code: booking.code, contact: 'rosa@example.org' }))).toEqual({ id: booking.id, kind: 'booking' });
    expect(value<BookingView>(await call('hive.booking', { id: booking.id }, desk))).toMatchObject({ status: 'cancelled', cancelReason: 'patron' });
    const again = value<OpenSlot[]>(await call('hive.openTimes', { mentorId: booking.mentorId, limit: 60 }));
    expect(again.some((s) => s.start === booking.start)).toBe(true);
    // A cancelled code is no longer found.
    expect(code(await call('hive.findByCode', { code: booking.code, contact: 'rosa@example.org' }))).toBe('hive.booking-not-found');
    expect(code(await call('hive.cancelByCode', { ...newKey(), code: booking.code, contact: 'rosa@example.org' }))).toBe('hive.booking-not-found');
  });

  it('refuses an unknown code, the wrong contact, and a time inside the cut-off (at lookup and at cancel)', async () => {
    const booking = await bookAfter(30, 'ana@example.org');
    expect(code(await call('hive.findByCode', { code: 'ZZZZZZ', contact: 'ana@example.org' }))).toBe('hive.booking-not-found');
    expect(code(await call('hive.findByCode', { code: booking.code, contact: 'other@example.org' }))).toBe('hive.booking-not-found');
    expect(code(await call('hive.findByCode', { code: booking.code, contact: '555-010-2001' }))).toBe('hive.booking-not-found');
    clock.set(new Date(Date.parse(booking.start) - 23 * HOUR).toISOString());
    const late = await call('hive.findByCode', { code: booking.code, contact: 'ana@example.org' });
    expect(code(late)).toBe('hive.cancel-too-late');
    expect(late.ok ? null : late.error.params).toEqual({ hours: 24, phone: '(555) 010-4400' });
    expect(code(await call('hive.cancelByCode', { ...newKey(), code: booking.code, contact: 'ana@example.org' }))).toBe('hive.cancel-too-late');
    clock.set(START.toISOString());
    expect(value<BookingView>(await call('hive.booking', { id: booking.id }, desk)).status).toBe('booked');
  });

  it('follows the cut-off saved in the rules editor (settings round trip through dispatch)', async () => {
    const booking = await bookAfter(50, 'lee@example.org');
    const settings = value<HiveSettings>(await call('hive.settings', {}, desk));
    const saved = value<HiveSettings>(await call('hive.saveSettings', { ...settings, rules: { ...settings.rules, cancelCutoffHours: 72 } }, desk));
    expect(saved.rules.cancelCutoffHours).toBe(72);
    expect(value<HiveSettings>(await call('hive.settings', {}, desk)).rules).toEqual({ ...settings.rules, cancelCutoffHours: 72 });
    const late = await call('hive.findByCode', { code: booking.code, contact: 'lee@example.org' });
    expect(late.ok ? null : late.error.params).toEqual({ hours: 72, phone: '(555) 010-4400' });
    // Reopened from disk, the rule is still there.
    await backends.stop(backend);
    ({ backend } = await backends.start({ clock, dataDir }));
    expect(code(await call('hive.cancelByCode', { ...newKey(), code: booking.code, contact: 'lee@example.org' }))).toBe('hive.cancel-too-late');
  });
});

describe('a workshop registration', () => {
  const nearlyFull = async () => {
    const w = value<WorkshopView[]>(await call('hive.workshops', {})).find((x) => x.seatsLeft === 1);
    if (!w) throw new Error('no nearly full workshop');
    return w;
  };
  const register = (workshopId: string, name: string, phone: string) =>
    call('hive.register', { ...newKey(), workshopId, name, phone, email: '', language: 'es', answers: [] }).then((r) => value<RegistrationView>(r));

  it('is found with the workshop title and cancelled by the patron; the first on the waitlist moves up, as at the desk', async () => {
    const w = await nearlyFull();
    const seat = await register(w.id, 'Lucía Seat', '555-030-0001');
    const waiting = await register(w.id, 'Marco Waiting', '555-030-0002');
    expect(waiting.status).toBe('waitlisted');

    const found = value<CodeLookupResult>(await call('hive.findByCode', { code: seat.code, contact: '(555) 030-0001' }));
    expect(found).toEqual({ kind: 'registration', start: w.starts[0], end: expect.any(String), sessions: 1, mentorFirstName: '', workshopTitle: w.title, status: 'registered' });
    expect(JSON.stringify(found)).not.toContain('Lucía');
    expect(value<CodeLookupResult>(await call('hive.findByCode', { code: waiting.code, contact: '555-030-0002' })).status).toBe('waitlisted');

    expect(value(await call('hive.cancelByCode', { ...newKey(), code: seat.code, contact: '5550300001' }))).toEqual({ id: seat.id, kind: 'registration' });
    const detail = value<{ workshop: WorkshopView; registrations: RegistrationView[] }>(await call('hive.workshopDetail', { id: w.id }, desk));
    expect(detail.registrations.find((r) => r.id === seat.id)).toMatchObject({ status: 'cancelled', cancelReason: 'patron' });
    expect(detail.registrations.find((r) => r.id === waiting.id)).toMatchObject({ status: 'registered', promotedAt: clock.now().toISOString() });
    expect(detail.workshop).toMatchObject({ registered: 8, waitlisted: 0 });
    expect(code(await call('hive.cancelByCode', { ...newKey(), code: seat.code, contact: '5550300001' }))).toBe('hive.booking-not-found');
  });

  it('a waitlisted patron can leave the list; a started workshop can no longer be cancelled here', async () => {
    const w = await nearlyFull();
    await register(w.id, 'Seat', '555-030-0011');
    const first = await register(w.id, 'First', '555-030-0012');
    const second = await register(w.id, 'Second', '555-030-0013');
    value(await call('hive.cancelByCode', { ...newKey(), code: first.code, contact: '555-030-0012' }));
    expect(value<CodeLookupResult>(await call('hive.findByCode', { code: second.code, contact: '555-030-0013' })).status).toBe('waitlisted');
    const detail = value<{ registrations: RegistrationView[] }>(await call('hive.workshopDetail', { id: w.id }, desk));
    expect(detail.registrations.find((r) => r.id === second.id)?.position).toBe(1);

    clock.set(new Date(Date.parse(w.starts[0] ?? '') + 5 * 60_000).toISOString());
    expect(code(await call('hive.findByCode', { code: second.code, contact: '555-030-0013' }))).toBe('hive.cancel-too-late');
    expect(code(await call('hive.cancelByCode', { ...newKey(), code: second.code, contact: '555-030-0013' }))).toBe('hive.cancel-too-late');
  });
});

describe('the mentor editor', () => {
  it('saves a mentor and reads it back (staff list and the patron catalog)', async () => {
    const [mentor] = value<Mentor[]>(await call('hive.mentors', {}, desk));
    if (!mentor) throw new Error('no mentor');
    const edited: Mentor = { ...mentor, room: { en: 'Hive Room C', es: 'Sala C de Hive' }, bufferMinutes: 5, windows: [{ weekday: 2, start: '09:00', end: '12:00' }], daysOff: [{ date: '2026-12-24', note: 'Holiday' }] };
    expect(value<Mentor>(await call('hive.saveMentor', edited, desk))).toEqual(edited);
    expect(value<Mentor[]>(await call('hive.mentors', {}, desk)).find((m) => m.id === mentor.id)).toEqual(edited);
    const catalog = value<{ mentors: { id: string; room: object }[] }>(await call('hive.catalog', {}));
    expect(catalog.mentors.find((m) => m.id === mentor.id)?.room).toEqual({ en: 'Hive Room C', es: 'Sala C de Hive' });
    // Only Tuesday mornings now.
    const slots = value<OpenSlot[]>(await call('hive.openTimes', { mentorId: mentor.id, limit: 10 }));
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => new Date(s.start).getUTCDay() === 2)).toBe(true);
    const inactive = await call('hive.saveMentor', { ...edited, active: false }, desk);
    expect(code(inactive)).toBe('ok');
    expect(value<{ mentors: { id: string }[] }>(await call('hive.catalog', {})).mentors.some((m) => m.id === mentor.id)).toBe(false);
  });
});
