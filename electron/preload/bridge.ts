import { topics, type Topic } from '../../shared/contract/branch';
import type { KioskApi } from '../../shared/contract/operations';
import type { Result } from '../../shared/result';

/**
 * Shape of every operation name (`<area>.<verb>`). The preload checks only the shape, so it
 * bundles no zod and never drifts from the table; the main process refuses unknown names.
 * bridge.test.ts proves every name in the table passes.
 */
export const OPERATION_NAME = /^[a-z][a-zA-Z]{0,39}\.[a-z][a-zA-Z]{0,59}$/;

type Invoke = (name: string, input: unknown) => Promise<unknown>;
/** Subscribes to the main process's change messages; returns the unsubscribe. */
type Listen = (listener: (topic: unknown) => void) => () => void;

/** The one object the renderer gets: a `call` that forwards to IPC, never ipcRenderer itself. */
export function createBridge(invoke: Invoke, listen: Listen = () => () => undefined) {
  const call = ((name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (typeof name !== 'string' || !OPERATION_NAME.test(name)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-operation', message: 'Unknown operation' } });
    }
    return invoke(name, input) as Promise<Result<unknown>>;
  }) as KioskApi['call'];
  // Only a known topic name reaches the page; the listener never sees the IPC event object.
  const onChange = (listener: (topic: Topic) => void): (() => void) =>
    listen((topic) => {
      if (typeof topic === 'string' && (topics as readonly string[]).includes(topic)) listener(topic as Topic);
    });
  return Object.freeze({ host: 'electron' as const, call, onChange });
}
