import { resourceCategories } from '../../../shared/domain/nurse-directory';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../shared/contract/operations';
import type { StaffRole } from '../../../shared/roles';
import type { Backend } from '../backend';
import { testClock, type TestClock } from '../store/test-support';
import { testBackends, textPrinting, caller, newKey, demoCredentials } from '../test-backend';

const backends = testBackends();
afterEach(() => backends.cleanup());

async function start(clock: TestClock, timeZone?: string) {
  const { backend, dataDir: dir } = await backends.start({ clock, printing: textPrinting, timeZone, nurseAllWeek: true });
  const as = (clientId: string) => ({
    call: async (name: string, input: unknown) => backend.dispatch(name, input, caller(clientId)),
  });
  return { backend, dir, as };
}

async function signedIn(backend: Backend, clientId: string, role: StaffRole) {
  const result = await backend.dispatch('staff.signIn', demoCredentials(backend, role), caller(clientId));
  expect(result.ok).toBe(true);
}

const checkIn = (over: Partial<OperationInput<'nurse.checkIn'>> = {}): OperationInput<'nurse.checkIn'> => ({
  ...newKey(),
  name: 'Rosalind',
  reasons: ['bloodPressure', 'housing'],
  language: 'es',
  interpreter: false,
  accessNeeds: [],
  screener: null,
  ...over,
});

type Value = Record<string, unknown>;
const valueOf = <T = Value>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};
const errorOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

const emptyVisit = {
  measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' as const },
  notes: '',
  referrals: [] as string[],
  followUp: { wanted: false, consent: false, contact: '' },
  handledWithout911: false,
};

describe('nurse queue through the dispatcher', () => {
  it('numbers tickets from 1 each branch day, orders the queue and estimates the wait', async () => {
    // 20:00 in New York on 10 March is already 11 March in UTC.
    const clock = testClock('2026-03-11T00:30:00Z');
    const { backend, as } = await start(clock, 'America/New_York');
    const patron = as('patron');
    const first = valueOf<{ number: number; waitMinutes: number; ahead: number }>(await patron.call('nurse.checkIn', checkIn()));
    const second = valueOf<{ number: number; waitMinutes: number; ahead: number }>(await patron.call('nurse.checkIn', checkIn({ name: null })));
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first).toMatchObject({ ahead: 0, waitMinutes: 0 });
    expect(second).toMatchObject({ ahead: 1, waitMinutes: 15 });

    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    const queue = valueOf<{ day: string; tickets: { id: string; number: number; status: string }[] }>(await nurse.call('nurse.queue', {}));
    expect(queue.day).toBe('2026-03-10');
    expect(queue.tickets.map((t) => t.number)).toEqual([1, 2]);
    const called = valueOf<{ number: number; status: string }>(await nurse.call('nurse.callNext', {}));
    expect(called).toMatchObject({ number: 1, status: 'called' });

    // The next morning in New York: numbers restart, yesterday's queue is gone from view.
    clock.set('2026-03-11T14:00:00Z');
    const next = valueOf<{ number: number }>(await patron.call('nurse.checkIn', checkIn()));
    expect(next.number).toBe(1);
    await signedIn(backend, 'nurse', 'nurse');
    const today = valueOf<{ day: string; tickets: { number: number }[] }>(await nurse.call('nurse.queue', {}));
    expect(today.day).toBe('2026-03-11');
    expect(today.tickets.map((t) => t.number)).toEqual([1]);
    // Yesterday's ticket 2 never got called; it cannot be called today.
    expect(errorOf(await nurse.call('nurse.call', { ticketId: queue.tickets[1]?.id }))).toBe('nurse.old-ticket');
  });

  it('shows only numbers on the public display and to librarians', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { backend, as } = await start(clock);
    await as('kiosk').call('nurse.checkIn', checkIn({ name: 'Rosalind', reasons: ['stress'] }));
    await as('kiosk').call('nurse.checkIn', checkIn({ name: 'Bartholomew' }));
    await signedIn(backend, 'nurse', 'nurse');
    await as('nurse').call('nurse.callNext', {});
    const display = await as('lobby').call('nurse.display', {});
    expect(display).toEqual({ ok: true, value: { called: [1], waitingCount: 1, open: true, nextOpening: null } });

    await signedIn(backend, 'desk', 'librarian');
    const numbers = await as('desk').call('nurse.queueNumbers', {});
    expect(JSON.stringify(numbers)).not.toMatch(/Rosalind|Bartholomew|stress/);
    expect(valueOf(numbers)).toMatchObject({ called: [1], waiting: [2], inVisit: [], done: 0, left: 0 });
    // The librarian gets nothing else of the nurse's data.
    for (const op of ['nurse.queue', 'nurse.callNext', 'nurse.stats']) expect(errorOf(await as('desk').call(op, {}))).toBe('forbidden');
    expect(errorOf(await as('desk').call('nurse.visit', { ticketId: 'x' }))).toBe('forbidden');
  });
});

async function ticketIds(_backend: Backend, nurse: { call: (n: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }> }): Promise<string[]> {
  const queue = valueOf<{ tickets: { id: string; number: number }[] }>(await nurse.call('nurse.queue', {}));
  return queue.tickets.sort((a, b) => a.number - b.number).map((t) => t.id);
}

describe('visits', () => {
  it('runs a visit from call to close, audits each view, refuses bad input without changing anything', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { backend, as } = await start(clock);
    await as('kiosk').call('nurse.checkIn', checkIn({ screener: { livingSituation: 'worried', hurt: 'frequently', insult: 'frequently', scream: 'rarely' } }));
    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    const [ticketId = ''] = await ticketIds(backend, nurse);

    expect(errorOf(await nurse.call('nurse.call', { ticketId: 'no-such-ticket' }))).toBe('nurse.unknown-ticket');
    expect(errorOf(await nurse.call('nurse.call', { ticketId }))).toBe('ok');
    expect(errorOf(await nurse.call('nurse.call', { ticketId }))).toBe('nurse.already-called');
    expect(errorOf(await nurse.call('nurse.saveVisit', { ...emptyVisit, ticketId }))).toBe('nurse.no-visit');
    expect(errorOf(await nurse.call('nurse.startVisit', { ticketId }))).toBe('ok');
    expect(errorOf(await nurse.call('nurse.markLeft', { ticketId }))).toBe('nurse.wrong-status');

    const viewed = valueOf<{ ticket: { name: string; screenerVersion: string }; screener: { flagged: string[]; totals: object; answered: number; definition: { id: string } } }>(
      await nurse.call('nurse.visit', { ticketId }),
    );
    expect(viewed.ticket).toMatchObject({ name: 'Rosalind', screenerVersion: 'plain-language@1' });
    expect(viewed.screener).toMatchObject({ flagged: ['housing', 'safety'], totals: { safety: 12 }, answered: 4, definition: { id: 'plain-language' } });
    const audit = backend.platform.audit.list({ limit: 50 }).items.filter((e) => e.action === 'nurse.viewVisit');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toBe('#1 2026-03-10');

    const resources = valueOf<{ id: string; category: string; organisation: string }[]>(await nurse.call('nurse.resources', {}));
    const [food, legal] = [resources.find((r) => r.category === 'food'), resources.find((r) => r.category === 'legal')];
    const good = {
      ...emptyVisit,
      ticketId,
      measurements: { systolic: 150, diastolic: 95, pulse: 80, bloodSugar: 110, bloodSugarTiming: 'fasting' as const },
      notes: 'Swollen ankles; advised elevation',
      referrals: [food?.id ?? '', legal?.id ?? ''],
      handledWithout911: true,
    };
    const saved = valueOf(await nurse.call('nurse.saveVisit', good));
    expect(saved).toMatchObject({ notes: 'Swollen ankles; advised elevation', closedAt: null });

    // Bad input: nothing changes.
    const outOfRange = await nurse.call('nurse.saveVisit', { ...good, notes: 'changed', measurements: { ...good.measurements, systolic: 1500 } });
    expect(outOfRange).toMatchObject({ ok: false, error: { code: 'nurse.out-of-range', params: { field: 'systolic', min: 50, max: 300, unit: 'mmHg' } } });
    expect(errorOf(await nurse.call('nurse.saveVisit', { ...good, notes: 'changed', measurements: { ...good.measurements, diastolic: 160 } }))).toBe('nurse.diastolic-not-below-systolic');
    expect(errorOf(await nurse.call('nurse.saveVisit', { ...good, followUp: { wanted: true, consent: false, contact: '555-0100' } }))).toBe('nurse.contact-needs-consent');
    const inactive = resources.find((r) => r.category === 'housing');
    const all = valueOf<{ id: string; active: boolean }[]>(await nurse.call('nurse.resources', {}));
    const target = all.find((r) => r.id === inactive?.id);
    expect(errorOf(await nurse.call('nurse.saveResource', { ...target, active: false }))).toBe('ok');
    expect(errorOf(await nurse.call('nurse.saveVisit', { ...good, notes: 'changed', referrals: [...good.referrals, inactive?.id] }))).toBe('nurse.resource-inactive');
    const after = valueOf<{ visit: { notes: string; referrals: string[]; measurements: { systolic: number } } }>(await nurse.call('nurse.visit', { ticketId }));
    expect(after.visit).toMatchObject({ notes: 'Swollen ankles; advised elevation', referrals: good.referrals, measurements: { systolic: 150 } });

    // The referral sheet: patron's language, both resources, the nurse's hours, never the patron's name.
    const sheet = await backend.printing.renderHtml({ kind: 'nurse.referral', ref: ticketId, language: 'es' });
    expect(sheet).toContain('Dónde conseguir ayuda');
    expect(sheet).toContain(food?.organisation.replace(/'/g, '&#39;'));
    expect(sheet).toContain(legal?.organisation);
    expect(sheet).toContain('La enfermera está en la biblioteca');
    expect(sheet).not.toContain('Rosalind');
    const printed = valueOf<{ status: string }>(await nurse.call('nurse.printReferral', { ticketId, language: 'es', englishCopy: true }));
    expect(printed.status).not.toBe('');

    const closed = valueOf<{ closedAt: string }>(await nurse.call('nurse.closeVisit', good));
    expect(closed.closedAt).toBe('2026-03-10T15:00:00.000Z');
    expect(errorOf(await nurse.call('nurse.saveVisit', good))).toBe('nurse.visit-closed');
    const queue = valueOf<{ tickets: { status: string }[] }>(await nurse.call('nurse.queue', {}));
    expect(queue.tickets[0]?.status).toBe('done');

    // Admins and librarians cannot read visits; patrons (no session) cannot either.
    await signedIn(backend, 'admin', 'admin');
    expect(errorOf(await as('admin').call('nurse.visit', { ticketId }))).toBe('forbidden');
    expect(errorOf(await as('nobody').call('nurse.visit', { ticketId }))).toBe('sign-in-required');
    expect(errorOf(await as('nobody').call('nurse.queue', {}))).toBe('sign-in-required');
  });
});

async function rawFiles(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(await readFile(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

describe('privacy', () => {
  it('keeps no patron name, reason, screener answer or note readable in any file of the data directory', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { backend, as, dir } = await start(clock);
    await as('kiosk').call('nurse.checkIn', checkIn({ name: 'Zebulon', reasons: ['alcoholDrugs'], screener: { hurt: 'frequently' } }));
    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    const [ticketId = ''] = await ticketIds(backend, nurse);
    await nurse.call('nurse.startVisit', { ticketId });
    const resources = valueOf<{ id: string }[]>(await nurse.call('nurse.resources', {}));
    await nurse.call('nurse.closeVisit', { ...emptyVisit, ticketId, notes: 'Quixotically-unique note', referrals: [resources[0]?.id] });
    await nurse.call('nurse.printReferral', { ticketId, language: 'es', englishCopy: false });
    await backends.stop(backend);

    const files = await rawFiles(dir);
    expect(files.length).toBeGreaterThan(5);
    for (const bytes of files) {
      const text = bytes.toString('latin1');
      for (const secret of ['Zebulon', 'alcoholDrugs', 'Quixotically', 'frequently']) expect(text).not.toContain(secret);
    }
    // The nurse's own files are there, and encrypted.
    const names = (await readdir(dir, { recursive: true })).map(String);
    expect(names.some((n) => n.startsWith('nurse-checkins'))).toBe(true);
    expect(names.some((n) => n.startsWith('nurse-visits'))).toBe(true);
  });

  it('reopens the encrypted files with the same key', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    // One `testBackends()` holds one key: the second start reads what the first wrote.
    const { backend: first, dataDir } = await backends.start({ clock, printing: textPrinting, nurseAllWeek: true });
    await first.dispatch('nurse.checkIn', checkIn({ name: 'Ottoline' }), caller('k'));
    await backends.stop(first);
    const { backend: again } = await backends.start({ clock, dataDir, demo: false, printing: textPrinting });
    await signedIn(again, 'n', 'nurse');
    const queue = valueOf<{ tickets: { name: string }[] }>(await again.dispatch('nurse.queue', {}, caller('n')));
    expect(queue.tickets.map((t) => t.name)).toEqual(['Ottoline']);
  });
});

describe('retention', () => {
  it('purges visit details after the retention days and keeps anonymous daily counts', async () => {
    const clock = testClock('2026-03-10T15:00:00Z');
    const { backend, as } = await start(clock);
    await as('kiosk').call('nurse.checkIn', checkIn({ reasons: ['food', 'stress'], screener: { foodWorry: 'often' } }));
    await as('kiosk').call('nurse.checkIn', checkIn({ reasons: ['food'] }));
    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    const [first = '', second = ''] = await ticketIds(backend, nurse);
    const resources = valueOf<{ id: string; category: string }[]>(await nurse.call('nurse.resources', {}));
    const food = resources.find((r) => r.category === 'food')?.id ?? '';
    await nurse.call('nurse.startVisit', { ticketId: first });
    await nurse.call('nurse.closeVisit', { ...emptyVisit, ticketId: first, referrals: [food], handledWithout911: true });
    await nurse.call('nurse.markLeft', { ticketId: second });

    // Day 29 after: still there.
    clock.set('2026-04-08T15:00:00Z');
    await backend.purge();
    await signedIn(backend, 'nurse', 'nurse');
    expect(errorOf(await nurse.call('nurse.visit', { ticketId: first }))).toBe('ok');

    // Day 31 after: details gone, counts stay.
    clock.set('2026-04-10T15:00:00Z');
    await backend.purge();
    await backend.purge();
    await signedIn(backend, 'nurse', 'nurse');
    expect(errorOf(await nurse.call('nurse.visit', { ticketId: first }))).toBe('nurse.unknown-ticket');
    const stats = valueOf<{ items: { day: string }[] }>(await nurse.call('nurse.stats', {})).items;
    expect(stats).toEqual([
      {
        day: '2026-03-10',
        checkIns: 2,
        visits: 1,
        left: 1,
        reasons: { food: 2, stress: 1 },
        referralCategories: { food: 1 },
        screenerFlags: { food: 1 },
        handledWithout911: 1,
      },
    ]);
  });
});

describe('directory', () => {
  it('seeds at least 25 fictional resources across every category in English and Spanish', async () => {
    const { backend, as } = await start(testClock('2026-03-10T15:00:00Z'));
    await signedIn(backend, 'admin', 'admin');
    const resources = valueOf<{ category: string; text: { en?: unknown; es?: unknown } }[]>(await as('admin').call('nurse.resources', {}));
    expect(resources.length).toBeGreaterThanOrEqual(25);
    // Every category, the library's own programs included.
    expect(new Set(resources.map((r) => r.category)).size).toBe(resourceCategories.length);
    expect(resources.every((r) => r.text.en && r.text.es)).toBe(true);
  });

  it('exports and re-imports CSV; a file with a bad row changes nothing', async () => {
    const { backend, as } = await start(testClock('2026-03-10T15:00:00Z'));
    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    const { csv } = valueOf<{ csv: string }>(await nurse.call('nurse.exportResources', {}));
    const before = valueOf<unknown[]>(await nurse.call('nurse.resources', {}));
    expect(valueOf(await nurse.call('nurse.importResources', { csv }))).toEqual({ added: 0, updated: before.length });

    const lines = csv.split(/\r?\n/);
    const header = lines[0] ?? '';
    const newRow = header
      .split(',')
      .map((c) => ({ category: 'food', organisation: 'New Pantry', programme_en: 'Pantry', helpsWith_en: 'Food', active: 'yes' })[c] ?? '')
      .join(',');
    const badRow = newRow.replace('food', 'pets').replace('New Pantry', 'Bad Pantry');
    const refused = await nurse.call('nurse.importResources', { csv: [header, newRow, badRow].join('\n') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'nurse.csv-invalid', params: { count: 1, rows: '3' }, fields: [{ path: '3.category', code: 'invalid_value' }] } });
    expect(valueOf<unknown[]>(await nurse.call('nurse.resources', {}))).toHaveLength(before.length);

    expect(valueOf(await nurse.call('nurse.importResources', { csv: [header, newRow].join('\n') }))).toEqual({ added: 1, updated: 0 });
    await signedIn(backend, 'desk', 'librarian');
    expect(errorOf(await as('desk').call('nurse.importResources', { csv }))).toBe('forbidden');
  });

  it('a file with only some languages updates those and keeps the others; every language of an entry is exported', async () => {
    const { backend, as } = await start(testClock('2026-03-10T15:00:00Z'));
    await signedIn(backend, 'nurse', 'nurse');
    const nurse = as('nurse');
    type Entry = { id: string; text: Record<string, { programme: string; helpsWith: string } | undefined> };
    const [first] = valueOf<Entry[]>(await nurse.call('nurse.resources', {}));
    if (!first) throw new Error('no resource');
    const spanish = first.text.es?.programme ?? '';
    expect(spanish).not.toBe('');
    const englishOnly = `id,category,organisation,programme_en,helpsWith_en\n${first.id},clinic,Renamed Clinic,New programme,New help\n`;
    expect(valueOf(await nurse.call('nurse.importResources', { csv: englishOnly }))).toEqual({ added: 0, updated: 1 });
    const after = valueOf<Entry[]>(await nurse.call('nurse.resources', {})).find((r) => r.id === first.id);
    expect(after?.text.en).toMatchObject({ programme: 'New programme', helpsWith: 'New help' });
    expect(after?.text.es?.programme).toBe(spanish);
    const { csv } = valueOf<{ csv: string }>(await nurse.call('nurse.exportResources', {}));
    expect(csv.split(/\r?\n/)[0]).toMatch(/^id,category,organisation,address,phone,website,active,programme_en,.*,programme_es,/);
  });
});
