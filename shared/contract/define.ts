import { z } from 'zod';
import type { Access } from '../roles';
import type { DeviceRole, Topic } from './branch';

/**
 * One row of the operations table. `kind: 'command'` operations change data and are
 * written to the audit log when staff call them. `poll: true` marks a query that screens
 * repeat on a timer (or a status probe): no person is at the desk behind it, so it does not
 * extend a staff session.
 */
export type OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  access: Access;
  kind: 'query' | 'command';
  poll?: true;
  /**
   * A patron write that may be retried after a lost answer: the input carries an `idempotencyKey`
   * (one per submit), stored with the record in the same write, and a retry gets the first answer.
   */
  idempotent?: true;
  /** Paired devices that may call it, where its area's rule (`areaRules` in branch.ts) does not fit. */
  devices?: readonly DeviceRole[];
  /** What a successful call changes, where not its area's topic (null: nothing screens show). */
  topic?: Topic | null;
  /**
   * The input field naming the program a call is about. A partner (a role scoped to one program) may call it
   * for its own program only; the dispatcher refuses the rest. Roles not scoped to a program are not limited.
   */
  scope?: 'section';
};

export const defineOperation = <I extends z.ZodType, O extends z.ZodType>(def: OperationDef<I, O>) => def;

export type OperationTable = Record<string, OperationDef>;

/** One key per submit intent, made by the renderer (a UUID) and sent again with every retry of it. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'idempotency-key');
/** Spread into the input of every `idempotent` operation. */
export const requestKey = { idempotencyKey: idempotencyKeySchema };

/** Input and answer of every list that can grow: a page, the total, and where the next page starts. */
export const pageInput = { cursor: z.string().max(300).optional(), limit: z.int().min(1).max(200).default(50) };
export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.int().min(0), nextCursor: z.string().nullable() });

/**
 * Spread into the input of each service's patron write: what the patron's visit did before this service
 * (how many services finished, and whether the nurse's ticket screen handed them over). Counted per day,
 * never stored with the record and never linked to anyone.
 */
export const visitField = {
  visit: z.object({ earlier: z.int().min(0).max(3), handoff: z.boolean() }).optional(),
};
