import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { roleSchema, type StaffMember } from '../../../shared/contract/platform';
import type { StaffRole } from '../../../shared/roles';
import { KioskFailure } from '../../../shared/result';
import type { Clock, Store } from '../store/store';
import { SerialQueue } from '../store/serial-queue';
import type { StaffSession } from '../context';
import { newId } from '../ids';

export const MAX_PIN_TRIES = 5;
export const PIN_LOCK_MS = 5 * 60 * 1000;
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
});
type StaffRecord = z.infer<typeof staffRecordSchema>;

const staffDocSchema = z.object({
  members: z.array(staffRecordSchema),
  /** Persisted so that restarting the app does not reset a lockout. */
  failedTries: z.int().min(0),
  lockedUntil: z.string().nullable(),
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

const toMember = ({ id, name, role, active, createdAt }: StaffRecord): StaffMember => ({ id, name, role, active, createdAt });

export type StaffService = {
  hasStaff(): boolean;
  list(): StaffMember[];
  create(input: { name: string; role: StaffRole; pin: string }): Promise<StaffMember>;
  update(input: { id: string; name?: string; role?: StaffRole; active?: boolean }): Promise<StaffMember>;
  resetPin(id: string, pin: string): Promise<void>;
  createFirstAdmin(name: string, pin: string, clientId: string): Promise<StaffSession>;
  signIn(pin: string, clientId: string): Promise<StaffSession>;
  signOut(clientId: string): void;
  /** The live session of a client, or null; expired sessions are dropped here. */
  session(clientId: string): StaffSession | null;
  /** Any call by staff counts as activity. */
  touch(clientId: string): void;
};

export async function openStaff(store: Store, clock: Clock, onLockout: (until: Date) => void = () => undefined): Promise<StaffService> {
  const doc = await store.doc({
    name: 'staff',
    schema: staffDocSchema,
    version: 1,
    defaults: () => ({ members: [], failedTries: 0, lockedUntil: null }),
  });
  const sessions = new Map<string, StaffSession>();
  // One PIN attempt at a time: otherwise a burst of parallel guesses would all pass the
  // lock check before the first wrong one is counted.
  const attempts = new SerialQueue();
  // PIN changes one at a time, so two admins cannot give the same PIN to two people at once.
  const pinChanges = new SerialQueue();

  const startSession = (member: StaffRecord, clientId: string): StaffSession => {
    const session = { staffId: member.id, name: member.name, role: member.role, expiresAt: new Date(clock.now().getTime() + SESSION_IDLE_MS) };
    sessions.set(clientId, session);
    return session;
  };

  /** The first member `among` whose PIN this is. One scrypt per member: a salted hash cannot be looked up. */
  const holderOf = async (pin: string, among: (member: StaffRecord) => boolean): Promise<StaffRecord | undefined> => {
    for (const member of doc.get().members) {
      if (among(member) && (await verifyPin(pin, member.pinHash))) return member;
    }
    return undefined;
  };

  /** Counts one wrong guess; the fifth locks the pad. Returns the lock's end if it locked. */
  const recordWrongPin = async (now: Date): Promise<Date | null> => {
    const after = await doc.update((d) => {
      d.failedTries += 1;
      if (d.failedTries >= MAX_PIN_TRIES) {
        d.failedTries = 0;
        d.lockedUntil = new Date(now.getTime() + PIN_LOCK_MS).toISOString();
      }
    });
    const locked = after.lockedUntil && new Date(after.lockedUntil) > now ? new Date(after.lockedUntil) : null;
    if (locked && after.failedTries === 0) onLockout(locked);
    return locked;
  };

  // Inactive members count too: reactivating one must not leave two people with one PIN.
  // "Taken" reveals that a PIN is valid, so it counts as a wrong guess, like at the sign-in pad.
  const ensurePinFree = async (pin: string, exceptId?: string): Promise<void> => {
    if (await holderOf(pin, (m) => m.id !== exceptId)) {
      await recordWrongPin(clock.now());
      throw new KioskFailure('pin-taken', 'Another staff member already uses this PIN');
    }
  };

  const lastActiveAdmin = (members: StaffRecord[], id: string): boolean =>
    members.filter((m) => m.active && m.role === 'admin').every((m) => m.id === id);

  return {
    hasStaff: () => doc.get().members.length > 0,
    list: () => doc.get().members.map(toMember),

    create: ({ name, role, pin }) => pinChanges.run(async () => {
      await ensurePinFree(pin);
      const record: StaffRecord = { id: newId(), name, role, active: true, createdAt: clock.now().toISOString(), pinHash: await hashPin(pin) };
      await doc.update((d) => {
        d.members.push(record);
      });
      return toMember(record);
    }),

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
      for (const [clientId, session] of sessions) if (session.staffId === id) sessions.delete(clientId);
      return toMember(member);
    },

    resetPin: (id, pin) => pinChanges.run(async () => {
      if (!doc.get().members.some((m) => m.id === id)) throw new KioskFailure('not-found', 'No such staff member');
      await ensurePinFree(pin, id);
      const pinHash = await hashPin(pin);
      await doc.update((d) => {
        const member = d.members.find((m) => m.id === id);
        if (!member) throw new KioskFailure('not-found', 'No such staff member');
        member.pinHash = pinHash;
      });
    }),

    async createFirstAdmin(name, pin, clientId) {
      const pinHash = await hashPin(pin);
      const record: StaffRecord = { id: newId(), name, role: 'admin', active: true, createdAt: clock.now().toISOString(), pinHash };
      await doc.update((d) => {
        // Checked inside the write so two first-run screens cannot both create an admin.
        if (d.members.length > 0) throw new KioskFailure('setup-done', 'This kiosk already has staff');
        d.members.push(record);
      });
      return startSession(record, clientId);
    },

    signIn: (pin, clientId) => attempts.run(async () => {
      const now = clock.now();
      const lockedUntil = doc.get().lockedUntil;
      if (lockedUntil && new Date(lockedUntil) > now) {
        throw new KioskFailure('pin-locked', 'Too many wrong PINs', { minutes: Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 60000) });
      }
      const member = /^\d{4,8}$/.test(pin) ? await holderOf(pin, (m) => m.active) : undefined;
      if (member) {
        if (doc.get().failedTries > 0 || doc.get().lockedUntil) await doc.update((d) => ({ ...d, failedTries: 0, lockedUntil: null }));
        return startSession(member, clientId);
      }
      if (await recordWrongPin(now)) {
        throw new KioskFailure('pin-locked', 'Too many wrong PINs', { minutes: Math.ceil(PIN_LOCK_MS / 60000) });
      }
      throw new KioskFailure('pin-wrong', 'That PIN is not right', { count: MAX_PIN_TRIES - doc.get().failedTries });
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
