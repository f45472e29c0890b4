import type { z } from 'zod';
import type { OperationTable } from '../../shared/contract/define';
import type { StaffRole } from '../../shared/roles';

/** Who is calling: one renderer (an Electron webContents, or one browser page). */
export type Caller = {
  clientId: string;
};

export type StaffSession = {
  staffId: string;
  name: string;
  role: StaffRole;
  expiresAt: Date;
};

export type CallContext = {
  caller: Caller;
  /** The signed-in staff member of this client, if any. */
  session: StaffSession | null;
  now: Date;
  /** For records a librarian made on a patron's behalf. */
  assistedBy: { staffId: string; name: string } | null;
  /** Adds a line to the audit log (commands by staff are logged automatically too). */
  audit(action: string, detail: string): Promise<void>;
  /** Replaces the automatic audit line's detail for this command (record id, status change). */
  setAuditDetail(detail: string): void;
};

export type Handler<I, O> = (input: I, ctx: CallContext) => Promise<O> | O;

/** Handlers for a slice of the operations table: inputs are parsed values, outputs are checked on the way out. */
export type HandlerMap<T extends OperationTable> = {
  [N in keyof T]: Handler<z.output<T[N]['input']>, z.input<T[N]['output']>>;
};
