import { afterEach, describe, expect, it } from 'vitest';
import { operations, operationNames, type Operations } from '../../shared/contract/operations';
import { staffRoles } from '../../shared/roles';
import type { HandlerMap } from './context';
import { createDispatcher, PASSIVE_OPERATIONS } from './dispatch';
import { testClock } from './store/test-support';
import { signIn, testBackends } from './test-backend';

const backends = testBackends();
const start = backends.start;
afterEach(() => backends.cleanup());

describe('dispatcher', () => {
  it('refuses unknown operations, including names inherited from Object.prototype', async () => {
    const { backend } = await start();
    for (const name of ['nope.op', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      expect(await backend.dispatch(name, {}, { clientId: 'test-a' })).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    }
  });

  it('refuses invalid input with a code per field path', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const result = await backend.dispatch('staff.create', { name: '', role: 'boss', pin: '12' }, { clientId: admin });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'too_small' },
        { path: 'role', code: 'invalid_value' },
        { path: 'pin', code: 'pin-format' },
      ]),
    );
    for (const bad of ['a string', [1, 2], 7]) {
      expect(await backend.dispatch('staff.create', bad, { clientId: admin })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const nested = await backend.dispatch('settings.update', { ...backend.platform.settings.get(), retentionDays: { grocery: 0 } }, { clientId: admin });
    expect(nested.ok ? [] : nested.error.fields?.map((f) => f.path)).toContain('retentionDays.grocery');
  });

  it('checks roles for every staff operation in the table', async () => {
    const { backend } = await start();
    const clients = { admin: await signIn(backend, 'admin'), librarian: await signIn(backend, 'librarian'), nurse: await signIn(backend, 'nurse') };
    let checked = 0;
    for (const name of operationNames) {
      const access = operations[name].access;
      if (access === 'public') continue;
      checked++;
      // Refused before the input is even looked at.
      expect(await backend.dispatch(name, {}, { clientId: 'test-nobody' }), name).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
      for (const role of staffRoles.filter((r) => !access.includes(r))) {
        expect(await backend.dispatch(name, {}, { clientId: clients[role] }), `${name} as ${role}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('lets every role reach its own operations (past the role check)', async () => {
    const { backend } = await start();
    const clients = { admin: await signIn(backend, 'admin'), librarian: await signIn(backend, 'librarian'), nurse: await signIn(backend, 'nurse') };
    for (const name of operationNames) {
      const access = operations[name].access;
      if (access === 'public') continue;
      for (const role of access) {
        // Not an object: refused as invalid input after the role check, so no handler runs.
        const result = await backend.dispatch(name, 'probe', { clientId: clients[role] });
        if (!result.ok) expect(['sign-in-required', 'forbidden', 'unknown-operation'], `${name} as ${role}`).not.toContain(result.error.code);
      }
    }
  });

  it('sends only the fields the output schema declares, and never a handler that breaks the schema', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const list = await backend.dispatch('staff.list', {}, { clientId: admin });
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    for (const member of list.value as Record<string, unknown>[]) expect(Object.keys(member).sort()).toEqual(['active', 'createdAt', 'id', 'name', 'role']);

    // The dispatcher itself, with a handler that leaks: extra keys go, a wrong type becomes `internal`.
    const leaky = { 'staff.session': () => ({ staffId: 's', name: 'n', role: 'admin', expiresAt: '2026-01-01T00:00:00Z', pinHash: 'secret' }), 'staff.list': () => [{ id: 1 }] };
    const logged: string[] = [];
    const dispatch = createDispatcher({
      handlers: leaky as unknown as HandlerMap<Operations>,
      clock: testClock('2026-01-01T00:00:00Z'),
      session: () => ({ staffId: 's', name: 'n', role: 'admin', expiresAt: new Date('2030-01-01T00:00:00Z') }),
      touch: () => undefined,
      audit: async () => undefined,
      log: (message) => logged.push(message),
    });
    const session = await dispatch('staff.session', {}, { clientId: 'x' });
    expect(session).toEqual({ ok: true, value: { staffId: 's', name: 'n', role: 'admin', expiresAt: '2026-01-01T00:00:00Z' } });
    expect(await dispatch('staff.list', {}, { clientId: 'x' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['operation staff.list returned an invalid value']);
    // A thrown non-KioskFailure never leaks its message.
    const throwing = createDispatcher({
      handlers: { 'staff.list': () => Promise.reject(new Error('ENOENT /secret/path')) } as unknown as HandlerMap<Operations>,
      clock: testClock('2026-01-01T00:00:00Z'),
      session: () => ({ staffId: 's', name: 'n', role: 'admin', expiresAt: new Date('2030-01-01T00:00:00Z') }),
      touch: () => undefined,
      audit: async () => undefined,
    });
    const thrown = await throwing('staff.list', {}, { clientId: 'x' });
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(thrown)).not.toContain('secret');
  });

  it('names only real queries as passive (polled) operations', () => {
    for (const name of PASSIVE_OPERATIONS) {
      expect(Object.hasOwn(operations, name), name).toBe(true);
      expect(operations[name as keyof typeof operations].kind, name).toBe('query');
    }
  });

  it('keeps sessions per client', async () => {
    const { backend } = await start();
    await signIn(backend, 'admin', 'test-desk');
    expect(await backend.dispatch('staff.list', {}, { clientId: 'test-lobby' })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.session', {}, { clientId: 'test-lobby' })).toEqual({ ok: true, value: null });
    await backend.dispatch('staff.signOut', {}, { clientId: 'test-desk' });
    expect(await backend.dispatch('staff.list', {}, { clientId: 'test-desk' })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
  });
});

