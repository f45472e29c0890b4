// Types only from the operations table (its zod schemas stay with the backend); the names come from names.ts.
import { isOperationName } from '../../shared/contract/names';
import type { KioskApi, OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import type { Result } from '../../shared/result';

export type KioskClient = KioskApi & { host: 'electron' | 'browser' };

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    kiosk?: KioskClient;
  }
}

const networkError: Result<never> = { ok: false, error: { code: 'network', message: 'The kiosk service did not answer' } };

/** The browser host's transport: POST /api/<operation> with this launch's token. */
function createHttpClient(): KioskClient {
  const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
  // One id per page load: a reload is a new client, so any staff session ends with it.
  const clientId = crypto.randomUUID();
  const call: KioskApi['call'] = async <N extends OperationName>(name: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>> => {
    if (!isOperationName(name)) return { ok: false, error: { code: 'unknown-operation', message: 'Unknown operation' } };
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': clientId },
        body: JSON.stringify(input ?? {}),
      });
      // The host validated the output against the contract before sending it.
      const body: unknown = await response.json();
      return body as Result<OperationOutput<N>>;
    } catch {
      return networkError;
    }
  };
  return { host: 'browser', call };
}

const transport: KioskClient = window.kiosk ?? createHttpClient();
const sessionEndedListeners = new Set<() => void>();
const cannotSaveListeners = new Set<() => void>();

/** Called when the backend says the staff session is gone (expired, or the role was changed). */
export function onStaffSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** Called when the backend refused a write because it cannot save (disk full, data directory lost). */
export function onCannotSave(listener: () => void): () => void {
  cannotSaveListeners.add(listener);
  return () => cannotSaveListeners.delete(listener);
}

export const kiosk: KioskClient = {
  host: transport.host,
  call: async (name, input) => {
    const result = await transport.call(name, input);
    if (!result.ok && (result.error.code === 'sign-in-required' || result.error.code === 'session-expired')) {
      for (const listener of sessionEndedListeners) listener();
    }
    if (!result.ok && (result.error.code === 'disk-full' || result.error.code === 'store-unavailable')) {
      for (const listener of cannotSaveListeners) listener();
    }
    return result;
  },
};
