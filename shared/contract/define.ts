import type { z } from 'zod';
import type { Access } from '../roles';

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
};

export const defineOperation = <I extends z.ZodType, O extends z.ZodType>(def: OperationDef<I, O>) => def;

export type OperationTable = Record<string, OperationDef>;
