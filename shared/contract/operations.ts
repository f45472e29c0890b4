import type { z } from 'zod';
import type { OperationTable } from './define';
import type { Result } from '../result';
import { platformOperations } from './platform';
import { printingOperations } from './printing';
import { groceryOperations } from './grocery';
import { hiveOperations } from './hive';
import { nurseOperations } from './nurse';
import { impactOperations } from './impact';

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
  ...impactOperations,
} satisfies OperationTable;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;

export const operationNames = Object.keys(operations) as OperationName[];

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(operations, name);

/** The one client interface the renderer uses, whichever host it runs under. */
export type KioskApi = {
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>>;
};
