import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { MIN_NEW_PIN_DIGITS, roleSchema, type StaffMember } from '../../../shared/contract/platform';
import { pinWaitMs, PIN_FREE_TRIES } from '../../../shared/domain/pin-backoff';
import type { StaffRole } from '../../../shared/roles';
import { KioskFailure } from '../../../shared/result';
import type { Clock, Store } from '../store/store';
import { SerialQueue } from '../store/serial-queue';
import type { Caller, StaffSession } from '../context';
import { newId } from '../ids';
import { migrationsOf } from '../store/migrations';
import { staff2PinsPerMember } from './migrations/staff-2-pins-per-member';

export const SESSION_IDLE_MS = 5 * 60 * 1000;

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

const staffRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: z.string(),
  /** scrypt$<salt hex>$<hash hex>; the PIN itself is never stored. */
  pinHash: z.string(),
  /** Length of the PIN, learnt when it is set or used; null for a PIN from before 6 digits were required, not yet used. */
  pinDigits: z.int().min(4).max(8).nullable(),
});
type StaffRecord = z.infer<typeof staffRecordSchema>;

/** Wrong PINs for one staff member on one device, and when the next try is allowed. */
const guessesSchema = z.object({ failures: z.int().min(0), nextTryAt: z.string().nullable() });

const staffDocSchema = z.object({
  members: z.array(staffRecordSchema),
  /** By `<deviceId> <staffId>`. Persisted, so restarting the app does not reset a back-off. */
  guesses: z.record(z.string(), guessesSchema),
});

function scrypt(pin: string, salt: Buffer): Promise<Buffer> {
  const options: ScryptOptions = { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p };
  return new Promise((resolve, reject) => {
    scryptCallback(pin, salt, SCRYPT.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await scrypt(pin, salt)).toString('hex')}`;
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scrypt(pin, Buffer.from(saltHex, 'hex'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Wrong PINs for one member on one device: wait, in whole minutes for the message. */
const pinWait = (ms: number): KioskFailure =>
  new KioskFailure('pin-wait', 'Too many wrong PINs for this staff member here', { count: Math.max(1, Math.ceil(ms / 60_000)), seconds: Math.ceil(ms / 1000) });

export type StaffService = {
  hasStaff(): boolean;
  list(): StaffMember[];
  /** Active members' names, for the sign-in screen: a staff member names themself, then types the PIN. */
  names(): { id: string; name: string }[];
  create(input: { name: string; role: StaffRole; pin: string }): Promise<StaffMember>;
  update(input: { id: string; name?: string; role?: StaffRole; active?: boolean }): Promise<StaffMember>;
  resetPin(id: string, pin: string): Promise<void>;
  /** An admin lets a member whose PIN was being guessed sign in at once, on every device. */
  clearPinWait(id: string): Promise<StaffMember>;
  createFirstAdmin(name: string, pin: string, caller: Caller): Promise<StaffSession>;
  signIn(staffId: string, pin: string, caller: Caller): Promise<StaffSession>;
  /** The signed-in member replaces their own PIN (required after signing in with a short one). */
  changePin(currentPin: string, pin: string, caller: Caller): Promise<StaffSession>;
  signOut(clientId: string): void;
  /** The live session of a client, or null; expired sessions are dropped here. */
  session(clientId: string): StaffSession | null;
  /** Any call by staff counts as activity. */
  touch(clientId: string): void;
};

export type StaffEvents = {
  /** A member's PIN reached its first back-off on a device: someone may be guessing it. */
  onGuessing?: (member: { id: string; name: string }) => void;
  /** Setup is over for good in this directory. */
  onSetupDone?: () => Promise<void>;
  /** First-run setup is still possible here (a directory that started empty, never set up). */
  setupOpen?: () => boolean;
};

export async function openStaff(store: Store, clock: Clock, events: StaffEvents = {}): Promise<StaffService> {
  const doc = await store.doc({
    name: 'staff',
    schema: staffDocSchema,
    ...migrationsOf([staff2PinsPerMember]),
    defaults: () => ({ members: [], guesses: {} }),
  });
  const sessions = new Map<string, StaffSession>();
  // One PIN check at a time: otherwise a burst of parallel guesses would all pass the
  // back-off check before the first wrong one is counted.
  const attempts = new SerialQueue();

  const guessKey = (deviceId: string, staffId: string): string => `${deviceId} ${staffId}`;
  const memberOf = (id: string): StaffRecord | undefined => doc.get().members.find((m) => m.id === id);
  const waitUntil = (member: StaffRecord, now: Date): Date | null => {
    let latest: Date | null = null;
    for (const [key, g] of Object.entries(doc.get().guesses)) {
      if (!key.endsWith(` ${member.id}`) || g.nextTryAt === null) continue;
      const at = new Date(g.nextTryAt);
      if (at > now && (latest === null || at > latest)) latest = at;
    }
    return latest;
  };
  const toMember = (m: StaffRecord): StaffMember => ({
    id: m.id,
    name: m.name,
    role: m.role,
    active: m.active,
    createdAt: m.createdAt,
    shortPin: m.pinDigits === null || m.pinDigits < MIN_NEW_PIN_DIGITS,
    pinWaitUntil: waitUntil(m, clock.now())?.toISOString() ?? null,
  });

  const startSession = (member: StaffRecord, clientId: string, mustChangePin: boolean): StaffSession => {
    const session = { staffId: member.id, name: member.name, role: member.role, mustChangePin, expiresAt: new Date(clock.now().getTime() + SESSION_IDLE_MS) };
    sessions.set(clientId, session);
    return session;
  };

  const refuseWhileWaiting = (caller: Caller, member: StaffRecord, now: Date): void => {
    const next = doc.get().guesses[guessKey(caller.deviceId, member.id)]?.nextTryAt;
    if (next && new Date(next) > now) {
      throw pinWait(new Date(next).getTime() - now.getTime());
    }
  };

  /** Counts one wrong PIN for a member on a device and answers with what the pad should say. */
  const wrongPin = async (caller: Caller, member: StaffRecord, now: Date): Promise<KioskFailure> => {
    const key = guessKey(caller.deviceId, member.id);
    const after = await doc.update((d) => {
      const failures = (d.guesses[key]?.failures ?? 0) + 1;
      const waitMs = pinWaitMs(failures);
      d.guesses[key] = { failures, nextTryAt: waitMs > 0 ? new Date(now.getTime() + waitMs).toISOString() : null };
    });
    const failures = after.guesses[key]?.failures ?? 0;
    if (failures === PIN_FREE_TRIES) events.onGuessing?.({ id: member.id, name: member.name });
    const waitMs = pinWaitMs(failures);
    if (waitMs > 0) return pinWait(waitMs);
    return new KioskFailure('pin-wrong', 'That PIN is not right', { count: PIN_FREE_TRIES - failures });
  };

  const rightPin = async (caller: Caller, member: StaffRecord, pin: string): Promise<void> => {
    const key = guessKey(caller.deviceId, member.id);
    if (doc.get().guesses[key] || member.pinDigits !== pin.length) {
      await doc.update((d) => {
        delete d.guesses[key];
        const m = d.members.find((x) => x.id === member.id);
        if (m) m.pinDigits = pin.length;
      });
    }
  };

  const lastActiveAdmin = (members: StaffRecord[], id: string): boolean =>
    members.filter((m) => m.active && m.role === 'admin').every((m) => m.id === id);

  const endSessionsOf = (id: string): void => {
    for (const [clientId, session] of sessions) if (session.staffId === id) sessions.delete(clientId);
  };

  return {
    hasStaff: () => doc.get().members.length > 0,
    list: () => doc.get().members.map(toMember),
    names: () =>
      doc
        .get()
        .members.filter((m) => m.active)
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),

    async create({ name, role, pin }) {
      const record: StaffRecord = { id: newId(), name, role, active: true, createdAt: clock.now().toISOString(), pinHash: await hashPin(pin), pinDigits: pin.length };
      await doc.update((d) => {
        d.members.push(record);
      });
      return toMember(record);
    },

    async update({ id, name, role, active }) {
      const next = await doc.update((d) => {
        const member = d.members.find((m) => m.id === id);
        if (!member) throw new KioskFailure('not-found', 'No such staff member');
        const losesAdmin = member.role === 'admin' && ((role !== undefined && role !== 'admin') || active === false);
        if (losesAdmin && lastActiveAdmin(d.members, id)) throw new KioskFailure('last-admin', 'At least one active admin must remain');
        if (name !== undefined) member.name = name;
        if (role !== undefined) member.role = role;
        if (active !== undefined) member.active = active;
      });
      const member = next.members.find((m) => m.id === id);
      if (!member) throw new KioskFailure('not-found', 'No such staff member');
      // A changed role or deactivation takes effect at once, not at the next sign-in.
      endSessionsOf(id);
      return toMember(member);
    },

    async resetPin(id, pin) {
      if (!memberOf(id)) throw new KioskFailure('not-found', 'No such staff member');
      const pinHash = await hashPin(pin);
      await doc.update((d) => {
        const member = d.members.find((m) => m.id === id);
        if (!member) throw new KioskFailure('not-found', 'No such staff member');
        member.pinHash = pinHash;
        member.pinDigits = pin.length;
      });
      endSessionsOf(id);
    },

    async clearPinWait(id) {
      const next = await doc.update((d) => {
        if (!d.members.some((m) => m.id === id)) throw new KioskFailure('not-found', 'No such staff member');
        for (const key of Object.keys(d.guesses)) if (key.endsWith(` ${id}`)) delete d.guesses[key];
      });
      const member = next.members.find((m) => m.id === id);
      if (!member) throw new KioskFailure('not-found', 'No such staff member');
      return toMember(member);
    },

    createFirstAdmin: (name, pin, caller) =>
      attempts.run(async () => {
        // Only a directory that started empty and was never set up: a lost staff file is damage
        // (restored from a snapshot), never a way to a new administrator.
        if (events.setupOpen && !events.setupOpen()) throw new KioskFailure('setup-done', 'This kiosk already has staff');
        const pinHash = await hashPin(pin);
        const record: StaffRecord = { id: newId(), name, role: 'admin', active: true, createdAt: clock.now().toISOString(), pinHash, pinDigits: pin.length };
        await doc.update((d) => {
          if (d.members.length > 0) throw new KioskFailure('setup-done', 'This kiosk already has staff');
          d.members.push(record);
        });
        await events.onSetupDone?.();
        return startSession(record, caller.clientId, false);
      }),

    signIn: (staffId, pin, caller) =>
      attempts.run(async () => {
        const now = clock.now();
        const member = memberOf(staffId);
        if (!member || !member.active) throw new KioskFailure('not-found', 'No such staff member');
        refuseWhileWaiting(caller, member, now);
        if (!/^\d{4,8}$/.test(pin) || !(await verifyPin(pin, member.pinHash))) throw await wrongPin(caller, member, now);
        await rightPin(caller, member, pin);
        // PINs from before 6 digits were required still open the desk, once, to choose a longer one.
        return startSession(member, caller.clientId, pin.length < MIN_NEW_PIN_DIGITS);
      }),

    changePin: (currentPin, pin, caller) =>
      attempts.run(async () => {
        const session = sessions.get(caller.clientId);
        const member = session ? memberOf(session.staffId) : undefined;
        if (!session || !member) throw new KioskFailure('sign-in-required', 'Staff sign-in required');
        const now = clock.now();
        refuseWhileWaiting(caller, member, now);
        // A desk left signed in must not become a way to test PINs.
        if (!(await verifyPin(currentPin, member.pinHash))) throw await wrongPin(caller, member, now);
        const pinHash = await hashPin(pin);
        await doc.update((d) => {
          const m = d.members.find((x) => x.id === member.id);
          if (!m) throw new KioskFailure('not-found', 'No such staff member');
          m.pinHash = pinHash;
          m.pinDigits = pin.length;
        });
        session.mustChangePin = false;
        return session;
      }),

    signOut(clientId) {
      sessions.delete(clientId);
    },

    session(clientId) {
      const session = sessions.get(clientId);
      if (!session) return null;
      if (session.expiresAt <= clock.now()) {
        sessions.delete(clientId);
        return null;
      }
      return session;
    },

    touch(clientId) {
      const session = sessions.get(clientId);
      if (session) session.expiresAt = new Date(clock.now().getTime() + SESSION_IDLE_MS);
    },
  };
}
