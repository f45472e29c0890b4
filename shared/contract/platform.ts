import { z } from 'zod';
import { defineOperation, pageInput, pageSchema } from './define';
import { serviceIds } from './names';
import { languageCodes, languageOf, type NumberingSystem } from '../languages';
import { languageSchema, localisedTextSchema } from '../localised-text-schema';
import { staffRoles } from '../roles';
import { deviceRoleSchema } from './branch';
import { idSchema, isoDateTime } from '../domain/record-fields';


export { idSchema, isoDateTime, languageSchema, serviceIds };
export type { ServiceId } from './names';
export const roleSchema = z.enum(staffRoles);
/** New PINs have at least this many digits; shorter ones from before still sign in, once, to choose a new one. */
export const MIN_NEW_PIN_DIGITS = 6;
export const pinSchema = z.string().regex(/^\d{6,8}$/, 'pin-format');

const text = (max: number) => z.string().trim().max(max);

export const numberingSystemSchema = z.enum(['latn', 'arab'] satisfies NumberingSystem[]);
const numberingSchema = z
  .partialRecord(languageSchema, numberingSystemSchema)
  .refine((choice) => languageCodes.every((code) => choice[code] === undefined || languageOf(code).numberingSystems.includes(choice[code])), {
    message: 'numbering-not-offered',
  });

export const settingsSchema = z.object({
  branch: z.object({
    name: text(80).min(1),
    address: text(200),
    phone: text(40),
    /** One line per day or range, as the branch wants it printed, in each offered language. */
    hours: localisedTextSchema(400),
    timeZone: text(64).min(1),
  }),
  services: z.object({ grocery: z.boolean(), hive: z.boolean(), nurse: z.boolean() }),
  languages: z.array(languageSchema).min(1).max(languageCodes.length),
  defaultLanguage: languageSchema,
  /** Digits per language where the language has a choice (Arabic: Latin or Arabic-Indic); unset is the language's default. */
  numberingSystems: numberingSchema,
  idleTimeoutSeconds: z.int().min(30).max(600),
  idleWarningSeconds: z.int().min(20).max(120),
  retentionDays: z.object({
    grocery: z.int().min(1).max(3650),
    hive: z.int().min(1).max(3650),
    nurse: z.int().min(1).max(365),
    audit: z.int().min(30).max(3650),
  }),
}).refine((s) => s.languages.includes(s.defaultLanguage), { message: 'default-language-not-offered', path: ['defaultLanguage'] });
export type Settings = z.infer<typeof settingsSchema>;

/** What any patron screen may know about the branch. */
export const publicSettingsSchema = z.object({
  branchName: z.string(),
  address: z.string(),
  phone: z.string(),
  hours: localisedTextSchema(400),
  timeZone: z.string(),
  services: settingsSchema.shape.services,
  languages: z.array(languageSchema),
  defaultLanguage: languageSchema,
  numberingSystems: numberingSchema,
  idleTimeoutSeconds: z.int(),
  idleWarningSeconds: z.int(),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

export const staffSessionSchema = z.object({
  staffId: idSchema,
  name: z.string(),
  role: roleSchema,
  expiresAt: isoDateTime,
  /** Signed in with a PIN shorter than 6 digits: nothing else works until a new one is chosen. */
  mustChangePin: z.boolean(),
});
export type StaffSessionView = z.infer<typeof staffSessionSchema>;

export const staffMemberSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: isoDateTime,
  /** The PIN may have fewer than 6 digits (set before they were required); the holder must change it. */
  shortPin: z.boolean(),
  /** Wrong PINs make this member wait on some device until then; an admin can clear it. */
  pinWaitUntil: isoDateTime.nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const alertSchema = z.object({
  id: idSchema,
  at: isoDateTime,
  level: z.enum(['info', 'warning', 'error']),
  /** Translation key under `alerts.` plus its params. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Alert = z.infer<typeof alertSchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  staffId: z.string(),
  staffName: z.string(),
  role: roleSchema,
  action: z.string(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const staffName = text(60).min(1);

export const platformOperations = {
  'kiosk.bootstrap': defineOperation({
    kind: 'query',
    poll: true,
    access: 'public',
    input: z.object({}),
    output: z.object({
      settings: publicSettingsSchema,
      setupRequired: z.boolean(),
      demo: z.boolean(),
      /** The kiosk cannot save (disk full): patron services show as unavailable, staff see an alert. */
      readOnly: z.boolean(),
      session: staffSessionSchema.nullable(),
      /** This screen as a paired device of the branch network; null on the host's own screen. */
      device: z.object({ name: z.string(), role: deviceRoleSchema }).nullable(),
    }),
  }),
  'setup.createAdmin': defineOperation({
    kind: 'command',
    access: 'public',
    input: z.object({ name: staffName, pin: pinSchema }),
    output: staffSessionSchema,
  }),
  /** Who can sign in here: staff name themselves before typing a PIN, so wrong PINs slow down one member, not the desk. */
  'staff.names': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({}),
    output: z.array(z.object({ id: idSchema, name: z.string() })),
  }),
  'staff.signIn': defineOperation({
    kind: 'command',
    access: 'public',
    input: z.object({ staffId: idSchema, pin: z.string().max(16) }),
    output: staffSessionSchema,
  }),
  'staff.changePin': defineOperation({
    kind: 'command',
    // Wherever staff sign in, a PIN from before 6 digits must be changed there.
    devices: ['lobby', 'desk', 'nurse-station'],
    access: staffRoles,
    input: z.object({ currentPin: z.string().max(16), pin: pinSchema }),
    output: staffSessionSchema,
  }),
  'staff.signOut': defineOperation({
    kind: 'command',
    access: 'public',
    input: z.object({}),
    output: z.object({}),
  }),
  'staff.session': defineOperation({
    kind: 'query',
    poll: true,
    access: 'public',
    input: z.object({}),
    output: staffSessionSchema.nullable(),
  }),
  'staff.list': defineOperation({
    kind: 'query',
    access: ['admin'],
    input: z.object({}),
    output: z.array(staffMemberSchema),
  }),
  'staff.create': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: z.object({ name: staffName, role: roleSchema, pin: pinSchema }),
    output: staffMemberSchema,
  }),
  'staff.update': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: z.object({ id: idSchema, name: staffName.optional(), role: roleSchema.optional(), active: z.boolean().optional() }),
    output: staffMemberSchema,
  }),
  'staff.resetPin': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: z.object({ id: idSchema, pin: pinSchema }),
    output: z.object({}),
  }),
  /** Lets a member whose PIN someone was guessing sign in again at once, on every device. */
  'staff.clearPinWait': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: z.object({ id: idSchema }),
    output: staffMemberSchema,
  }),
  'settings.get': defineOperation({
    kind: 'query',
    access: ['admin'],
    input: z.object({}),
    output: settingsSchema,
  }),
  'settings.update': defineOperation({
    kind: 'command',
    access: ['admin'],
    input: settingsSchema,
    output: settingsSchema,
  }),
  'audit.list': defineOperation({
    kind: 'query',
    access: ['admin'],
    input: z.object(pageInput),
    output: pageSchema(auditEntrySchema),
  }),
  'system.alerts': defineOperation({
    kind: 'query',
    poll: true,
    access: ['librarian', 'nurse', 'admin'],
    input: z.object({}),
    output: z.array(alertSchema),
  }),
  'system.dismissAlert': defineOperation({
    kind: 'command',
    access: ['librarian', 'nurse', 'admin'],
    input: z.object({ id: idSchema }),
    output: z.object({}),
  }),
};
