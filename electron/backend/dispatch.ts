import type { z } from 'zod';
import type { Topic } from '../../shared/contract/branch';
import { deviceMayCall, isOperationName, operations, topicOfOperation, type Operations } from '../../shared/contract/operations';
import { isAllowed, programOfRole } from '../../shared/roles';
import { fail, isKioskFailure, ok, type FieldIssue, type Result } from '../../shared/result';
import type { CallContext, Caller, HandlerMap, StaffSession } from './context';
import { stampOf } from './idempotency';
import type { Clock } from './store/store';

export type Dispatch = (name: unknown, input: unknown, caller: Caller) => Promise<Result<unknown>>;

type DispatcherDeps = {
  handlers: HandlerMap<Operations>;
  clock: Clock;
  session(clientId: string): StaffSession | null;
  touch(clientId: string): void;
  audit(session: StaffSession, action: string, detail: string): Promise<void>;
  log?: (message: string, error?: unknown) => void;
  /** After a command succeeded: what it changed, for the screens of every device. */
  changed?: (topic: Topic) => void;
};

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // Custom messages in the schemas are codes (`pin-format`); built-in ones fall back to zod's code.
    code: /^[a-z][a-z0-9-]*$/.test(issue.message) ? issue.message : issue.code,
  }));

/**
 * The one path every operation takes, from IPC or HTTP alike: known name, caller's device and role,
 * valid input, run, checked output, audit. Throws never escape; results are values.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  const handlers: Record<string, (input: unknown, ctx: CallContext) => unknown> = deps.handlers as unknown as Record<
    string,
    (input: unknown, ctx: CallContext) => unknown
  >;
  return async function dispatch(name, rawInput, caller) {
    if (!isOperationName(name)) {
      return fail({ code: 'unknown-operation', message: `Unknown operation ${String(name).slice(0, 80)}` });
    }
    const def = operations[name];
    // A paired device calls only what its role allows, whoever is signed in on it.
    if (caller.device && !deviceMayCall(caller.device.role, name)) {
      return fail({ code: 'device-forbidden', message: 'This device may not do this' });
    }
    const session = deps.session(caller.clientId);
    if (def.access !== 'public') {
      if (!session) return fail({ code: 'sign-in-required', message: 'Staff sign-in required' });
      if (!isAllowed(def.access, session.role)) return fail({ code: 'forbidden', message: 'Your role may not do this' });
      // A PIN from before 6 digits were required opens one thing only: choosing a new PIN.
      if (session.mustChangePin && name !== 'staff.changePin') return fail({ code: 'pin-change-required', message: 'Choose a new PIN first' });
    }
    // Polled queries (`poll: true` in the contract) are no person at the desk: they must not keep
    // an unattended staff session alive forever.
    if (session && !def.poll) deps.touch(caller.clientId);
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail({ code: 'invalid-input', message: 'Some details are missing or not valid', fields: issuesOf(parsed.error) });
    }
    // A partner sees its own program only: checked here, from the table, for every scoped operation.
    const program = session ? programOfRole(session.role) : null;
    const scoped = 'scope' in def ? def.scope : undefined;
    if (scoped && program !== null) {
      const asked: unknown = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>)[scoped] : undefined;
      if (asked !== program) return fail({ code: 'forbidden', message: 'Your role may see its own program only' });
    }
    let auditDetail = '';
    const ctx: CallContext = {
      caller,
      session,
      now: deps.clock.now(),
      request: def.idempotent ? stampOf(parsed.data) : null,
      assistedBy: session ? { staffId: session.staffId, name: session.name } : null,
      audit: (action, detail) => (session ? deps.audit(session, action, detail) : Promise.resolve()),
      setAuditDetail: (detail) => {
        auditDetail = detail;
      },
    };
    const handler = handlers[name];
    if (!handler) return fail({ code: 'unknown-operation', message: `No handler for ${name}` });
    let value: unknown;
    try {
      value = await handler(parsed.data, ctx);
    } catch (error) {
      if (isKioskFailure(error)) {
        return fail({ code: error.code, message: error.message, params: error.params, fields: error.fields });
      }
      deps.log?.(`operation ${name} failed`, error);
      return fail({ code: 'internal', message: 'Something went wrong; nothing was changed' });
    }
    const out = def.output.safeParse(value);
    if (!out.success) {
      deps.log?.(`operation ${name} returned an invalid value`, out.error);
      return fail({ code: 'internal', message: 'Something went wrong' });
    }
    // Commands by staff (including sign-in itself, once the session exists) leave an audit line.
    const actor = session ?? deps.session(caller.clientId);
    if (def.kind === 'command' && actor) {
      try {
        await deps.audit(actor, name, auditDetail);
      } catch (error) {
        deps.log?.('audit write failed', error);
      }
    }
    const topic = topicOfOperation(name);
    if (topic) deps.changed?.(topic);
    return ok(out.data);
  };
}
