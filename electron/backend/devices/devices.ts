import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { deviceRoleSchema, type DeviceRole } from '../../../shared/contract/branch';
import type { BranchAddress, DeviceView, devicesOperations, PendingPairing } from '../../../shared/contract/devices';
import { KioskFailure } from '../../../shared/result';
import type { HandlerMap, PairedDevice } from '../context';
import { newId } from '../ids';
import type { Platform } from '../platform/platform';

/** A pairing code is good for this long, and for this many wrong tries in all. */
export const PAIRING_MS = 10 * 60 * 1000;
export const PAIRING_TRIES = 5;
/** "Last seen" is written at most this often per device (every call would be a disk write). */
const SEEN_WRITE_MS = 60 * 1000;

const isoDateTime = z.iso.datetime({ offset: true });
const deviceRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  role: deviceRoleSchema,
  /** SHA-256 of the device token: the token itself is never stored on the host. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  pairedAt: isoDateTime,
  lastSeenAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
type DeviceRecord = z.infer<typeof deviceRecordSchema>;
const devicesDocSchema = z.object({ devices: z.array(deviceRecordSchema) });

/** The branch host's TLS key and certificate: encrypted at rest like the other secrets. */
const tlsIdentitySchema = z.object({ keyPem: z.string().min(1), certPem: z.string().min(1) }).nullable();
export type TlsIdentity = NonNullable<z.infer<typeof tlsIdentitySchema>>;

/** A token's answer: the device it belongs to, or why it does not open anything. */
export type DeviceCheck = { kind: 'paired'; device: PairedDevice } | { kind: 'unpaired' } | { kind: 'revoked' };

export type DevicesService = {
  list(): DeviceView[];
  /** Trades a pairing code for a new device and its token (shown to the device once, stored hashed). */
  pair(code: string): Promise<{ token: string; device: PairedDevice }>;
  check(token: string): DeviceCheck;
  /** Called with the device's id when it is revoked: hosts close its event streams at once. */
  onRevoked(listener: (deviceId: string) => void): void;
  /** The host says where it listens and its certificate's fingerprint, for the pairing screen. */
  setBranchAddress(address: BranchAddress): void;
  branchAddress(): BranchAddress;
  tlsIdentity(): TlsIdentity | null;
  saveTlsIdentity(identity: TlsIdentity): Promise<void>;
  handlers: HandlerMap<typeof devicesOperations>;
  close(): Promise<void>;
};

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
/** 32 random bytes: a device token cannot be guessed, so a plain hash is enough to store it. */
const newToken = (): string => randomBytes(32).toString('base64url');
const newCode = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');
const sameText = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const view = (d: DeviceRecord): DeviceView => ({ id: d.id, name: d.name, role: d.role, pairedAt: d.pairedAt, lastSeenAt: d.lastSeenAt, revokedAt: d.revokedAt });

type Pairing = { name: string; role: DeviceRole; code: string; expiresAt: Date; triesLeft: number };

/**
 * The devices of the branch network: pairing (one code at a time, on the host's screen), tokens
 * (kept hashed), roles and revocation. A pairing lives in memory only: a restart cancels it.
 */
export async function openDevices(platform: Platform): Promise<DevicesService> {
  const { store } = platform;
  const doc = await store.doc({ name: 'devices', schema: devicesDocSchema, version: 1, defaults: () => ({ devices: [] }) });
  const tls = await store.doc({ name: 'branch-tls', schema: tlsIdentitySchema, version: 1, encrypted: true, defaults: () => null });
  let pairing: Pairing | null = null;
  let address: BranchAddress = { urls: [], fingerprint: null };
  const revokedListeners: ((id: string) => void)[] = [];
  const seen = new Map<string, Date>();
  const seenWritten = new Map<string, number>();

  const now = (): Date => store.clock.now();
  const byHash = (hash: string): DeviceRecord | undefined => doc.get().devices.find((d) => sameText(d.tokenHash, hash));
  const current = (): Pairing | null => {
    if (pairing && pairing.expiresAt <= now()) pairing = null;
    return pairing;
  };
  const pendingView = (p: Pairing): PendingPairing => ({ name: p.name, role: p.role, code: p.code, expiresAt: p.expiresAt.toISOString(), triesLeft: p.triesLeft });
  const withSeen = (d: DeviceRecord): DeviceView => {
    const last = seen.get(d.id);
    return view(last && (!d.lastSeenAt || last.toISOString() > d.lastSeenAt) ? { ...d, lastSeenAt: last.toISOString() } : d);
  };

  const writeSeen = async (): Promise<void> => {
    const due = [...seen].filter(([id, at]) => at.getTime() - (seenWritten.get(id) ?? 0) >= SEEN_WRITE_MS);
    if (due.length === 0 || store.readOnly) return;
    for (const [id, at] of due) seenWritten.set(id, at.getTime());
    await doc.update((d) => {
      for (const device of d.devices) {
        const at = seen.get(device.id);
        if (at) device.lastSeenAt = at.toISOString();
      }
    });
  };

  const service: DevicesService = {
    list: () => doc.get().devices.map(withSeen),
    async pair(code) {
      const open = current();
      if (!open) throw new KioskFailure('pairing-not-open', 'No device is being added on the host');
      if (open.triesLeft <= 0) throw new KioskFailure('pairing-locked', 'Too many wrong codes: start again on the host');
      if (!/^\d{8}$/.test(code) || !sameText(code, open.code)) {
        open.triesLeft -= 1;
        if (open.triesLeft <= 0) {
          platform.alerts.raise('warning', 'pairing-locked', { name: open.name });
          throw new KioskFailure('pairing-locked', 'Too many wrong codes: start again on the host');
        }
        throw new KioskFailure('pairing-wrong-code', 'That code is not right', { count: open.triesLeft });
      }
      pairing = null;
      const token = newToken();
      const record: DeviceRecord = { id: newId(), name: open.name, role: open.role, tokenHash: hashToken(token), pairedAt: now().toISOString(), lastSeenAt: null, revokedAt: null };
      await doc.update((d) => {
        d.devices.push(record);
      });
      return { token, device: { id: record.id, name: record.name, role: record.role } };
    },
    check(token) {
      const record = token.length > 0 && token.length <= 200 ? byHash(hashToken(token)) : undefined;
      if (!record) return { kind: 'unpaired' };
      if (record.revokedAt) return { kind: 'revoked' };
      seen.set(record.id, now());
      void writeSeen().catch(() => undefined);
      return { kind: 'paired', device: { id: record.id, name: record.name, role: record.role } };
    },
    onRevoked: (listener) => {
      revokedListeners.push(listener);
    },
    setBranchAddress: (given) => {
      address = given;
    },
    branchAddress: () => address,
    tlsIdentity: () => tls.get(),
    saveTlsIdentity: async (identity) => {
      await tls.update(() => identity);
    },
    handlers: {
      'devices.list': () => {
        const open = current();
        return { devices: service.list(), branch: address, pending: open ? { name: open.name, role: open.role, expiresAt: open.expiresAt.toISOString(), triesLeft: open.triesLeft } : null };
      },
      'devices.startPairing': ({ name, role }, ctx) => {
        // One code at a time: a new one replaces any earlier, so only one is ever guessable.
        pairing = { name, role, code: newCode(), expiresAt: new Date(ctx.now.getTime() + PAIRING_MS), triesLeft: PAIRING_TRIES };
        ctx.setAuditDetail(`${name} (${role})`);
        return { pairing: pendingView(pairing), branch: address };
      },
      'devices.cancelPairing': () => {
        pairing = null;
        return {};
      },
      'devices.revoke': async ({ id }, ctx) => {
        const record = doc.get().devices.find((d) => d.id === id);
        if (!record) throw new KioskFailure('not-found', 'No such device');
        const at = record.revokedAt ?? ctx.now.toISOString();
        await doc.update((d) => {
          for (const device of d.devices) if (device.id === id) device.revokedAt = at;
        });
        ctx.setAuditDetail(`${record.name} (${record.role})`);
        for (const listener of revokedListeners) listener(id);
        return withSeen({ ...record, revokedAt: at });
      },
    },
    close: () => writeSeen().catch(() => undefined),
  };
  return service;
}
