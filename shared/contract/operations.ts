import type { z } from 'zod';
import type { OperationTable } from './define';
import { operationNames, type OperationName as ListedName } from './names';
import type { Result } from '../result';
import { platformOperations } from './platform';
import { printingOperations } from './printing';
import { groceryOperations } from './grocery';
import { hiveOperations } from './hive';
import { nurseOperations } from './nurse';
import { devicesOperations } from './devices';
import { devicesFor, topicOf, type DeviceRole, type Topic } from './branch';
import { impactOperations } from './impact';
import { visitOperations } from './visit';

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
  ...devicesOperations,
  ...impactOperations,
  ...visitOperations,
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

const deviceAccess = new Map(operationNames.map((name) => [name, new Set(devicesFor(name, operations[name]))]));
const commandTopics = new Map(operationNames.map((name) => [name, topicOf(name, operations[name])]));

/** Whether a paired device of `role` may call the operation (the host's own screen may call any). */
export const deviceMayCall = (role: DeviceRole, name: OperationName): boolean => deviceAccess.get(name)?.has(role) ?? false;

/** What a successful call of the operation changes, for the event stream. */
export const topicOfOperation = (name: OperationName): Topic | null => commandTopics.get(name) ?? null;
