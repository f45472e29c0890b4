// The visit slip through the real dispatcher and store: what it prints of each service's record (and nothing
// private), in the patron's language, and which references it refuses.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_VISIT_SLIP_PARTS, VISIT_SLIP_REF_MS } from '../../../shared/domain/visit-slip';
import type { PrintJob } from '../../../shared/contract/printing';
import type { Caller } from '../context';
import { testClock } from '../store/test-support';
import { caller, signIn, testBackends, valueOf, type TestBackend } from '../test-backend';
import { resources } from '../../../shared/locales/resources';
import { createVisitSlips } from '../platform/visit-slips';

const backends = testBackends();
afterEach(() => backends.cleanup());

/** A kiosk in New York on Sunday 29 November 2026, 09:00, nurse in all week. */
const start = () => backends.start({ clock: testClock('2026-11-29T14:00:00Z'), timeZone: 'America/New_York', nurseAllWeek: true });
const lobby = (clientId = 'lobby-page', deviceId = 'device:lobby-1'): Caller => ({ clientId, deviceId, device: { id: deviceId.slice(7), name: 'Lobby', role: 'lobby' } });
const key = () => randomUUID();

type Visit = { orderNumber: string; ticketNumber: number; refs: string[] };

/** One patron's visit on `who`: an order, a mentor meeting, a workshop and a nurse check-in. */
async function visitOf({ backend }: TestBackend, who: Caller, name = 'Rosalind Quill', phone = '555-010-9876'): Promise<Visit & { mentorFirstName: string; workshopTitle: string }> {
  const catalog = valueOf<{ pickup: { key: string } }>(await backend.dispatch('grocery.catalog', {}, who));
  const order = valueOf<{ orderNumber: string; visitSlip: string }>(
    await backend.dispatch(
      'grocery.submitOrder',
      { idempotencyKey: key(), lines: [{ itemId: 'rice', quantity: 2 }], windowKey: catalog.pickup.key, contact: { name, phone, libraryCard: '29876543210' }, payment: 'snap', language: 'en' },
      who,
    ),
  );
  const slot = valueOf<{ mentorId: string; start: string }[]>(await backend.dispatch('hive.openTimes', { limit: 30 }, who)).at(-1)!;
  const booked = valueOf<{ mentorName: string; visitSlip: string }>(
    await backend.dispatch('hive.book', { idempotencyKey: key(), mentorId: slot.mentorId, start: slot.start, area: 'business-plan', stage: 'idea', industry: 'Tamales', wants: 'A secret recipe plan', name, phone, email: '', language: 'en' }, who),
  );
  const workshop = valueOf<{ id: string; title: { en: string } }[]>(await backend.dispatch('hive.workshops', {}, who))[0]!;
  const registered = valueOf<{ visitSlip: string }>(
    await backend.dispatch('hive.register', { idempotencyKey: key(), workshopId: workshop.id, name, phone, email: '', language: 'en', answers: [] }, who),
  );
  const ticket = valueOf<{ number: number; visitSlip: string }>(
    await backend.dispatch(
      'nurse.checkIn',
      { idempotencyKey: key(), name: 'Rosalind', reasons: ['bloodPressure', 'housing'], language: 'en', interpreter: false, accessNeeds: [], screener: { livingSituation: 'worried', hurt: 'frequently' } },
      who,
    ),
  );
  return {
    orderNumber: order.orderNumber,
    ticketNumber: ticket.number,
    refs: [order.visitSlip, booked.visitSlip, registered.visitSlip, ticket.visitSlip],
    mentorFirstName: booked.mentorName.split(' ')[0]!,
    workshopTitle: workshop.title.en,
  };
}

/** The newest visit slip job, as the desk's print queue lists it, and its document. */
async function lastSlip({ backend }: TestBackend): Promise<{ jobs: PrintJob[]; html: string; text: string }> {
  const desk = caller(await signIn(backend, 'librarian', `desk-${randomUUID()}`));
  const jobs = valueOf<{ items: PrintJob[] }>(await backend.dispatch('print.jobs', { limit: 200 }, desk)).items.filter((j) => j.kind === 'visit.slip');
  const job = jobs[0];
  if (!job) return { jobs, html: '', text: '' };
  const html = await backend.printing.renderHtml({ kind: job.kind, ref: job.ref, language: job.language });
  return { jobs, html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('the visit slip', () => {
  it("lists each service's record: order number, pickup and where, mentor time, first name and room, the workshop, the queue number", async () => {
    const kiosk = await start();
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    expect(visit.refs.every((r) => /^[A-Za-z0-9_-]{43}$/.test(r))).toBe(true);
    expect(await kiosk.backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs: visit.refs, language: 'en' }, who)).toEqual({ ok: true, value: { slip: 'desk' } });
    const { jobs, text } = await lastSlip(kiosk);
    expect(jobs).toHaveLength(1);
    expect(text).toContain('Your visit today');
    expect(text).toContain(`Order number ${visit.orderNumber}`);
    expect(text).toMatch(/Pick up [A-Z][a-z]+day, December \d+/);
    expect(text).toContain('front desk');
    expect(text).toContain('Hive: meeting with a mentor');
    expect(text).toContain(`Mentor ${visit.mentorFirstName}`);
    expect(text).toMatch(/Room \S+/);
    expect(text).toContain(`Hive: ${visit.workshopTitle}`);
    expect(text).toMatch(/You have a seat\.|On the waitlist: number \d+/);
    expect(text).toContain(`Your number ${visit.ticketNumber}`);
  });

  it('never prints the name, phone, card, intake answers, nurse reasons or screener answers', async () => {
    const kiosk = await start();
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    valueOf(await kiosk.backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs: visit.refs, language: 'en' }, who));
    const { html } = await lastSlip(kiosk);
    for (const secret of ['Rosalind', 'Quill', '9876', '29876543210', 'Tamales', 'secret recipe']) expect(html).not.toContain(secret);
    const nurse = resources.en.translation.nurse;
    for (const reason of Object.values(nurse.reasons)) expect(html).not.toContain(reason);
    for (const word of ['worried', 'frequently', 'Blood', 'Housing']) expect(html).not.toContain(word);
  });

  it.each([
    ['es', 'Tu visita de hoy', 'Número de pedido', 'ltr'],
    ['ar', 'زيارتك اليوم', 'رقم الطلب', 'rtl'],
    ['vi', 'Lần đến hôm nay của bạn', 'Số đơn hàng', 'ltr'],
  ] as const)('is printed in the language asked (%s), mirrored for Arabic', async (language, title, orderLabel, dir) => {
    const kiosk = await start();
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    valueOf(await kiosk.backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs: visit.refs, language }, who));
    const { html, jobs } = await lastSlip(kiosk);
    expect(jobs[0]?.language).toBe(language);
    expect(html).toContain(`lang="${language}" dir="${dir}"`);
    expect(html).toContain(title);
    expect(html).toContain(orderLabel);
    expect(html).not.toContain('Your visit today');
  });

  it("prints a record only through its own reference: another patron's order never shows on this slip", async () => {
    const kiosk = await start();
    const mine = await visitOf(kiosk, lobby());
    const theirs = await visitOf(kiosk, lobby('other-page', 'device:lobby-2'), 'Other Person', '555-010-5555');
    valueOf(await kiosk.backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs: mine.refs.slice(0, 2), language: 'en' }, lobby()));
    const { text } = await lastSlip(kiosk);
    expect(text).toContain(`Order number ${mine.orderNumber}`);
    expect(text).not.toContain(`Order number ${theirs.orderNumber}`);
    // Two records asked for, two listed: the nurse ticket of this visit was not.
    expect(text).not.toContain('Library Nurse');
  });

  it('refuses a reference issued to another device, one expired, and one made up, printing nothing', async () => {
    const kiosk = await start();
    const { backend, clock } = kiosk;
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    const refused = { ok: false, error: { code: 'visit.slip-unavailable' } };
    const print = (refs: string[], as: Caller) => backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs, language: 'en' }, as);
    // Another lobby kiosk or the desk, with codes seen over a shoulder (the host names the device, never the page).
    expect(await print(visit.refs, lobby('lobby-page', 'device:lobby-2'))).toMatchObject(refused);
    expect(await print(visit.refs, { clientId: 'lobby-page', deviceId: 'device:desk-1', device: { id: 'desk-1', name: 'Desk', role: 'desk' } })).toMatchObject(refused);
    // A guess in the right shape, alone or slipped in with real ones.
    const guess = 'A'.repeat(43);
    expect(await print([guess], who)).toMatchObject(refused);
    expect(await print([...visit.refs, guess], who)).toMatchObject(refused);
    // Order numbers or record ids are not references.
    expect(await print([visit.orderNumber], who)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await print([], who)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await print(Array.from({ length: MAX_VISIT_SLIP_PARTS + 1 }, () => guess), who)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Past the visit's window.
    clock.advance(VISIT_SLIP_REF_MS + 1000);
    expect(await print(visit.refs, who)).toMatchObject(refused);
    expect((await lastSlip(kiosk)).jobs).toHaveLength(0);
  });

  it('is for patron screens only: a display may not print one, and a retried or repeated request prints once', async () => {
    const kiosk = await start();
    const { backend } = kiosk;
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    const display: Caller = { clientId: 'lobby-page', deviceId: 'device:lobby-1', device: { id: 'lobby-1', name: 'Display', role: 'display' } };
    const input = { idempotencyKey: key(), refs: visit.refs, language: 'en' };
    expect(await backend.dispatch('visit.printSlip', input, display)).toMatchObject({ ok: false, error: { code: 'device-forbidden' } });
    const first = await backend.dispatch('visit.printSlip', input, who);
    expect(await backend.dispatch('visit.printSlip', input, who)).toEqual(first);
    // Another tap for the same records is the same slip, not another length of paper; in another language, a new one.
    expect(await backend.dispatch('visit.printSlip', { ...input, idempotencyKey: key() }, who)).toEqual(first);
    expect((await lastSlip(kiosk)).jobs).toHaveLength(1);
    valueOf(await backend.dispatch('visit.printSlip', { ...input, idempotencyKey: key(), language: 'es' }, who));
    expect((await lastSlip(kiosk)).jobs).toHaveLength(2);
  });

  it('keeps what it lists only a day: then its job has nothing to print', async () => {
    const kiosk = await start();
    const { backend, clock } = kiosk;
    const who = lobby();
    const visit = await visitOf(kiosk, who);
    valueOf(await backend.dispatch('visit.printSlip', { idempotencyKey: key(), refs: visit.refs, language: 'en' }, who));
    const { jobs } = await lastSlip(kiosk);
    clock.advance(25 * 60 * 60 * 1000);
    await backend.purge();
    await expect(backend.printing.renderHtml({ kind: 'visit.slip', ref: jobs[0]!.ref, language: 'en' })).rejects.toThrow(/No visit slip/);
  });
});

describe('visit slip references', () => {
  const part = { kind: 'grocery-order', id: 'order-1' } as const;
  it('are the same for a retry from one device, another for another device, and expire', () => {
    const slips = createVisitSlips(1000);
    const now = new Date('2026-11-29T14:00:00Z');
    const a = slips.issue(part, lobby(), now);
    expect(slips.issue(part, lobby(), now)).toBe(a);
    expect(slips.issue(part, lobby('reloaded'), now)).toBe(a);
    expect(slips.issue(part, lobby('lobby-page', 'device:lobby-2'), now)).not.toBe(a);
    expect(slips.claim([a, a], lobby(), now)).toEqual([part]);
    expect(() => slips.claim([a], lobby(), new Date(now.getTime() + 1000))).toThrow('no longer');
    // Expired and pruned: a new write issues a new one.
    expect(slips.issue(part, lobby(), new Date(now.getTime() + 2000))).not.toBe(a);
  });
});
