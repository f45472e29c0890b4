import { z } from 'zod';
import { deviceRoleSchema } from './branch';
import { defineOperation } from './define';

const text = (max: number) => z.string().trim().max(max);
const isoDateTime = z.iso.datetime({ offset: true });

/** A paired device as the Devices screen lists it; its token never leaves the host (only its hash is kept). */
export const deviceSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string(),
  role: deviceRoleSchema,
  pairedAt: isoDateTime,
  lastSeenAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type DeviceView = z.infer<typeof deviceSchema>;

/** How the host is reached and recognised: what a new device is told to check. */
export const branchAddressSchema = z.object({
  /** `https://HOST:PORT/` addresses of the branch listener; empty when the host does not listen on the network. */
  urls: z.array(z.string()),
  /** SHA-256 of the host certificate's public key, in groups of four hex digits; null without TLS. */
  fingerprint: z.string().nullable(),
});
export type BranchAddress = z.infer<typeof branchAddressSchema>;

/** A pairing waiting for its device: the code is shown once, on the host's screen. */
export const pendingPairingSchema = z.object({
  name: z.string(),
  role: deviceRoleSchema,
  code: z.string().regex(/^\d{8}$/),
  expiresAt: isoDateTime,
  triesLeft: z.int().min(0),
});
export type PendingPairing = z.infer<typeof pendingPairingSchema>;

const admin = ['admin'] as const;

export const devicesOperations = {
  'devices.list': defineOperation({
    kind: 'query',
    access: admin,
    // The Devices screen looks again as devices are seen and paired: that alone keeps no session awake.
    poll: true,
    input: z.object({}),
    output: z.object({ devices: z.array(deviceSchema), branch: branchAddressSchema, pending: pendingPairingSchema.omit({ code: true }).nullable() }),
  }),
  /** An admin on the host adds a device: one code at a time, for 10 minutes and a few tries. */
  'devices.startPairing': defineOperation({
    kind: 'command',
    access: admin,
    input: z.object({ name: text(60).min(1), role: deviceRoleSchema }),
    output: z.object({ pairing: pendingPairingSchema, branch: branchAddressSchema }),
  }),
  'devices.cancelPairing': defineOperation({
    kind: 'command',
    access: admin,
    input: z.object({}),
    output: z.object({}),
  }),
  /** Takes effect on the device's next call; its event stream is closed at once. */
  'devices.revoke': defineOperation({
    kind: 'command',
    access: admin,
    input: z.object({ id: z.string().min(1).max(64) }),
    output: deviceSchema,
  }),
};
export type DevicesOperations = typeof devicesOperations;
