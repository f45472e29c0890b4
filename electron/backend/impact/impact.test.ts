import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { testClock, type TestClock } from '../store/test-support';
import { caller, dispatchOk, newKey, signIn, testBackends, valueOf } from '../test-backend';

// Real backend, real store in a temp folder, through the dispatcher. Branch in New York; Monday 2 November 2026.
const backends = testBackends();
afterEach(() => backends.cleanup());

const PATRON = { name: 'Zelda Quartermaine', phone: '555-010-9876', libraryCard: 'CARD9876' };
const SECRETS = ['Zelda', 'Quartermaine', '555-010-9876', '(555) 010-9876', '5550109876', 'CARD9876', 'Bartholomew', 'SECRET', 'Ana Ruiz', 'ana@example.org'];
const NOV = { from: '2026-11-01', to: '2026-11-30', per: 'month' as const };
type Figures = { metrics: { id: string; current: number | string | null }[] };

async function busyBranch(clock: TestClock = testClock('2026-11-02T15:00:00Z')) {
  const started = await backends.start({ clock, timeZone: 'America/New_York', nurseAllWeek: true });
  const { backend } = started;
  const patron = caller('patron');
  const catalog = valueOf<{ pickup: { key: string } }>(await backend.dispatch('grocery.catalog', {}, patron));
  for (let i = 0; i < 6; i++) {
    valueOf(
      await backend.dispatch(
        'grocery.submitOrder',
        { ...newKey(), lines: [{ itemId: 'rice', quantity: 2 }, { itemId: 'eggs', quantity: 1 }], windowKey: catalog.pickup.key, contact: PATRON, payment: 'snap', language: 'en' },
        caller(`patron-${i}`),
      ),
      'order',
    );
  }
  // A nurse visit with a positive food screen, a note and a referral.
  valueOf(await backend.dispatch('nurse.checkIn', { ...newKey(), name: 'Bartholomew', reasons: ['food'], language: 'en', interpreter: false, accessNeeds: [], screener: { foodWorry: 'often' } }, patron), 'check-in');
  const nurse = await signIn(backend, 'nurse');
  const ticket = await dispatchOk<{ id: string }>(backend, 'nurse.callNext', {}, nurse);
  await dispatchOk(backend, 'nurse.startVisit', { ticketId: ticket.id }, nurse);
  await dispatchOk(
    backend,
    'nurse.closeVisit',
    {
      ticketId: ticket.id,
      measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' },
      notes: 'SECRET nurse note about Bartholomew',
      referrals: ['demo-eastside-pantry'],
      followUp: { wanted: false, consent: false, contact: '' },
      handledWithout911: true,
    },
    nurse,
  );
  // A mentoring booking with free text.
  const slots = valueOf<{ mentorId: string; start: string }[]>(await backend.dispatch('hive.openTimes', {}, patron));
  const slot = slots[0]!;
  valueOf(
    await backend.dispatch(
      'hive.book',
      { ...newKey(), area: 'business-plan', stage: 'idea', industry: 'SECRET industry', wants: 'SECRET business idea', language: 'en', mentorId: slot.mentorId, start: slot.start, name: 'Ana Ruiz', phone: '555-010-9876', email: 'ana@example.org' },
      patron,
    ),
    'booking',
  );
  return started;
}

const metric = (figures: Figures, id: string) => figures.metrics.find((m) => m.id === id)?.current;
const figuresAs = (backend: Backend, clientId: string, section: string, range = NOV) => backend.dispatch('impact.figures', { section, ...range }, caller(clientId));

describe('impact figures', () => {
  it('shows a partner its own program only, refused everything else in the dispatcher; admins see every section', async () => {
    const { backend } = await busyBranch();
    const grocer = await signIn(backend, 'grocery-partner');
    const orders = metric(valueOf<Figures>(await figuresAs(backend, grocer, 'grocery')), 'orders');
    expect(orders).toBe(6);
    for (const section of ['nurse', 'hive', 'visit']) {
      expect(await figuresAs(backend, grocer, section), section).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await backend.dispatch('impact.export', { section, format: 'csv', ...NOV }, caller(grocer))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await backend.dispatch('impact.reportPdf', { section, month: '2026-11', language: 'en' }, caller(grocer))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const name of ['nurse.stats', 'grocery.orders', 'hive.summary', 'impact.saveSettings', 'print.jobs', 'system.alerts']) {
      expect(await backend.dispatch(name, {}, caller(grocer)), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const health = await signIn(backend, 'nurse-partner');
    expect(metric(valueOf<Figures>(await figuresAs(backend, health, 'nurse')), 'screener.food')).toBe('masked');
    expect(await figuresAs(backend, health, 'grocery')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await signIn(backend, 'admin');
    for (const section of ['grocery', 'hive', 'nurse', 'visit']) expect((await figuresAs(backend, admin, section)).ok, section).toBe(true);
    const librarian = await signIn(backend, 'librarian');
    expect(await figuresAs(backend, librarian, 'grocery')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('masks small counts at the threshold admins set', async () => {
    const { backend } = await busyBranch();
    const admin = await signIn(backend, 'admin');
    expect(metric(valueOf<Figures>(await figuresAs(backend, admin, 'nurse')), 'visits')).toBe('masked');
    expect(metric(valueOf<Figures>(await figuresAs(backend, admin, 'grocery')), 'orders')).toBe(6);
    await dispatchOk(backend, 'impact.saveSettings', { smallCount: 7 }, admin);
    expect(metric(valueOf<Figures>(await figuresAs(backend, admin, 'grocery')), 'orders')).toBe('masked');
    await dispatchOk(backend, 'impact.saveSettings', { smallCount: 2 }, admin);
    expect(await backend.dispatch('impact.saveSettings', { smallCount: 0 }, caller(admin))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(metric(valueOf<Figures>(await figuresAs(backend, admin, 'grocery')), 'orders')).toBe(6);
    expect(await figuresAs(backend, admin, 'grocery', { from: '2026-11-30', to: '2026-11-01', per: 'month' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the counts after the personal records are purged, across a restart, never counting a record twice', async () => {
    const clock = testClock('2026-11-02T15:00:00Z');
    const { backend, dataDir } = await busyBranch(clock);
    let admin = await signIn(backend, 'admin');
    const before = valueOf<Figures>(await figuresAs(backend, admin, 'grocery'));
    const nurseBefore = valueOf<Figures>(await figuresAs(backend, admin, 'nurse'));
    // Past every retention period (grocery 90 days, hive 365, nurse 30).
    clock.set('2027-12-15T15:00:00Z');
    await backend.purge();
    const librarian = await signIn(backend, 'librarian');
    expect(valueOf<{ total: number }>(await backend.dispatch('grocery.orders', { limit: 50 }, caller(librarian))).total).toBe(0);
    admin = await signIn(backend, 'admin');
    expect(valueOf<Figures>(await figuresAs(backend, admin, 'grocery'))).toEqual(before);
    expect(valueOf<Figures>(await figuresAs(backend, admin, 'nurse'))).toEqual(nurseBefore);
    // A purge interrupted after counting (records still there): the next one skips them.
    await backend.platform.counts.keep('grocery', ['order-a'], () => [{ day: '2027-12-01', counts: { orders: 1 } }]);
    await backend.platform.counts.keep('grocery', ['order-a'], () => [{ day: '2027-12-01', counts: { orders: 1 } }]);
    expect(backend.platform.counts.isCounted('grocery', 'order-a')).toBe(true);
    await backends.stop(backend);
    const reopened = (await backends.start({ clock, dataDir })).backend;
    admin = await signIn(reopened, 'admin');
    expect(valueOf<Figures>(await figuresAs(reopened, admin, 'grocery'))).toEqual(before);
    expect(metric(valueOf<Figures>(await figuresAs(reopened, admin, 'grocery', { from: '2027-12-01', to: '2027-12-31', per: 'month' })), 'orders')).toBe('masked');
    await reopened.dispatch('impact.saveSettings', { smallCount: 2 }, caller(admin));
    expect(metric(valueOf<Figures>(await figuresAs(reopened, admin, 'grocery', { from: '2027-12-01', to: '2027-12-31', per: 'month' })), 'orders')).toBe('masked');
  });
});

describe('one visit across services', () => {
  it('counts a hand-off taken and a second service once per visit, never on a retry, and keeps no flag on the order', async () => {
    const { backend } = await busyBranch();
    const patron = caller('visit-patron');
    const catalog = valueOf<{ pickup: { key: string } }>(await backend.dispatch('grocery.catalog', {}, patron));
    const order = { ...newKey(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup.key, contact: PATRON, payment: 'snap', language: 'en', visit: { earlier: 1, handoff: true } };
    const first = valueOf<{ orderNumber: string }>(await backend.dispatch('grocery.submitOrder', order, patron));
    // A retry after a lost answer: the same order, counted once.
    expect(valueOf<{ orderNumber: string }>(await backend.dispatch('grocery.submitOrder', order, patron)).orderNumber).toBe(first.orderNumber);
    // A third service in the same visit is not a second "visit with two or more services".
    valueOf(await backend.dispatch('nurse.checkIn', { ...newKey(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null, visit: { earlier: 2, handoff: false } }, patron));
    const admin = await signIn(backend, 'admin');
    const visit = valueOf<Figures>(await figuresAs(backend, admin, 'visit'));
    await dispatchOk(backend, 'impact.saveSettings', { smallCount: 2 }, admin);
    const shown = valueOf<Figures>(await figuresAs(backend, admin, 'visit'));
    expect(metric(visit, 'handoffs')).toBe('masked');
    expect([metric(shown, 'handoffs'), metric(shown, 'multiService')]).toEqual(['masked', 'masked']);
    expect(backend.platform.counts.all().visit).toEqual([{ day: '2026-11-02', counts: { multiService: 1, 'handoffs.grocery': 1 } }]);
    const grocer = await signIn(backend, 'grocery-partner');
    expect(valueOf<Figures>(await figuresAs(backend, grocer, 'grocery')).metrics.find((m) => m.id === 'handoffs')?.current).toBe('masked');
    const librarian = await signIn(backend, 'librarian');
    const stored = valueOf<{ items: Record<string, unknown>[] }>(await backend.dispatch('grocery.orders', { limit: 50 }, caller(librarian))).items;
    expect(stored.some((o) => 'visit' in o)).toBe(false);
  });
});

describe('exports and reports', () => {
  it('name no patron, phone or free text in any export or report of any section', async () => {
    const { backend } = await busyBranch();
    const admin = await signIn(backend, 'admin');
    const texts: string[] = [];
    for (const section of ['grocery', 'hive', 'nurse', 'visit']) {
      for (const per of ['week', 'month'] as const) {
        for (const format of ['csv', 'json'] as const) {
          texts.push(valueOf<{ content: string }>(await backend.dispatch('impact.export', { section, format, from: '2026-10-01', to: '2026-11-30', per }, caller(admin))).content);
        }
      }
      texts.push(await backend.printing.renderHtml({ kind: 'impact.report', ref: `${section}|2026-11`, language: 'en' }));
      // The test engine's "PDF" is the laid-out HTML: what the real engine would render.
      const pdf = valueOf<{ pdfBase64: string }>(await backend.dispatch('impact.reportPdf', { section, month: '2026-11', language: 'es' }, caller(admin)));
      texts.push(Buffer.from(pdf.pdfBase64, 'base64').toString('utf8'));
    }
    expect(texts.length).toBe(4 * 6);
    for (const text of texts) for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    // And they do hold the figures.
    expect(texts[0]).toContain('orders');
    expect(texts.join('\n')).toContain('<svg');
  });

  it('writes CSV with the documented columns and a versioned JSON', async () => {
    const { backend } = await busyBranch();
    const grocer = await signIn(backend, 'grocery-partner');
    const csv = valueOf<{ content: string; filename: string }>(await backend.dispatch('impact.export', { section: 'grocery', format: 'csv', ...NOV }, caller(grocer)));
    const [header, ...rows] = csv.content.trim().split('\r\n');
    expect(header).toBe('schema_version,section,per,period,bucket_start,bucket_end,metric,kind,value,masked,small_count');
    expect(rows).toContain('1,grocery,month,current,2026-11-01,2026-11-30,orders,count,6,false,5');
    expect(rows).toContain('1,grocery,month,previous,2026-10-01,2026-10-31,orders,count,0,false,5');
    expect(csv.filename).toBe('impact-grocery-2026-11-01-to-2026-11-30-per-month.csv');
    const json = JSON.parse(valueOf<{ content: string }>(await backend.dispatch('impact.export', { section: 'grocery', format: 'json', ...NOV }, caller(grocer))).content) as Record<string, unknown>;
    expect(json).toMatchObject({ schema: 'commons-kiosk.impact', version: 1, section: 'grocery', smallCount: 5 });
    expect(json.metrics).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'orders', current: { value: 6 } }), expect.objectContaining({ id: 'notPickedUp', current: { value: 0 } })]));
  });
});
