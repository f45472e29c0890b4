import type { platformOperations } from '../../../shared/contract/platform';
import { KioskFailure } from '../../../shared/result';
import type { HandlerMap, StaffSession } from '../context';
import type { Platform } from './platform';

const sessionView = (s: StaffSession) => ({ staffId: s.staffId, name: s.name, role: s.role, expiresAt: s.expiresAt.toISOString() });

export function platformHandlers(platform: Platform): HandlerMap<typeof platformOperations> {
  const { settings, staff, audit, alerts } = platform;
  return {
    'kiosk.bootstrap': (_input, ctx) => ({
      settings: settings.publicView(),
      setupRequired: !staff.hasStaff(),
      demo: settings.meta().demo,
      session: ctx.session ? sessionView(ctx.session) : null,
    }),
    'setup.createAdmin': async ({ name, pin }, ctx) => sessionView(await staff.createFirstAdmin(name, pin, ctx.caller.clientId)),
    'staff.signIn': async ({ pin }, ctx) => sessionView(await staff.signIn(pin, ctx.caller.clientId)),
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
    'settings.get': () => settings.get(),
    'settings.update': async (input) => settings.update(input),
    'audit.list': ({ limit, before }) => audit.list(limit, before),
    'system.alerts': () => alerts.list(),
    'system.dismissAlert': ({ id }) => {
      if (!alerts.list().some((a) => a.id === id)) throw new KioskFailure('not-found', 'No such alert');
      alerts.dismiss(id);
      return {};
    },
  };
}
