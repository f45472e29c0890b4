import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isOperationName, operations, operationNames, type Operations } from '../../shared/contract/operations';
import { staffRoles, type StaffRole } from '../../shared/roles';
import type { Backend } from './backend';
import type { HandlerMap } from './context';
import { createDispatcher } from './dispatch';
import { testClock } from './store/test-support';
import { signIn, testBackends, caller } from './test-backend';

const backends = testBackends();
const signInAll = async (backend: Backend): Promise<Record<StaffRole, string>> =>
  Object.fromEntries(await Promise.all(staffRoles.map(async (role) => [role, await signIn(backend, role)] as const))) as Record<StaffRole, string>;
const start = backends.start;
afterEach(() => backends.cleanup());

describe('dispatcher', () => {
  it('refuses unknown operations, including names inherited from Object.prototype', async () => {
    const { backend } = await start();
    for (const name of ['nope.op', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      expect(await backend.dispatch(name, {}, caller('test-a'))).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    }
  });

  it('refuses invalid input with a code per field path', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const result = await backend.dispatch('staff.create', { name: '', role: 'boss', pin: '12' }, caller(admin));
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
      expect(await backend.dispatch('staff.create', bad, caller(admin))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const nested = await backend.dispatch('settings.update', { ...backend.platform.settings.get(), retentionDays: { grocery: 0 } }, caller(admin));
    expect(nested.ok ? [] : nested.error.fields?.map((f) => f.path)).toContain('retentionDays.grocery');
  });

  it('checks roles for every staff operation in the table', async () => {
    const { backend } = await start();
    const clients = await signInAll(backend);
    let checked = 0;
    for (const name of operationNames) {
      const access = operations[name].access;
      if (access === 'public') continue;
      checked++;
      // Refused before the input is even looked at.
      expect(await backend.dispatch(name, {}, caller('test-nobody')), name).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
      for (const role of staffRoles.filter((r) => !access.includes(r))) {
        expect(await backend.dispatch(name, {}, caller(clients[role])), `${name} as ${role}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('lets every role reach its own operations (past the role check)', async () => {
    const { backend } = await start();
    const clients = await signInAll(backend);
    for (const name of operationNames) {
      const access = operations[name].access;
      if (access === 'public') continue;
      for (const role of access) {
        // Not an object: refused as invalid input after the role check, so no handler runs.
        const result = await backend.dispatch(name, 'probe', caller(clients[role]));
        if (!result.ok) expect(['sign-in-required', 'forbidden', 'unknown-operation'], `${name} as ${role}`).not.toContain(result.error.code);
      }
    }
  });

  it('sends only the fields the output schema declares, and never a handler that breaks the schema', async () => {
    const { backend } = await start();
    const admin = await signIn(backend, 'admin');
    const list = await backend.dispatch('staff.list', {}, caller(admin));
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    for (const member of list.value as Record<string, unknown>[]) expect(Object.keys(member).sort()).toEqual(['active', 'createdAt', 'id', 'name', 'pinWaitUntil', 'role', 'shortPin']);

    // The dispatcher itself, with a handler that leaks: extra keys go, a wrong type becomes `internal`.
    const leaky = { 'staff.session': () => ({ staffId: 's', name: 'n', role: 'admin', mustChangePin: false, expiresAt: '2026-01-01T00:00:00Z', pinHash: 'secret' }), 'staff.list': () => [{ id: 1 }] };
    const logged: string[] = [];
    const dispatch = createDispatcher({
      handlers: leaky as unknown as HandlerMap<Operations>,
      clock: testClock('2026-01-01T00:00:00Z'),
      session: () => ({ staffId: 's', name: 'n', role: 'admin', mustChangePin: false, expiresAt: new Date('2030-01-01T00:00:00Z') }),
      touch: () => undefined,
      audit: async () => undefined,
      log: (message) => logged.push(message),
    });
    const session = await dispatch('staff.session', {}, caller('x'));
    expect(session).toEqual({ ok: true, value: { staffId: 's', name: 'n', role: 'admin', mustChangePin: false, expiresAt: '2026-01-01T00:00:00Z' } });
    expect(await dispatch('staff.list', {}, caller('x'))).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['operation staff.list returned an invalid value']);
    // A thrown non-KioskFailure never leaks its message.
    const throwing = createDispatcher({
      handlers: { 'staff.list': () => Promise.reject(new Error('ENOENT /secret/path')) } as unknown as HandlerMap<Operations>,
      clock: testClock('2026-01-01T00:00:00Z'),
      session: () => ({ staffId: 's', name: 'n', role: 'admin', mustChangePin: false, expiresAt: new Date('2030-01-01T00:00:00Z') }),
      touch: () => undefined,
      audit: async () => undefined,
    });
    const thrown = await throwing('staff.list', {}, caller('x'));
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(thrown)).not.toContain('secret');
  });

  it('does not let a polled query extend a staff session, while any other operation does', async () => {
    const { backend, clock } = await start();
    const minutes = (n: number) => n * 60_000;
    // SESSION_IDLE_MS is 5 minutes.
    const polled = await signIn(backend, 'admin', 'test-polled');
    clock.advance(minutes(4));
    expect(await backend.dispatch('system.alerts', {}, caller(polled))).toMatchObject({ ok: true });
    expect(await backend.dispatch('staff.session', {}, caller(polled))).toMatchObject({ ok: true, value: { role: 'admin' } });
    clock.advance(minutes(2));
    expect(await backend.dispatch('staff.session', {}, caller(polled))).toEqual({ ok: true, value: null });
    expect(await backend.dispatch('system.alerts', {}, caller(polled))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });

    const working = await signIn(backend, 'admin', 'test-working');
    clock.advance(minutes(4));
    expect(await backend.dispatch('staff.list', {}, caller(working))).toMatchObject({ ok: true });
    clock.advance(minutes(2));
    expect(await backend.dispatch('staff.session', {}, caller(working))).toMatchObject({ ok: true, value: { role: 'admin' } });
    expect(await backend.dispatch('system.alerts', {}, caller(working))).toMatchObject({ ok: true });
  });

  it('touches the session for exactly the operations not marked poll, and marks only queries', async () => {
    const polls = operationNames.filter((name) => operations[name].poll);
    expect(polls.length).toBeGreaterThan(3);
    for (const name of polls) expect(operations[name].kind, name).toBe('query');
    for (const name of operationNames) {
      const access = operations[name].access;
      const role = access === 'public' ? 'librarian' : (access[0] ?? 'admin');
      const touched: string[] = [];
      const dispatch = createDispatcher({
        handlers: {} as HandlerMap<Operations>,
        clock: testClock('2026-01-01T00:00:00Z'),
        session: () => ({ staffId: 's', name: 'n', role, mustChangePin: false, expiresAt: new Date('2030-01-01T00:00:00Z') }),
        touch: (clientId) => touched.push(clientId),
        audit: async () => undefined,
      });
      await dispatch(name, 'probe', caller('x'));
      expect(touched, name).toEqual(operations[name].poll ? [] : ['x']);
    }
  });

  it('marks every operation the renderer polls on a timer as poll', () => {
    const found = polledByRenderer(fileURLToPath(new URL('../../renderer/src', import.meta.url)));
    // The scan itself works: the staff alerts and the lobby display are polled.
    expect([...found.keys()]).toEqual(expect.arrayContaining(['system.alerts', 'nurse.display']));
    for (const [name, file] of found) {
      expect(isOperationName(name), `${name} in ${file}`).toBe(true);
      if (isOperationName(name)) expect(operations[name].poll, `${name} is polled in ${file}`).toBe(true);
    }
  });

  it('keeps sessions per client', async () => {
    const { backend } = await start();
    await signIn(backend, 'admin', 'test-desk');
    expect(await backend.dispatch('staff.list', {}, caller('test-lobby'))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
    expect(await backend.dispatch('staff.session', {}, caller('test-lobby'))).toEqual({ ok: true, value: null });
    await backend.dispatch('staff.signOut', {}, caller('test-desk'));
    expect(await backend.dispatch('staff.list', {}, caller('test-desk'))).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
  });
});

/**
 * Operations called by code that runs on a timer in the renderer: the arguments of every
 * `setInterval(...)` and `usePolling(...)`, following names used there to their `const`/`function`
 * definitions in the same file (`setInterval(() => void load(), 5000)` → `const load = ...`).
 */
function polledByRenderer(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    const texts: string[] = [];
    for (const m of source.matchAll(/\b(?:setInterval|useTopics)\(/g)) texts.push(balanced(source, m.index + m[0].length - 1));
    const seen = new Set<string>();
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] ?? '';
      // Names declared inside the polled code are its own locals, not functions it calls.
      const locals = new Set([...text.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
      for (const [ident] of text.matchAll(/[A-Za-z_$][\w$]*/g)) {
        if (seen.has(ident) || locals.has(ident)) continue;
        seen.add(ident);
        const definition = definitionOf(source, ident);
        if (definition) texts.push(definition);
      }
    }
    for (const text of texts) for (const [, name] of text.matchAll(/kiosk\.call\(\s*['"]([\w.]+)['"]/g)) if (name) found.set(name, file);
  }
  return found;
}

/** The text from an opening bracket at `start` to its match (strings skipped). */
function balanced(source: string, start: number): string {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      i = source.indexOf(c, i + 1);
      if (i < 0) break;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}

/** `const name = ...;` up to its top-level semicolon, or `function name(...) {...}`; null if neither is in the file. */
function definitionOf(source: string, name: string): string | null {
  const constant = new RegExp(`\\bconst ${name.replace(/\$/g, '\\$')}\\s*=`).exec(source);
  if (constant) {
    let i = constant.index + constant[0].length;
    let text = '';
    while (i < source.length && source[i] !== ';') {
      const c = source[i] ?? '';
      const part = '([{'.includes(c) ? balanced(source, i) : c;
      text += part;
      i += part.length;
    }
    return text;
  }
  const fn = new RegExp(`\\bfunction ${name.replace(/\$/g, '\\$')}\\s*\\(`).exec(source);
  if (!fn) return null;
  const params = balanced(source, fn.index + fn[0].length - 1);
  const body = source.indexOf('{', fn.index + fn[0].length - 1 + params.length);
  return body < 0 ? params : params + balanced(source, body);
}
