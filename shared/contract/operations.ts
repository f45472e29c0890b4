import type { z } from 'zod';
import type { OperationTable } from './define';
import type { OperationName as ListedName } from './names';
import type { Result } from '../result';
import { platformOperations } from './platform';
import { printingOperations } from './printing';
import { groceryOperations } from './grocery';
import { hiveOperations } from './hive';
import { nurseOperations } from './nurse';

/**
 * The single table of operations. It drives the preload bridge, the IPC handlers,
 * the HTTP host and the renderer's typed client alike.
 */
export const operations = {
  ...platformOperations,
  ...printingOperations,
  ...groceryOperations,
  ...hiveOperations,
  ...nurseOperations,
} satisfies OperationTable;

export type Operations = typeof operations;
export type OperationName = keyof Operations;

// names.ts lists every operation for the renderer: a name missing there, or one there without a row here, fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchTable: Same<OperationName, ListedName> = true;
void namesMatchTable;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;

export { isOperationName, operationNames } from './names';

/** The one client interface the renderer uses, whichever host it runs under. */
export type KioskApi = {
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>>;
};
