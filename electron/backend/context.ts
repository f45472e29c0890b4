import type { z } from 'zod';
import type { OperationTable } from '../../shared/contract/define';
import type { DeviceRole } from '../../shared/contract/branch';
import type { StaffRole } from '../../shared/roles';

/**
 * Who is calling. Both ids are set by the host, never taken from the request, so a caller cannot
 * choose them; rate limits and PIN back-off key on the device.
 */
export type Caller = {
  /** One renderer (an Electron webContents, or one browser page load): staff sessions belong to it. */
  clientId: string;
  /**
   * The screen's machine: `LOCAL_DEVICE` for this computer's own kiosk window or browser pages;
   * a paired network device is `device:<id>`, from its device token.
   */
  deviceId: string;
  /**
   * A paired network device and the role it was paired with, which limits what it may call; null for
   * this computer's own screen, which is trusted (staff roles are still checked).
   */
  device: PairedDevice | null;
};

export type PairedDevice = { id: string; name: string; role: DeviceRole };

/** This computer's own screen(s): the Electron kiosk window, or the browser host's loopback pages. */
export const LOCAL_DEVICE = 'local';

export type StaffSession = {
  staffId: string;
  name: string;
  role: StaffRole;
  /** Signed in with a PIN from before 6 digits were required: only choosing a new one is allowed. */
  mustChangePin: boolean;
  expiresAt: Date;
};

/** The idempotency key of a patron write and a hash of the rest of its input. */
export type RequestStamp = { key: string; hash: string };

export type CallContext = {
  caller: Caller;
  /** The signed-in staff member of this client, if any. */
  session: StaffSession | null;
  now: Date;
  /** Set for `idempotent` operations: the handler stores it with what it writes, and answers a retry from it. */
  request: RequestStamp | null;
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
