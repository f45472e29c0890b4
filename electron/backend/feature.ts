import type { OperationTable } from '../../shared/contract/define';
import type { HandlerMap } from './context';

/** What each feature area (printing, grocery, hive, nurse) gives the backend. */
export type FeatureModule<T extends OperationTable> = {
  handlers: HandlerMap<T>;
  /** Deletes personal data older than its retention period. Runs at start and daily. */
  purge?: (now: Date) => Promise<void>;
  /** Fills an empty data directory with demo content; returns lines for the console. */
  seedDemo?: () => Promise<string[]>;
  close?: () => Promise<void>;
};
