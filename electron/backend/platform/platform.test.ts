import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCredentials, demoPins, demoStaffId, signIn, testBackends, caller } from '../test-backend';
import { demoStaff } from './demo';

const backends = testBackends();
const { start, stop } = backends;
afterEach(() => backends.cleanup());

describe('staff PINs and sessions', () => {
  it('stores only a salted scrypt hash of each PIN', async () => {
    const { backend, dataDir } = await start();
    const staff = JSON.parse(await fs.readFile(path.join(dataDir, 'staff.json'), 'utf8')) as { data: { members: Record<string, unknown>[] } };
    expect(staff.data.members).toHaveLength(demoStaff.length);
    const hashes = staff.data.members.map((m) => m.pinHash as string);
    for (const member of staff.data.members) {
      expect(member.pinHash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
      expect(Object.keys(member)).not.toContain('pin');
      expect(Object.values(member)).not.toContain(demoPins.admin);
    }
    expect(new Set(hashes.map((h) => h.split('$')[1])).size).toBe(demoStaff.length);
    // A reset PIN is hashed too.
    const admin = await signIn(backend, 'admin');
    const librarian = demoStaffId(backend, 'librarian');
    expect(await backend.dispatch('staff.resetPin', { id: librarian, pin: '987654' }, caller(admin))).toMatchObject({ ok: true });
    expect(await fs.readFile(path.join(dataDir, 'staff.json'), 'utf8')).not.toContain('987654');
    expect(await backend.dispatch('staff.signIn', { staffId: librarian, pin: '987654' }, caller('test-x'))).toMatchObject({ ok: true, value: { role: 'librarian' } });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), caller('test-x'))).toMatchObject({ ok: false, error: { code: 'pin-wrong' } });
  });

  it('needs 6 to 8 digits for every new PIN', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    for (const pin of ['1234', '12345', '123456789', '12ab56']) {
      expect(await backend.dispatch('staff.create', { name: 'Short', role: 'nurse', pin }, caller(admin)), pin).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ path: 'pin', code: 'pin-format' }] } });
      expect(await backend.dispatch('staff.resetPin', { id: demoStaffId(backend, 'nurse'), pin }, caller(admin)), pin).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await backend.dispatch('staff.create', { name: 'Long enough', role: 'nurse', pin: '40404040' }, caller(admin))).toMatchObject({ ok: true });
  });

  // Fault 7: five wrong guesses every five minutes from a patron kept every staff member out.
  it('lets wrong PINs slow down only the named member on that device: the others, and other devices, sign in', async () => {
    const { backend, dataDir, clock } = await start();
    const lobby = (clientId: string) => caller(clientId, 'lobby-kiosk');
    const admin = demoStaffId(backend, 'admin');
    const guess = (pin: string, who = lobby('test-patron')) => backend.dispatch('staff.signIn', { staffId: admin, pin }, who);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) codes.push(await guess(`90000${i}`));
    expect(codes.map((r) => (r as { error: { code: string; params: Record<string, number> } }).error)).toEqual([
      expect.objectContaining({ code: 'pin-wrong', params: { count: 2 } }),
      expect.objectContaining({ code: 'pin-wrong', params: { count: 1 } }),
      expect.objectContaining({ code: 'pin-wait', params: expect.objectContaining({ seconds: 30 }) }),
      expect.objectContaining({ code: 'pin-wait', params: expect.objectContaining({ seconds: 30 }) }),
    ]);
    // The right PIN waits its turn too on that device: a guesser gains nothing by waiting there.
    expect(await guess(demoPins.admin, lobby('test-avery'))).toMatchObject({ ok: false, error: { code: 'pin-wait' } });
    // Everyone else signs in at that very screen, and the guessed member signs in at the desk.
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), lobby('test-lee'))).toMatchObject({ ok: true });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'nurse'), lobby('test-noor'))).toMatchObject({ ok: true });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'admin'), caller('test-desk', 'desk'))).toMatchObject({ ok: true, value: { role: 'admin' } });
    // Each wrong PIN after the wait doubles it, up to 15 minutes; the wait survives a restart.
    clock.advance(30_000);
    expect(await guess('900009')).toMatchObject({ error: { code: 'pin-wait', params: { seconds: 60 } } });
    await stop(backend);
    const reopened = (await start({ dataDir, clock })).backend;
    clock.advance(59_000);
    expect(await reopened.dispatch('staff.signIn', demoCredentials(reopened, 'admin'), lobby('test-avery'))).toMatchObject({ ok: false, error: { code: 'pin-wait', params: { seconds: 1 } } });
    clock.advance(1_000);
    expect(await reopened.dispatch('staff.signIn', demoCredentials(reopened, 'admin'), lobby('test-avery'))).toMatchObject({ ok: true });
    // A right PIN clears that device's count.
    expect(await reopened.dispatch('staff.signIn', { staffId: admin, pin: '900000' }, lobby('test-patron'))).toMatchObject({ error: { code: 'pin-wrong', params: { count: 2 } } });
  });

  it('tells staff which member someone may be guessing, and an admin can let them in at once', async () => {
    const { backend } = await start();
    const nurse = demoStaffId(backend, 'nurse');
    for (let i = 0; i < 3; i++) await backend.dispatch('staff.signIn', { staffId: nurse, pin: `11223${i}` }, caller('test-x', 'lobby'));
    const admin = await signIn(backend, 'admin');
    const alerts = await backend.dispatch('system.alerts', {}, caller(admin));
    expect(alerts).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'pin-guessing', params: { name: 'Noor' } })]) });
    const listed = await backend.dispatch('staff.list', {}, caller(admin));
    expect(listed.ok && (listed.value as { id: string; pinWaitUntil: string | null }[]).find((m) => m.id === nurse)?.pinWaitUntil).toBeTruthy();
    expect(await backend.dispatch('staff.clearPinWait', { id: nurse }, caller(admin))).toMatchObject({ ok: true, value: { pinWaitUntil: null } });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'nurse'), caller('test-noor', 'lobby'))).toMatchObject({ ok: true });
    // Only admins may clear a wait: anyone else could use it to keep guessing.
    const librarian = await signIn(backend, 'librarian');
    expect(await backend.dispatch('staff.clearPinWait', { id: nurse }, caller(librarian))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets two members share a PIN: naming yourself means a PIN never has to be unique, so creating one reveals nothing', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const created = await backend.dispatch('staff.create', { name: 'Same PIN', role: 'nurse', pin: demoPins.nurse }, caller(admin));
    expect(created).toMatchObject({ ok: true, value: { role: 'nurse', shortPin: false } });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await backend.dispatch('staff.signIn', { staffId: id, pin: demoPins.nurse }, caller('test-same'))).toMatchObject({ ok: true, value: { name: 'Same PIN' } });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'nurse'), caller('test-noor'))).toMatchObject({ ok: true, value: { name: 'Noor' } });
  });

  it('lists only active members by name for the sign-in screen, and no PIN details', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    await backend.dispatch('staff.update', { id: demoStaffId(backend, 'librarian'), active: false }, caller(admin));
    const names = await backend.dispatch('staff.names', {}, caller('test-lobby'));
    const active = demoStaff
      .filter((m) => m.role !== 'librarian')
      .map((m) => ({ id: demoStaffId(backend, m.role), name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(names).toEqual({ ok: true, value: active });
  });

  it('puts demo content only into an empty data directory', async () => {
    // A data directory that has data but no staff (a staff file lost without a snapshot) gets no demo PINs.
    const first = await start({ demo: false });
    await stop(first.backend);
    const again = await start({ demo: true, dataDir: first.dataDir, clock: first.clock });
    expect(again.backend.platform.staff.hasStaff()).toBe(false);
    expect(await again.backend.dispatch('staff.names', {}, caller('test-b'))).toEqual({ ok: true, value: [] });
    expect(again.backend.startupNotes).toEqual([]);
  });

  it('counts a burst of parallel guesses one by one', async () => {
    const { backend } = await start();
    const staffId = demoStaffId(backend, 'admin');
    const who = caller('test-x', 'lobby');
    const burst = await Promise.all([
      ...['000000', '000001', '000002', '000003', '000004', '000005'].map((pin) => backend.dispatch('staff.signIn', { staffId, pin }, who)),
      backend.dispatch('staff.signIn', { staffId, pin: demoPins.admin }, who),
    ]);
    const codes = burst.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['pin-wrong', 'pin-wrong', 'pin-wait', 'pin-wait', 'pin-wait', 'pin-wait', 'pin-wait']);
  });

  it('ends a session after 5 idle minutes; staff activity extends it, background polling does not', async () => {
    const { backend, clock } = await start();
    const admin = await signIn(backend, 'admin');
    clock.advance(4 * 60 * 1000);
    expect(await backend.dispatch('staff.list', {}, caller(admin))).toMatchObject({ ok: true });
    clock.advance(4 * 60 * 1000);
    expect(await backend.dispatch('staff.list', {}, caller(admin))).toMatchObject({ ok: true });
    // Only the alerts poll from now on.
    for (let i = 0; i < 4; i++) {
      clock.advance(60 * 1000);
      expect(await backend.dispatch('system.alerts', {}, caller(admin))).toMatchObject({ ok: true });
    }
    clock.advance(60 * 1000);
    expect(await backend.dispatch('system.alerts', {}, caller(admin))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.session', {}, caller(admin))).toEqual({ ok: true, value: null });
  });

  it('ends the sessions of a deactivated member at once', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const librarianClient = await signIn(backend, 'librarian');
    const librarian = demoStaffId(backend, 'librarian');
    expect(await backend.dispatch('staff.update', { id: librarian, active: false }, caller(admin))).toMatchObject({ ok: true, value: { active: false } });
    expect(await backend.dispatch('system.alerts', {}, caller(librarianClient))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), caller(librarianClient))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('allows first-admin setup exactly once', async () => {
    const { backend } = await start({ demo: false });
    expect(await backend.dispatch('kiosk.bootstrap', {}, caller('test-a'))).toMatchObject({ ok: true, value: { setupRequired: true, session: null } });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Robin', pin: '4321' }, caller('test-a'))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Robin', pin: '432187' }, caller('test-a'))).toMatchObject({ ok: true, value: { role: 'admin', name: 'Robin' } });
    expect(await backend.dispatch('kiosk.bootstrap', {}, caller('test-a'))).toMatchObject({ ok: true, value: { setupRequired: false, session: { name: 'Robin' } } });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Mallory', pin: '123456' }, caller('test-b'))).toMatchObject({ ok: false, error: { code: 'setup-done' } });
    // Two first-run screens racing: still one admin.
    const fresh = (await start({ demo: false })).backend;
    const race = await Promise.all(['555555', '666666'].map((pin, i) => fresh.dispatch('setup.createAdmin', { name: `Racer ${i}`, pin }, caller(`test-${i}`))));
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(fresh.platform.staff.list()).toHaveLength(1);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const self = demoStaffId(backend, 'admin');
    expect(await backend.dispatch('staff.update', { id: self, role: 'librarian' }, caller(admin))).toMatchObject({ ok: false, error: { code: 'last-admin' } });
    expect(await backend.dispatch('staff.update', { id: self, active: false }, caller(admin))).toMatchObject({ ok: false, error: { code: 'last-admin' } });
    expect(backend.platform.staff.list().find((m) => m.id === self)).toMatchObject({ role: 'admin', active: true });
    const second = await backend.dispatch('staff.create', { name: 'Second Admin', role: 'admin', pin: '777777' }, caller(admin));
    expect(second.ok).toBe(true);
    expect(await backend.dispatch('staff.update', { id: self, role: 'librarian' }, caller(admin))).toMatchObject({ ok: true, value: { role: 'librarian' } });
    // The demoted admin's session ended with the change.
    expect(await backend.dispatch('staff.list', {}, caller(admin))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
  });
});

describe('audit log', () => {
  it('records staff commands with who and what, and not queries or refusals', async () => {
    const { backend, clock } = await start();
    const admin = await signIn(backend, 'admin');
    clock.advance(1000);
    await backend.dispatch('staff.create', { name: 'Sam Rivera', role: 'librarian', pin: '456789' }, caller(admin));
    clock.advance(1000);
    await backend.dispatch('staff.list', {}, caller(admin));
    await backend.dispatch('staff.create', { name: 'Bad', role: 'librarian', pin: '4567' }, caller(admin));
    const result = await backend.dispatch('audit.list', { limit: 10 }, caller(admin));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entries = (result.value as { items: { action: string; detail: string; staffName: string; role: string; at: string }[] }).items;
    expect(entries.map((e) => e.action)).toEqual(['staff.create', 'staff.signIn']);
    expect(entries[0]).toMatchObject({ staffName: 'Avery', role: 'admin', detail: 'Sam Rivera (librarian)', at: '2026-06-01T14:00:01.000Z' });
    expect(JSON.stringify(entries)).not.toContain('456789');
    // Patron (public, no session) commands are not staff actions.
    await backend.dispatch('staff.signIn', { staffId: demoStaffId(backend, 'nurse'), pin: '000000' }, caller('test-nobody'));
    const again = await backend.dispatch('audit.list', { limit: 10 }, caller(admin));
    expect(again.ok && (again.value as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe('audit retention', () => {
  it('purges audit lines older than the retention setting, partition files included', async () => {
    const { backend, dataDir, clock } = await start();
    await signIn(backend, 'admin', 'test-old');
    clock.advance(366 * 24 * 60 * 60 * 1000);
    const admin = await signIn(backend, 'admin', 'test-new');
    await backend.purge();
    const result = await backend.dispatch('audit.list', { limit: 100 }, caller(admin));
    expect(result.ok && (result.value as { items: { at: string }[] }).items.map((e) => e.at.slice(0, 7))).toEqual(['2027-06']);
    const oldPartition = JSON.parse(await fs.readFile(path.join(dataDir, 'audit', '2026-06.json'), 'utf8')) as { data: unknown[] };
    expect(oldPartition.data).toEqual([]);
  });
});

describe('export retention', () => {
  it('deletes CSV exports more than a week old from the exports folder at purge', async () => {
    const { backend, dataDir, clock } = await start();
    const exportsDir = path.join(dataDir, 'exports');
    await fs.mkdir(exportsDir, { recursive: true });
    const day = 24 * 60 * 60 * 1000;
    const write = async (name: string, ageMs: number): Promise<void> => {
      await fs.writeFile(path.join(exportsDir, name), 'name,phone\r\nRosa,555-010-1234\r\n');
      const at = new Date(clock.now().getTime() - ageMs);
      await fs.utimes(path.join(exportsDir, name), at, at);
    };
    await write('nurse-visits-old.csv', 8 * day);
    await write('hive-bookings-recent.csv', 6 * day);
    await backend.purge();
    expect(await fs.readdir(exportsDir)).toEqual(['hive-bookings-recent.csv']);
    clock.advance(2 * day);
    await backend.purge();
    expect(await fs.readdir(exportsDir)).toEqual([]);
  });
});

describe('settings', () => {
  it('validates the time zone and the idle warning, and applies a valid update everywhere', async () => {
    const { backend, dataDir, clock } = await start();
    const admin = await signIn(backend, 'admin');
    const current = backend.platform.settings.get();
    const badZone = await backend.dispatch('settings.update', { ...current, branch: { ...current.branch, timeZone: 'Mars/Olympus_Mons' } }, caller(admin));
    expect(badZone).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ path: 'branch.timeZone', code: 'time-zone-unknown' }] } });
    const badIdle = await backend.dispatch('settings.update', { ...current, idleTimeoutSeconds: 60, idleWarningSeconds: 60 }, caller(admin));
    expect(badIdle).toMatchObject({ ok: false, error: { fields: [{ path: 'idleWarningSeconds', code: 'idle-warning-too-long' }] } });
    const badLanguage = await backend.dispatch('settings.update', { ...current, languages: ['en'], defaultLanguage: 'es' }, caller(admin));
    expect(badLanguage).toMatchObject({ ok: false, error: { fields: [{ path: 'defaultLanguage', code: 'default-language-not-offered' }] } });
    expect(backend.platform.settings.get()).toEqual(current);

    const next = { ...current, branch: { ...current.branch, name: '  Westside Branch ', timeZone: 'Europe/Madrid' }, services: { ...current.services, hive: false }, idleTimeoutSeconds: 120 };
    const updated = await backend.dispatch('settings.update', next, caller(admin));
    expect(updated).toMatchObject({ ok: true, value: { branch: { name: 'Westside Branch', timeZone: 'Europe/Madrid' } } });
    expect(await backend.dispatch('kiosk.bootstrap', {}, caller('test-lobby'))).toMatchObject({
      ok: true,
      value: { settings: { branchName: 'Westside Branch', timeZone: 'Europe/Madrid', services: { hive: false }, idleTimeoutSeconds: 120 } },
    });
    await stop(backend);
    const reopened = (await start({ dataDir, clock })).backend;
    expect(reopened.platform.settings.get().branch.timeZone).toBe('Europe/Madrid');
  });
});

describe('alerts', () => {
  it('shows store alerts raised after the platform opened, and dismisses them', async () => {
    const { backend } = await start();
    const nurse = await signIn(backend, 'nurse');
    backend.platform.store.raise('error', 'store-lock-lost', { dataDir: '/x' });
    const listed = await backend.dispatch('system.alerts', {}, caller(nurse));
    expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'store-lock-lost', level: 'error' })]) });
    const id = (listed.ok ? (listed.value as { id: string; code: string }[]) : []).find((a) => a.code === 'store-lock-lost')!.id;
    expect(await backend.dispatch('system.dismissAlert', { id }, caller(nurse))).toMatchObject({ ok: true });
    const after = await backend.dispatch('system.alerts', {}, caller(nurse));
    expect(after.ok && (after.value as { id: string }[]).some((a) => a.id === id)).toBe(false);
    expect(await backend.dispatch('system.dismissAlert', { id }, caller(nurse))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('surfaces a damaged file found while opening, as an alert staff can see', async () => {
    const { backend, dataDir, clock } = await start();
    await stop(backend);
    // Next day: the snapshot taken at open holds the good settings.
    clock.advance(24 * 60 * 60 * 1000);
    await stop((await start({ dataDir, clock })).backend);
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"schemaVersion":1,"da');
    const reopened = (await start({ dataDir, clock })).backend;
    const admin = await signIn(reopened, 'admin');
    const alerts = await reopened.dispatch('system.alerts', {}, caller(admin));
    expect(alerts).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'store-restored', params: expect.objectContaining({ file: 'settings.json' }) })]) });
    expect(reopened.platform.settings.get().branch.name).toBe('Eastside Branch Library');
  });
});
