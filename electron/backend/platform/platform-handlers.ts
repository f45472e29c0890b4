import type { platformOperations } from '../../../shared/contract/platform';
import type { HandlerMap, StaffSession } from '../context';
import type { Platform } from './platform';

const sessionView = (s: StaffSession) => ({ staffId: s.staffId, name: s.name, role: s.role, mustChangePin: s.mustChangePin, expiresAt: s.expiresAt.toISOString() });

export function platformHandlers(platform: Platform): HandlerMap<typeof platformOperations> {
  const { settings, staff, audit, alerts } = platform;
  return {
    'kiosk.bootstrap': (_input, ctx) => ({
      settings: settings.publicView(),
      // Only where setup was never done (a lost staff file is restored, not set up again).
      setupRequired: !staff.hasStaff() && platform.store.setupState() === 'pending',
      demo: settings.meta().demo,
      readOnly: platform.store.readOnly,
      session: ctx.session ? sessionView(ctx.session) : null,
      device: ctx.caller.device ? { name: ctx.caller.device.name, role: ctx.caller.device.role } : null,
    }),
    'setup.createAdmin': async ({ name, pin }, ctx) => sessionView(await staff.createFirstAdmin(name, pin, ctx.caller)),
    'staff.names': () => staff.names(),
    'staff.signIn': async ({ staffId, pin }, ctx) => sessionView(await staff.signIn(staffId, pin, ctx.caller)),
    'staff.changePin': async ({ currentPin, pin }, ctx) => sessionView(await staff.changePin(currentPin, pin, ctx.caller)),
    'staff.signOut': (_input, ctx) => {
      staff.signOut(ctx.caller.clientId);
      return {};
    },
    'staff.session': (_input, ctx) => (ctx.session ? sessionView(ctx.session) : null),
    'staff.list': () => staff.list(),
    'staff.create': async (input, ctx) => {
      const member = await staff.create(input);
      ctx.setAuditDetail(`${member.name} (${member.role})`);
      return member;
    },
    'staff.update': async (input, ctx) => {
      const member = await staff.update(input);
      ctx.setAuditDetail(`${member.name}: ${member.role}${member.active ? '' : ', inactive'}`);
      return member;
    },
    'staff.resetPin': async ({ id, pin }, ctx) => {
      await staff.resetPin(id, pin);
      ctx.setAuditDetail(`PIN reset for ${staff.list().find((m) => m.id === id)?.name ?? id}`);
      return {};
    },
    'staff.clearPinWait': async ({ id }, ctx) => {
      const member = await staff.clearPinWait(id);
      ctx.setAuditDetail(`PIN wait cleared for ${member.name}`);
      return member;
    },
    'settings.get': () => settings.get(),
    'settings.update': async (input) => settings.update(input),
    'audit.list': ({ cursor, limit }) => audit.list({ cursor, limit }),
    'system.alerts': () => alerts.list(),
    // Dismissing is acknowledging: the audit line says who saw what.
    'system.dismissAlert': async ({ id }, ctx) => {
      const alert = await alerts.acknowledge(id);
      ctx.setAuditDetail(`${alert.code} ${JSON.stringify(alert.params)}`.slice(0, 300));
      return {};
    },
  };
}
