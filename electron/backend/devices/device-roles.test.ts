import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf, areaRules, deviceRoles, type DeviceRole } from '../../../shared/contract/branch';
import { deviceMayCall, operationNames, operations, topicOfOperation } from '../../../shared/contract/operations';
import type { Backend } from '../backend';
import type { Caller } from '../context';
import { demoCredentials, testBackends } from '../test-backend';

// Generated from the contract: every operation, called from a paired device of every role, with a
// nurse signed in on it (the widest staff role for the nurse station) and an admin elsewhere.
const backends = testBackends();
let backend: Backend;
beforeAll(async () => {
  ({ backend } = await backends.start());
});
afterAll(() => backends.cleanup());

const onDevice = (role: DeviceRole, clientId: string): Caller => ({ clientId, deviceId: `device:${role}`, device: { id: role, name: `${role} device`, role } });

describe('device roles from the contract', () => {
  it('gives every operation a known area', () => {
    for (const name of operationNames) expect(areaOf(name), name).not.toBeNull();
  });

  it.each(deviceRoles)('lets a %s device call exactly what the contract allows it', async (role) => {
    const clientId = `${role}-signed-in`;
    // Signed in as admin where the device may sign in at all, so the staff role never hides a device refusal.
    if (deviceMayCall(role, 'staff.signIn')) expect((await backend.dispatch('staff.signIn', demoCredentials(backend, 'admin'), onDevice(role, clientId))).ok).toBe(true);
    for (const name of operationNames) {
      // Commands are sent with no input: an allowed one stops at validation, so nothing changes.
      const result = await backend.dispatch(name, operations[name].kind === 'command' ? { not: 'valid' } : {}, onDevice(role, clientId));
      const refused = !result.ok && result.error.code === 'device-forbidden';
      expect(refused, `${role} → ${name}`).toBe(!deviceMayCall(role, name));
    }
  });

  it('keeps the display to the queue numbers, the nurse station off groceries and Hive, the lobby to patron work', () => {
    const allowed = (role: DeviceRole) => operationNames.filter((n) => deviceMayCall(role, n));
    expect(allowed('display').sort()).toEqual(['kiosk.bootstrap', 'nurse.display']);
    expect(allowed('nurse-station').filter((n) => /^(grocery|hive)\./.test(n))).toEqual([]);
    expect(allowed('nurse-station')).toEqual(expect.arrayContaining(['nurse.queue', 'nurse.callNext', 'nurse.saveVisit', 'staff.signIn']));
    // The lobby: patron operations, and staff sign-in for assisted mode; no staff screens.
    expect(allowed('lobby').filter((n) => operations[n].access !== 'public')).toEqual(['staff.changePin']);
    expect(allowed('lobby')).toEqual(expect.arrayContaining(['grocery.submitOrder', 'hive.book', 'nurse.checkIn', 'staff.signIn']));
    // Pairing, revoking and first-run set-up happen on the host's own screen only.
    for (const role of deviceRoles) for (const name of operationNames.filter((n) => /^(devices|setup)\./.test(n))) expect(deviceMayCall(role, name), `${role} ${name}`).toBe(false);
  });

  it('refuses a device before the staff role, so a display learns nothing about sign-in', async () => {
    expect(await backend.dispatch('grocery.orders', {}, onDevice('display', 'display-anon'))).toMatchObject({ ok: false, error: { code: 'device-forbidden' } });
    expect(await backend.dispatch('grocery.orders', {}, { ...onDevice('desk', 'desk-anon') })).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });
  });

  it('names a topic for every command of an area that has one, and none for queries', () => {
    for (const name of operationNames) {
      const area = areaOf(name);
      const topic = topicOfOperation(name);
      if (operations[name].kind === 'query') expect(topic, name).toBeNull();
      else if (area && !('topic' in operations[name])) expect(topic, name).toBe(areaRules[area].topic);
    }
  });
});
