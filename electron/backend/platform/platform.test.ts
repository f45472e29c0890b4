import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, testBackends } from '../test-backend';

const backends = testBackends();
const { start, stop } = backends;
afterEach(() => backends.cleanup());

describe('staff PINs and sessions', () => {
  it('stores only a salted scrypt hash of each PIN', async () => {
    const { backend, dataDir } = await start();
    const staff = JSON.parse(await fs.readFile(path.join(dataDir, 'staff.json'), 'utf8')) as { data: { members: Record<string, unknown>[] } };
    expect(staff.data.members).toHaveLength(3);
    const hashes = staff.data.members.map((m) => m.pinHash as string);
    for (const member of staff.data.members) {
      expect(member.pinHash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
      expect(Object.keys(member)).not.toContain('pin');
      expect(Object.values(member)).not.toContain('1111');
    }
    expect(new Set(hashes.map((h) => h.split('$')[1])).size).toBe(3);
    // A reset PIN is hashed too.
    const admin = await signIn(backend, 'admin');
    const librarian = backend.platform.staff.list().find((m) => m.role === 'librarian')!;
    expect(await backend.dispatch('staff.resetPin', { id: librarian.id, pin: '987654' }, { clientId: admin })).toMatchObject({ ok: true });
    expect(await fs.readFile(path.join(dataDir, 'staff.json'), 'utf8')).not.toContain('987654');
    expect(await backend.dispatch('staff.signIn', { pin: '987654' }, { clientId: 'test-x' })).toMatchObject({ ok: true, value: { role: 'librarian' } });
    expect(await backend.dispatch('staff.signIn', { pin: '2222' }, { clientId: 'test-x' })).toMatchObject({ ok: false, error: { code: 'pin-wrong' } });
  });

  it('locks the pad for 5 minutes after 5 wrong PINs, also across a restart', async () => {
    const { backend, dataDir, clock } = await start();
    const tries: unknown[] = [];
    for (let i = 0; i < 5; i++) tries.push(await backend.dispatch('staff.signIn', { pin: '9999' }, { clientId: 'test-x' }));
    expect(tries.slice(0, 4).map((r) => (r as { error: { code: string; params: { count: number } } }).error)).toEqual([4, 3, 2, 1].map((count) => expect.objectContaining({ code: 'pin-wrong', params: { count } })));
    expect(tries[4]).toMatchObject({ ok: false, error: { code: 'pin-locked', params: { minutes: 5 } } });
    // The right PIN does not get through a lock.
    expect(await backend.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-x' })).toMatchObject({ ok: false, error: { code: 'pin-locked' } });
    clock.advance(4 * 60 * 1000);
    await stop(backend);
    const reopened = (await start({ dataDir, clock })).backend;
    expect(await reopened.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-x' })).toMatchObject({ ok: false, error: { code: 'pin-locked', params: { minutes: 1 } } });
    clock.advance(60 * 1000);
    expect(await reopened.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-x' })).toMatchObject({ ok: true });
    // A good sign-in resets the count.
    for (let i = 0; i < 4; i++) await reopened.dispatch('staff.signIn', { pin: '9999' }, { clientId: 'test-x' });
    await reopened.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-x' });
    expect(await reopened.dispatch('staff.signIn', { pin: '9999' }, { clientId: 'test-x' })).toMatchObject({ error: { code: 'pin-wrong', params: { count: 4 } } });
  });

  it('tells staff when the pad locks', async () => {
    const { backend, clock } = await start();
    for (let i = 0; i < 5; i++) await backend.dispatch('staff.signIn', { pin: '9999' }, { clientId: 'test-x' });
    clock.advance(5 * 60 * 1000);
    const admin = await signIn(backend, 'admin');
    const alerts = await backend.dispatch('system.alerts', {}, { clientId: admin });
    expect(alerts).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'pin-lockout' })]) });
  });

  it('counts a "PIN taken" answer as a wrong guess, so it cannot be used to find PINs', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    for (let i = 0; i < 5; i++) {
      expect(await backend.dispatch('staff.create', { name: 'Probe', role: 'librarian', pin: '3333' }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'pin-taken' } });
    }
    expect(await backend.dispatch('staff.signIn', { pin: '3333' }, { clientId: 'test-y' })).toMatchObject({ ok: false, error: { code: 'pin-locked' } });
  });

  it('puts demo content only into an empty data directory', async () => {
    // A data directory that has data but no staff (a staff file lost without a snapshot) gets no demo PINs.
    const first = await start({ demo: false });
    await stop(first.backend);
    const again = await start({ demo: true, dataDir: first.dataDir, clock: first.clock });
    expect(again.backend.platform.staff.hasStaff()).toBe(false);
    expect(await again.backend.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-b' })).toMatchObject({ ok: false, error: { code: 'pin-wrong' } });
    expect(again.backend.startupNotes).toEqual([]);
  });

  it('counts a burst of parallel guesses one by one', async () => {
    const { backend } = await start();
    const burst = await Promise.all([
      ...['0000', '0001', '0002', '0003', '0004', '0005', '0006'].map((pin) => backend.dispatch('staff.signIn', { pin }, { clientId: 'test-x' })),
      backend.dispatch('staff.signIn', { pin: '1111' }, { clientId: 'test-x' }),
    ]);
    const codes = burst.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'pin-wrong')).toHaveLength(4);
    expect(codes.slice(4)).toEqual(['pin-locked', 'pin-locked', 'pin-locked', 'pin-locked']);
  });

  it('ends a session after 5 idle minutes; staff activity extends it, background polling does not', async () => {
    const { backend, clock } = await start();
    const admin = await signIn(backend, 'admin');
    clock.advance(4 * 60 * 1000);
    expect(await backend.dispatch('staff.list', {}, { clientId: admin })).toMatchObject({ ok: true });
    clock.advance(4 * 60 * 1000);
    expect(await backend.dispatch('staff.list', {}, { clientId: admin })).toMatchObject({ ok: true });
    // Only the alerts poll from now on.
    for (let i = 0; i < 4; i++) {
      clock.advance(60 * 1000);
      expect(await backend.dispatch('system.alerts', {}, { clientId: admin })).toMatchObject({ ok: true });
    }
    clock.advance(60 * 1000);
    expect(await backend.dispatch('system.alerts', {}, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.session', {}, { clientId: admin })).toEqual({ ok: true, value: null });
  });

  it('ends the sessions of a deactivated member at once', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const librarianClient = await signIn(backend, 'librarian');
    const librarian = backend.platform.staff.list().find((m) => m.role === 'librarian')!;
    expect(await backend.dispatch('staff.update', { id: librarian.id, active: false }, { clientId: admin })).toMatchObject({ ok: true, value: { active: false } });
    expect(await backend.dispatch('system.alerts', {}, { clientId: librarianClient })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.signIn', { pin: '2222' }, { clientId: librarianClient })).toMatchObject({ ok: false, error: { code: 'pin-wrong' } });
  });

  it('allows first-admin setup exactly once', async () => {
    const { backend } = await start({ demo: false });
    expect(await backend.dispatch('kiosk.bootstrap', {}, { clientId: 'test-a' })).toMatchObject({ ok: true, value: { setupRequired: true, session: null } });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Robin', pin: '4321' }, { clientId: 'test-a' })).toMatchObject({ ok: true, value: { role: 'admin', name: 'Robin' } });
    expect(await backend.dispatch('kiosk.bootstrap', {}, { clientId: 'test-a' })).toMatchObject({ ok: true, value: { setupRequired: false, session: { name: 'Robin' } } });
    expect(await backend.dispatch('setup.createAdmin', { name: 'Mallory', pin: '1234' }, { clientId: 'test-b' })).toMatchObject({ ok: false, error: { code: 'setup-done' } });
    // Two first-run screens racing: still one admin.
    const fresh = (await start({ demo: false })).backend;
    const race = await Promise.all(['5555', '6666'].map((pin, i) => fresh.dispatch('setup.createAdmin', { name: `Racer ${i}`, pin }, { clientId: `test-${i}` })));
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(fresh.platform.staff.list()).toHaveLength(1);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const self = backend.platform.staff.list().find((m) => m.role === 'admin')!;
    expect(await backend.dispatch('staff.update', { id: self.id, role: 'librarian' }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'last-admin' } });
    expect(await backend.dispatch('staff.update', { id: self.id, active: false }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'last-admin' } });
    expect(backend.platform.staff.list().find((m) => m.id === self.id)).toMatchObject({ role: 'admin', active: true });
    const second = await backend.dispatch('staff.create', { name: 'Second Admin', role: 'admin', pin: '7777' }, { clientId: admin });
    expect(second.ok).toBe(true);
    expect(await backend.dispatch('staff.update', { id: self.id, role: 'librarian' }, { clientId: admin })).toMatchObject({ ok: true, value: { role: 'librarian' } });
    // The demoted admin's session ended with the change.
    expect(await backend.dispatch('staff.list', {}, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
  });

  it('refuses a PIN another member already uses', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    expect(await backend.dispatch('staff.create', { name: 'Copy', role: 'nurse', pin: '3333' }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'pin-taken' } });
    // Also the PIN of someone switched off: switching them back on would leave two people on one PIN.
    const librarian = backend.platform.staff.list().find((m) => m.role === 'librarian')!;
    await backend.dispatch('staff.update', { id: librarian.id, active: false }, { clientId: admin });
    expect(await backend.dispatch('staff.create', { name: 'Reuse', role: 'nurse', pin: '2222' }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'pin-taken' } });
    const nurse = backend.platform.staff.list().find((m) => m.role === 'nurse')!;
    expect(await backend.dispatch('staff.resetPin', { id: nurse.id, pin: '2222' }, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'pin-taken' } });
    // Two admins racing to hand out one new PIN: one wins.
    const race = await Promise.all(['A', 'B'].map((n) => backend.dispatch('staff.create', { name: `Racer ${n}`, role: 'nurse', pin: '8080' }, { clientId: admin })));
    expect(race.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['ok', 'pin-taken']);
  });
});

describe('audit log', () => {
  it('records staff commands with who and what, and not queries or refusals', async () => {
    const { backend, clock } = await start();
    const admin = await signIn(backend, 'admin');
    clock.advance(1000);
    await backend.dispatch('staff.create', { name: 'Sam Rivera', role: 'librarian', pin: '4567' }, { clientId: admin });
    clock.advance(1000);
    await backend.dispatch('staff.list', {}, { clientId: admin });
    await backend.dispatch('staff.create', { name: 'Dup', role: 'librarian', pin: '4567' }, { clientId: admin });
    const result = await backend.dispatch('audit.list', { limit: 10 }, { clientId: admin });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entries = result.value as { action: string; detail: string; staffName: string; role: string; at: string }[];
    expect(entries.map((e) => e.action)).toEqual(['staff.create', 'staff.signIn']);
    expect(entries[0]).toMatchObject({ staffName: 'Avery', role: 'admin', detail: 'Sam Rivera (librarian)', at: '2026-06-01T14:00:01.000Z' });
    expect(JSON.stringify(entries)).not.toContain('4567');
    // Patron (public, no session) commands are not staff actions.
    await backend.dispatch('staff.signIn', { pin: '0000' }, { clientId: 'test-nobody' });
    const again = await backend.dispatch('audit.list', { limit: 10 }, { clientId: admin });
    expect(again.ok && again.value).toHaveLength(2);
  });
});

describe('audit retention', () => {
  it('purges audit lines older than the retention setting, partition files included', async () => {
    const { backend, dataDir, clock } = await start();
    await signIn(backend, 'admin', 'test-old');
    clock.advance(366 * 24 * 60 * 60 * 1000);
    const admin = await signIn(backend, 'admin', 'test-new');
    await backend.purge();
    const result = await backend.dispatch('audit.list', { limit: 100 }, { clientId: admin });
    expect(result.ok && (result.value as { at: string }[]).map((e) => e.at.slice(0, 7))).toEqual(['2027-06']);
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
    const badZone = await backend.dispatch('settings.update', { ...current, branch: { ...current.branch, timeZone: 'Mars/Olympus_Mons' } }, { clientId: admin });
    expect(badZone).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ path: 'branch.timeZone', code: 'time-zone-unknown' }] } });
    const badIdle = await backend.dispatch('settings.update', { ...current, idleTimeoutSeconds: 60, idleWarningSeconds: 60 }, { clientId: admin });
    expect(badIdle).toMatchObject({ ok: false, error: { fields: [{ path: 'idleWarningSeconds', code: 'idle-warning-too-long' }] } });
    const badLanguage = await backend.dispatch('settings.update', { ...current, languages: ['en'], defaultLanguage: 'es' }, { clientId: admin });
    expect(badLanguage).toMatchObject({ ok: false, error: { fields: [{ path: 'defaultLanguage', code: 'default-language-not-offered' }] } });
    expect(backend.platform.settings.get()).toEqual(current);

    const next = { ...current, branch: { ...current.branch, name: '  Westside Branch ', timeZone: 'Europe/Madrid' }, services: { ...current.services, hive: false }, idleTimeoutSeconds: 120 };
    const updated = await backend.dispatch('settings.update', next, { clientId: admin });
    expect(updated).toMatchObject({ ok: true, value: { branch: { name: 'Westside Branch', timeZone: 'Europe/Madrid' } } });
    expect(await backend.dispatch('kiosk.bootstrap', {}, { clientId: 'test-lobby' })).toMatchObject({
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
    backend.platform.store.raise('error', 'store-lock-compromised', { dataDir: '/x' });
    const listed = await backend.dispatch('system.alerts', {}, { clientId: nurse });
    expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'store-lock-compromised', level: 'error' })]) });
    const id = (listed.ok ? (listed.value as { id: string; code: string }[]) : []).find((a) => a.code === 'store-lock-compromised')!.id;
    expect(await backend.dispatch('system.dismissAlert', { id }, { clientId: nurse })).toMatchObject({ ok: true });
    const after = await backend.dispatch('system.alerts', {}, { clientId: nurse });
    expect(after.ok && (after.value as { id: string }[]).some((a) => a.id === id)).toBe(false);
    expect(await backend.dispatch('system.dismissAlert', { id }, { clientId: nurse })).toMatchObject({ ok: false, error: { code: 'not-found' } });
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
    const alerts = await reopened.dispatch('system.alerts', {}, { clientId: admin });
    expect(alerts).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ code: 'store-restored', params: expect.objectContaining({ file: 'settings.json' }) })]) });
    expect(reopened.platform.settings.get().branch.name).toBe('Eastside Branch Library');
  });
});
