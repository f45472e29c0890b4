import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * One row of the operations table. `kind: 'command'` operations change data and are
 * written to the audit log when staff call them.
 */
export type OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  access: Access;
  kind: 'query' | 'command';
};

export const defineOperation = <I extends z.ZodType, O extends z.ZodType>(def: OperationDef<I, O>) => def;

export type OperationTable = Record<string, OperationDef>;
