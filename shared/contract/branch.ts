import { z } from 'zod';
import type { OperationDef } from './define';
import { deviceRoles, topics, type DeviceRole, type Topic } from './names';

/**
 * The devices of one branch network. The host's own screen is trusted (every operation, staff roles
 * still checked); a paired device may call only what its role allows:
 * - `lobby`: patron flows, and staff sign-in for assisted mode;
 * - `desk`: staff screens and assisted patron flows;
 * - `nurse-station`: the nurse's screens only;
 * - `display`: the numbers-only queue display and nothing else.
 */
export { deviceRoles, topics, type DeviceRole, type Topic } from './names';
export const deviceRoleSchema = z.enum(deviceRoles);

export const topicSchema = z.enum(topics);

type AreaRule = {
  /** Device roles that may call the area's `public` operations. */
  patron: readonly DeviceRole[];
  /** Device roles that may call the area's staff operations (the staff role is checked as well). */
  staff: readonly DeviceRole[];
  /** What a successful command of the area changes. */
  topic: Topic | null;
};

const everyDevice = deviceRoles;
const staffDevices = ['lobby', 'desk', 'nurse-station'] as const;

/**
 * Which devices may call what, by area (the part of an operation's name before the dot). An operation
 * may name its own `devices` in the contract where its area's rule does not fit it.
 */
export const areaRules = {
  kiosk: { patron: everyDevice, staff: [], topic: null },
  // First-run set-up, and pairing and revoking devices: on the host's own screen only.
  setup: { patron: [], staff: [], topic: 'settings' },
  devices: { patron: [], staff: [], topic: 'devices' },
  // Signing in works wherever staff work; managing staff is desk work.
  staff: { patron: staffDevices, staff: ['desk'], topic: null },
  settings: { patron: [], staff: ['desk'], topic: 'settings' },
  audit: { patron: [], staff: ['desk'], topic: null },
  system: { patron: [], staff: ['desk', 'nurse-station'], topic: 'alerts' },
  print: { patron: [], staff: ['desk', 'nurse-station'], topic: 'print' },
  grocery: { patron: ['lobby', 'desk'], staff: ['desk'], topic: 'orders' },
  hive: { patron: ['lobby', 'desk'], staff: ['desk'], topic: 'bookings' },
  nurse: { patron: ['lobby', 'desk'], staff: ['desk', 'nurse-station'], topic: 'queue' },
  // Figures and partner reports: desk work (partners sign in at a desk PC).
  impact: { patron: [], staff: ['desk'], topic: null },
  // The visit slip: where patrons use the services (its print job tells the print screens itself).
  visit: { patron: ['lobby', 'desk'], staff: [], topic: null },
} satisfies Record<string, AreaRule>;
export type Area = keyof typeof areaRules;

export const isArea = (area: string): area is Area => Object.hasOwn(areaRules, area);
export const areaRule = (area: Area): AreaRule => areaRules[area];

/** The area of an operation name; the table test checks every operation has a known one. */
export function areaOf(name: string): Area | null {
  const area = name.slice(0, name.indexOf('.'));
  return isArea(area) ? area : null;
}

/** The device roles that may call an operation: its own `devices`, else its area's rule. */
export function devicesFor(name: string, def: Pick<OperationDef, 'access' | 'devices'>): readonly DeviceRole[] {
  if (def.devices) return def.devices;
  const area = areaOf(name);
  if (!area) return [];
  const rule = areaRule(area);
  return def.access === 'public' ? rule.patron : rule.staff;
}

/** What a successful command changes, for the event stream. */
export function topicOf(name: string, def: Pick<OperationDef, 'kind' | 'topic'>): Topic | null {
  if (def.kind !== 'command') return null;
  if (def.topic !== undefined) return def.topic;
  const area = areaOf(name);
  return area ? areaRule(area).topic : null;
}
