import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { testClock } from '../store/test-support';
import { testBackends, valueOf, caller, demoCredentials, newKey } from '../test-backend';
import type { OpenSlot, WorkshopView, RegistrationView, BookingView } from '../../../shared/contract/hive';
import type { Result } from '../../../shared/result';
import { formatDayTime } from '../../../shared/domain/format';

// Sunday 29 Nov 2026, 09:00 in New York.
const START = new Date('2026-11-29T14:00:00Z');
const clock = testClock(START.toISOString());
const backends = testBackends();
let dataDir: string;
let backend: Backend;

const patron = caller('patron-kiosk');
const otherPatron = caller('patron-kiosk-2');
const desk = caller('desk');

const value = valueOf;
function code(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

const intake = { area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A plan', language: 'en' } as const;

beforeEach(async () => {
  clock.set(START.toISOString());
  // Demo data only goes into an empty directory; the branch zone is New York from right after it
  // (at START it is the same calendar day in New York and in UTC, so the demo dates agree).
  ({ backend, dataDir } = await backends.start({ clock, timeZone: 'America/New_York' }));
  value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), desk));
});

afterEach(() => backends.cleanup());

const openTimes = async (input: Record<string, unknown> = {}) => value<OpenSlot[]>(await backend.dispatch('hive.openTimes', input, patron));
const workshops = async () => value<WorkshopView[]>(await backend.dispatch('hive.workshops', {}, patron));
const bookingCount = async () => value<{ bookings: BookingView[] }>(await backend.dispatch('hive.schedule', { from: '2026-11-01', days: 31 * 1 }, desk)).bookings.length;

describe('demo data', () => {
  it('has five mentors with different areas and languages, open times, and six upcoming workshops', async () => {
    const catalog = value<{ mentors: { languages: string[]; areas: string[] }[] }>(await backend.dispatch('hive.catalog', {}, patron));
    expect(catalog.mentors.length).toBeGreaterThanOrEqual(5);
    expect(new Set(catalog.mentors.flatMap((m) => m.areas)).size).toBeGreaterThanOrEqual(5);
    expect(catalog.mentors.some((m) => m.languages.includes('es'))).toBe(true);
    const slots = await openTimes({ limit: 20 });
    expect(slots).toHaveLength(20);
    // Minimum notice: nothing before 11:00 local.
    expect(Math.min(...slots.map((s) => Date.parse(s.start)))).toBeGreaterThanOrEqual(START.getTime() + 2 * 3600_000);
    const list = await workshops();
    expect(list.length).toBeGreaterThanOrEqual(6);
    expect(list.some((w) => w.sessions.length > 1)).toBe(true);
    expect(list.some((w) => w.seatsLeft === 1)).toBe(true);
  });

  it('filters open times by language and by mentor', async () => {
    const catalog = value<{ mentors: { id: string; languages: string[] }[] }>(await backend.dispatch('hive.catalog', {}, patron));
    const spanish = new Set(catalog.mentors.filter((m) => m.languages.includes('es')).map((m) => m.id));
    const es = await openTimes({ language: 'es', limit: 40 });
    expect(es.length).toBeGreaterThan(0);
    expect(es.every((s) => spanish.has(s.mentorId))).toBe(true);
    const one = catalog.mentors[1]?.id ?? '';
    expect((await openTimes({ mentorId: one })).every((s) => s.mentorId === one)).toBe(true);
  });
});

describe('daylight saving in the branch zone', () => {
  it('keeps a mentor at the same wall time on both sides of the spring change', async () => {
    // Friday 12 March 2027, 12:00 in New York; clocks go forward on Sunday 14 March.
    clock.set('2027-03-12T17:00:00Z');
    const catalog = value<{ mentors: { id: string; displayName: string }[] }>(await backend.dispatch('hive.catalog', {}, patron));
    const daniel = catalog.mentors.find((m) => m.displayName === 'Daniel Reyes')?.id;
    const slots = await openTimes({ mentorId: daniel, limit: 60 });
    const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' });
    const at = (day: string) => slots.find((s) => localDay.format(new Date(s.start)) === day)?.start;
    // The first slot (09:00 local) each day: EST is UTC-5, EDT is UTC-4.
    expect(at('2027-03-13')).toBe('2027-03-13T14:00:00.000Z');
    expect(at('2027-03-14')).toBe('2027-03-14T13:00:00.000Z');
    expect(at('2027-03-15')).toBe('2027-03-15T13:00:00.000Z');
  });
});

describe('booking a mentor', () => {
  it('books, keeps it after a restart, and answers with the slip status', async () => {
    const [slot] = await openTimes({ area: 'business-plan' });
    if (!slot) throw new Error('no slot');
    const result = await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name: 'Ana Ruiz', phone: '555-010-7777', email: '' }, patron);
    const booking = value<BookingView & { printStatus: string }>(result);
    expect(booking.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(booking.printStatus).toMatch(/^(desk|queued|printing|done|failed)$/);
    expect((await openTimes({ mentorId: slot.mentorId, limit: 60 })).some((s) => s.start === slot.start)).toBe(false);
    await backends.stop(backend);
    ({ backend } = await backends.start({ clock, dataDir }));
    value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), desk));
    expect(value<BookingView>(await backend.dispatch('hive.booking', { id: booking.id }, desk)).name).toBe('Ana Ruiz');
  });

  it('lets exactly one of two patrons racing for the same slot win; the other is told', async () => {
    const [slot] = await openTimes();
    if (!slot) throw new Error('no slot');
    const before = await bookingCount();
    const [a, b] = await Promise.all([
      backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name: 'A', phone: '555-010-1111', email: '' }, patron),
      backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot.mentorId, start: slot.start, name: 'B', phone: '555-010-2222', email: '' }, otherPatron),
    ]);
    expect([code(a), code(b)].sort()).toEqual(['hive.slot-taken', 'ok']);
    expect(await bookingCount()).toBe(before + 1);
    const next = await openTimes();
    expect(next[0]?.start).not.toBe(undefined);
    expect(next.some((s) => s.mentorId === slot.mentorId && s.start === slot.start)).toBe(false);
  });

  it('refuses a third upcoming booking for the same phone written differently, and changes nothing', async () => {
    const slots = await openTimes({ limit: 3 });
    const book = (i: number, phone: string) =>
      backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slots[i]?.mentorId, start: slots[i]?.start, name: 'Same', phone, email: '' }, patron);
    expect(code(await book(0, '(555) 010-3333'))).toBe('ok');
    expect(code(await book(1, '555.010.3333'))).toBe('ok');
    const before = await bookingCount();
    const third = await book(2, '+1 555 010 3333');
    expect(code(third)).toBe('hive.too-many-bookings');
    expect(third.ok ? null : third.error.params).toEqual({ count: 2 });
    expect(await bookingCount()).toBe(before);
  });

  it('refuses bad contact details, past times, times inside the notice and times not offered', async () => {
    const [slot] = await openTimes();
    if (!slot) throw new Error('no slot');
    const base = { ...intake, mentorId: slot.mentorId, start: slot.start, name: 'X' };
    const before = await bookingCount();
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '', email: '' }, patron))).toBe('hive.contact-missing');
    const badPhone = await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '12ab', email: '' }, patron);
    expect(code(badPhone)).toBe('hive.phone-invalid');
    expect(badPhone.ok ? [] : badPhone.error.fields).toEqual([{ path: 'phone', code: 'hive-phone-invalid' }]);
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '', email: 'not-an-email' }, patron))).toBe('hive.email-invalid');
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '5550101', email: '', start: '2026-11-28T15:00:00.000Z' }, patron))).toBe('hive.slot-past');
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '5550101', email: '', start: new Date(START.getTime() + 3600_000).toISOString() }, patron))).toBe('hive.slot-too-soon');
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '5550101', email: '', start: new Date(Date.parse(slot.start) + 7 * 60_000).toISOString() }, patron))).toBe('hive.slot-unavailable');
    expect(code(await backend.dispatch('hive.book', { ...newKey(), ...base, phone: '5550101', email: '', start: '2027-02-01T15:00:00.000Z' }, patron))).toBe('hive.slot-too-far');
    expect(await bookingCount()).toBe(before);
  });

  it('lets a patron cancel by code and contact before the cut-off, not after', async () => {
    const slots = await openTimes({ limit: 60 });
    const later = slots.find((s) => Date.parse(s.start) > START.getTime() + 48 * 3600_000);
    const soon = slots[0];
    if (!later || !soon) throw new Error('no slots');
    const a = value<BookingView>(await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: later.mentorId, start: later.start, name: 'D', phone: '', email: 'd@example.org' }, patron));
    const b = value<BookingView>(await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: soon.mentorId, start: soon.start, name: 'D', phone: '', email: 'd@example.org' }, patron));
    expect(code(await backend.dispatch('hive.cancelByCode', { ...newKey(), code: a.code, contact: 'other@example.org' }, patron))).toBe('hive.booking-not-found');
    expect(code(await backend.dispatch('hive.cancelByCode', { ...newKey(), code: b.code, contact: 'D@example.org' }, patron))).toBe('hive.cancel-too-late');
    expect(code(await backend.dispatch('hive.cancelByCode', { ...newKey(), code: a.code.toLowerCase(), contact: 'D@Example.org' }, patron))).toBe('ok');
    expect(value<BookingView>(await backend.dispatch('hive.booking', { id: a.id }, desk)).status).toBe('cancelled');
    expect(value<BookingView>(await backend.dispatch('hive.booking', { id: b.id }, desk)).status).toBe('booked');
  });

  it('lets staff cancel with a reason (freeing the time) and mark attended or no-show', async () => {
    const [slot] = await openTimes();
    const booking = value<BookingView>(await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot?.mentorId, start: slot?.start, name: 'C', phone: '', email: 'c@example.org' }, patron));
    expect(value<BookingView>(await backend.dispatch('hive.markBooking', { id: booking.id, status: 'no-show' }, desk)).status).toBe('no-show');
    expect(value<BookingView>(await backend.dispatch('hive.markBooking', { id: booking.id, status: 'booked' }, desk)).status).toBe('booked');
    const cancelled = value<BookingView>(await backend.dispatch('hive.cancelBooking', { id: booking.id, reason: 'Patron called' }, desk));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Patron called' });
    expect((await openTimes({ mentorId: slot?.mentorId, limit: 60 })).some((s) => s.start === slot?.start)).toBe(true);
    expect(code(await backend.dispatch('hive.cancelBooking', { id: booking.id, reason: 'again' }, desk))).toBe('hive.booking-not-active');
  });
});

describe('workshops', () => {
  const nearlyFull = async () => {
    const w = (await workshops()).find((x) => x.seatsLeft === 1);
    if (!w) throw new Error('no nearly full workshop');
    return w;
  };
  const register = (workshopId: string, name: string, phone: string, client = patron) =>
    backend.dispatch('hive.register', { ...newKey(), workshopId, name, phone, email: '', language: 'es', answers: [] }, client);

  it('gives the last seat to exactly one of two concurrent patrons and waitlists the other with position 1', async () => {
    const w = await nearlyFull();
    const [a, b] = await Promise.all([register(w.id, 'A', '555-020-0001'), register(w.id, 'B', '555-020-0002', otherPatron)]);
    const regs = [value<RegistrationView>(a), value<RegistrationView>(b)];
    expect(regs.map((r) => r.status).sort()).toEqual(['registered', 'waitlisted']);
    expect(regs.find((r) => r.status === 'waitlisted')?.position).toBe(1);
    const third = value<RegistrationView>(await register(w.id, 'C', '555-020-0003'));
    expect(third).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  it('refuses registering twice and promotes the first waitlisted on a cancellation, recorded', async () => {
    const w = await nearlyFull();
    const last = value<RegistrationView>(await register(w.id, 'Last seat', '555-020-0010'));
    const first = value<RegistrationView>(await register(w.id, 'First waiting', '555-020-0011'));
    const second = value<RegistrationView>(await register(w.id, 'Second waiting', '555-020-0012'));
    expect(code(await register(w.id, 'Again', '(555) 020-0011'))).toBe('hive.already-registered');
    const result = value<{ promoted: RegistrationView[] }>(await backend.dispatch('hive.cancelRegistration', { id: last.id, reason: 'Cannot come' }, desk));
    expect(result.promoted.map((p) => p.id)).toEqual([first.id]);
    expect(result.promoted[0]?.promotedAt).toBe(clock.now().toISOString());
    const detail = value<{ registrations: RegistrationView[] }>(await backend.dispatch('hive.workshopDetail', { id: w.id }, desk));
    expect(detail.registrations.find((r) => r.id === second.id)?.position).toBe(1);
    value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'admin'), caller('admin')));
    const audit = value<{ items: { action: string; detail: string }[] }>(await backend.dispatch('audit.list', {}, caller('admin'))).items;
    expect(audit.some((l) => l.action === 'hive.promoted' && l.detail.includes(first.code))).toBe(true);
    // Recorded by code; the free-text reason stays on the registration, where the purge removes it.
    expect(audit.some((l) => l.action === 'hive.cancelRegistration' && l.detail.includes(last.code) && !l.detail.includes('Cannot come'))).toBe(true);
  });

  it('refuses a capacity below the registered count and promotes when it grows', async () => {
    const w = await nearlyFull();
    value(await register(w.id, 'Last', '555-020-0020'));
    const waiting = value<RegistrationView>(await register(w.id, 'Waiting', '555-020-0021'));
    const { registered: _r, waitlisted: _w, seatsLeft: _s, starts: _st, ...editable } = w;
    const lower = await backend.dispatch('hive.saveWorkshop', { ...editable, capacity: 5 }, desk);
    expect(code(lower)).toBe('hive.capacity-below-registered');
    expect(lower.ok ? null : lower.error.params).toEqual({ count: 8 });
    expect((await nearlyFull().catch(() => null)) === null).toBe(true);
    const grown = value<WorkshopView>(await backend.dispatch('hive.saveWorkshop', { ...editable, capacity: 10 }, desk));
    expect(grown).toMatchObject({ capacity: 10, registered: 9, waitlisted: 0 });
    const detail = value<{ registrations: RegistrationView[] }>(await backend.dispatch('hive.workshopDetail', { id: w.id }, desk));
    expect(detail.registrations.find((r) => r.id === waiting.id)?.status).toBe('registered');
  });

  it('takes attendance at the door by slip code or by name, only for seated patrons', async () => {
    const w = await nearlyFull();
    const seated = value<RegistrationView>(await register(w.id, 'Door', '555-020-0030'));
    const waiting = value<RegistrationView>(await register(w.id, 'Wait', '555-020-0031'));
    const byCode = value<RegistrationView>(await backend.dispatch('hive.checkIn', { workshopId: w.id, session: 0, code: ` ${seated.code.toLowerCase()} ` }, desk));
    expect(byCode.attended).toEqual([0]);
    expect(code(await backend.dispatch('hive.checkIn', { workshopId: w.id, session: 0, code: 'ZZZZZZ' }, desk))).toBe('hive.checkin-not-found');
    expect(code(await backend.dispatch('hive.checkIn', { workshopId: w.id, session: 0, registrationId: waiting.id }, desk))).toBe('hive.checkin-not-registered');
  });

  it('exports registrations and bookings as CSV with formula cells neutralised', async () => {
    const w = await nearlyFull();
    value(await register(w.id, '=HYPERLINK("x")', '555-020-0040'));
    const csv = value<{ csv: string; rows: number }>(await backend.dispatch('hive.export', { what: 'registrations', from: '2026-11-29', to: '2026-12-31' }, desk));
    expect(csv.rows).toBe(8);
    expect(csv.csv.split('\r\n')[0]).toMatch(/^code,workshop,first_date,status/);
    expect(csv.csv).toContain(`"'=HYPERLINK(""x"")"`);
    const bookings = value<{ csv: string; rows: number }>(await backend.dispatch('hive.export', { what: 'bookings', from: '2026-11-29', to: '2026-12-31' }, desk));
    expect(bookings.rows).toBe(2);
  });
});

describe('printed documents', () => {
  it('renders the booking slip in the patron language, the workshop slip, the roster and the day sheet, escaping patron text', async () => {
    const [slot] = await openTimes({ language: 'es', area: 'legal' });
    if (!slot) throw new Error('no slot');
    const booking = value<BookingView>(
      await backend.dispatch('hive.book', { ...newKey(), ...intake, area: 'legal', language: 'es', mentorId: slot.mentorId, start: slot.start, name: '<b>Eva</b>', phone: '555-010-4242', email: '', wants: 'Licencia <script>' }, patron),
    );
    const slip = await backend.printing.renderHtml({ kind: 'hive.booking-slip', ref: booking.id, language: 'es' });
    expect(slip).toContain('Cita de mentoría');
    expect(slip).toContain('Lucía');
    expect(slip).not.toContain('Fernández');
    // The room in the slip's language (issue 9: room names stayed English on Spanish slips).
    expect(slip).toContain('Sala A de Hive');
    expect(slip).toContain(booking.code);
    expect(slip).toContain('(555) 010-4400');
    expect(slip).toMatch(/diciembre|noviembre/);
    // The real deadline of this booking: 24 hours before it, in the branch's zone.
    expect(slip).toContain(`Puedes cancelar en este quiosco hasta el ${formatDayTime(new Date(Date.parse(slot.start) - 24 * 3_600_000), 'es', 'America/New_York')}`);
    expect(slip).toContain('llama a la biblioteca al (555) 010-4400');
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(slot.start));
    const day = await backend.printing.renderHtml({ kind: 'hive.mentor-day', ref: `${slot.mentorId}|${date}`, language: 'en' });
    expect(day).toContain('&lt;b&gt;Eva&lt;/b&gt;');
    expect(day).toContain('Licencia &lt;script&gt;');
    expect(day).not.toContain('<script>');

    const w = (await workshops()).find((x) => x.seatsLeft === 1);
    if (!w) throw new Error('no workshop');
    value(await backend.dispatch('hive.register', { ...newKey(), workshopId: w.id, name: 'Seat', phone: '555-020-0050', email: '', language: 'en', answers: [] }, patron));
    const waiting = value<RegistrationView>(await backend.dispatch('hive.register', { ...newKey(), workshopId: w.id, name: 'Waits', phone: '555-020-0051', email: '', language: 'es', answers: [] }, patron));
    const wslip = await backend.printing.renderHtml({ kind: 'hive.workshop-slip', ref: waiting.id, language: 'es' });
    expect(wslip).toContain('Redes sociales para pequeños negocios');
    expect(wslip).toContain('Estás en la lista de espera: número 1.');
    expect(wslip).toContain('Si se libera un lugar, el personal de la biblioteca te llamará al (555) 020-0051.');
    expect(wslip).toContain('Todavía no tienes un lugar.');
    expect(wslip).not.toContain('Muestra este comprobante en la puerta');
    const roster = await backend.printing.renderHtml({ kind: 'hive.roster', ref: w.id, language: 'en' });
    expect(roster).toContain('Roster');
    expect(roster).toContain('8 of 8 seats taken · 1 waiting');
    expect(roster).toContain('Waits');
  });
});

describe('staff access and retention', () => {
  it('refuses staff operations to patron clients and to the nurse role', async () => {
    expect(code(await backend.dispatch('hive.schedule', { from: '2026-11-29', days: 1 }, patron))).toBe('sign-in-required');
    expect(code(await backend.dispatch('hive.cancelRegistration', { id: 'x', reason: 'r' }, patron))).toBe('sign-in-required');
    expect(code(await backend.dispatch('hive.export', { what: 'bookings', from: '2026-11-29', to: '2026-11-30' }, patron))).toBe('sign-in-required');
    value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'nurse'), caller('nurse')));
    expect(code(await backend.dispatch('hive.saveSettings', value(await backend.dispatch('hive.settings', {}, desk)), caller('nurse')))).toBe('forbidden');
  });

  it('purges personal details after the retention period but keeps the counts', async () => {
    const [slot] = await openTimes();
    const booking = value<BookingView>(await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot?.mentorId, start: slot?.start, name: 'Old', phone: '555-010-9999', email: '' }, patron));
    clock.set(new Date(START.getTime() + 400 * 24 * 3600_000).toISOString());
    await backend.purge();
    const after = value<BookingView>(await backend.dispatch('hive.booking', { id: booking.id }, desk).then(async (r) => (r.ok ? r : (await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), desk), backend.dispatch('hive.booking', { id: booking.id }, desk)))));
    expect(after).toMatchObject({ name: '', phone: '', email: '', wants: '', status: 'booked', area: 'business-plan' });
    const summary = value<{ booked: number }>(await backend.dispatch('hive.summary', { from: '2026-11-01', to: '2026-12-31' }, desk));
    expect(summary.booked).toBe(3);
  });

  it('blanks free-text cancel reasons in the purge and keeps them out of the audit log', async () => {
    const [slot] = await openTimes();
    const booking = value<BookingView>(await backend.dispatch('hive.book', { ...newKey(), ...intake, mentorId: slot?.mentorId, start: slot?.start, name: 'Dee', phone: '555-010-7777', email: '' }, patron));
    value(await backend.dispatch('hive.cancelBooking', { id: booking.id, reason: 'In hospital until March' }, desk));
    const workshop = (await workshops())[0];
    const reg = value<RegistrationView>(
      await backend.dispatch('hive.register', { ...newKey(), workshopId: workshop?.id, name: 'Eve', phone: '555-020-0099', email: '', language: 'en', answers: [] }, patron),
    );
    value(await backend.dispatch('hive.cancelRegistration', { id: reg.id, reason: 'Moving to Ohio' }, desk));
    value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'admin'), caller('admin')));
    const audit = value<{ items: { action: string; detail: string }[] }>(await backend.dispatch('audit.list', {}, caller('admin'))).items;
    expect(audit.filter((l) => l.action === 'hive.cancelBooking' || l.action === 'hive.cancelRegistration')).toHaveLength(2);
    expect(audit.filter((l) => /hospital|Ohio/.test(l.detail))).toEqual([]);

    clock.set(new Date(START.getTime() + 400 * 24 * 3600_000).toISOString());
    await backend.purge();
    value(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), desk));
    expect(value<BookingView>(await backend.dispatch('hive.booking', { id: booking.id }, desk))).toMatchObject({ status: 'cancelled', name: '', cancelReason: '' });
    const detail = value<{ registrations: RegistrationView[] }>(await backend.dispatch('hive.workshopDetail', { id: workshop?.id }, desk));
    expect(detail.registrations.find((r) => r.id === reg.id)).toMatchObject({ status: 'cancelled', name: '', cancelReason: '' });
  });
});
