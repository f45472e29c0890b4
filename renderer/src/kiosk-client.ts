// Types only from the operations table (its zod schemas stay with the backend); names and lists come from names.ts.
import { isIdempotentOperation, isOperationName, topics as everyTopic, type DeviceRole, type Topic } from '../../shared/contract/names';
import type { KioskApi, OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import type { KioskError, Result } from '../../shared/result';

export type KioskClient = KioskApi & {
  host: 'electron' | 'browser';
  /** Electron only: called with each topic the backend says changed (the IPC twin of the event stream). */
  onChange?: (listener: (topic: Topic) => void) => () => void;
};

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host and on paired devices. */
    kiosk?: KioskClient;
  }
}

const networkError: Result<never> = { ok: false, error: { code: 'network', message: 'The kiosk service did not answer' } };
const isNetworkError = (result: Result<unknown>): boolean => !result.ok && result.error.code === 'network';

/**
 * This page's launch token: on the host's own screen the page carries one; a paired device's page has
 * none (its device token is an HttpOnly cookie the page's script never sees).
 */
const launchToken = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
// One id per page load: a reload is a new client, so any staff session ends with it.
const clientId = crypto.randomUUID();
const authHeaders = (): Record<string, string> => ({ ...(launchToken ? { 'X-Kiosk-Token': launchToken } : {}), 'X-Kiosk-Client': clientId });

/** The browser's transport: POST /api/<operation>, with the launch token or (on a paired device) the device cookie. */
function createHttpClient(): KioskClient {
  const call: KioskApi['call'] = async <N extends OperationName>(name: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>> => {
    if (!isOperationName(name)) return { ok: false, error: { code: 'unknown-operation', message: 'Unknown operation' } };
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...authHeaders() },
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
/** A paired device of a branch (not the host's own screen, not the Electron kiosk window). */
export const isBranchDevice = !window.kiosk && launchToken === '';

export type Connection = 'online' | 'reconnecting';
export type DeviceRefusal = 'device-unpaired' | 'device-revoked';

const sessionEndedListeners = new Set<() => void>();
const cannotSaveListeners = new Set<() => void>();
const connectionListeners = new Set<(state: Connection) => void>();
const refusalListeners = new Set<(code: DeviceRefusal) => void>();
const topicListeners = new Set<(topics: readonly Topic[]) => void>();
let connection: Connection = 'online';
let streamLive = false;

const setConnection = (state: Connection): void => {
  if (state === connection) return;
  connection = state;
  for (const listener of connectionListeners) listener(state);
};

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

/** Called when the host stops or starts answering: screens show "Reconnecting…" and keep what was typed. */
export function onConnection(listener: (state: Connection) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}
export const currentConnection = (): Connection => connection;

/** Called when the host no longer knows this device (never paired, or revoked by an admin). */
export function onDeviceRefused(listener: (code: DeviceRefusal) => void): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/** Waits before the next try of an unanswered patron write: 0.5 s, 1 s, 2 s … at most 5 s. */
export const retryDelayMs = (attempt: number): number => Math.min(5000, 500 * 2 ** attempt);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function send<N extends OperationName>(name: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>> {
  let result = await transport.call(name, input);
  // A patron write carries its idempotency key: it is sent again until the host answers, and the
  // host answers a retry with what the first try stored, so it is never stored twice.
  for (let attempt = 0; isNetworkError(result) && isOperationName(name) && isIdempotentOperation(name); attempt++) {
    setConnection('reconnecting');
    await sleep(retryDelayMs(attempt));
    result = await transport.call(name, input);
  }
  setConnection(isNetworkError(result) ? 'reconnecting' : 'online');
  return result;
}

export const kiosk: KioskClient = {
  host: transport.host,
  call: async (name, input) => {
    const result = await send(name, input);
    if (result.ok) return result;
    const code = result.error.code;
    if (code === 'sign-in-required' || code === 'session-expired') for (const listener of sessionEndedListeners) listener();
    if (code === 'disk-full' || code === 'store-unavailable') for (const listener of cannotSaveListeners) listener();
    if (code === 'device-unpaired' || code === 'device-revoked') for (const listener of refusalListeners) listener(code);
    return result;
  },
};

/** The host's certificate fingerprint, for a new device to compare with the host's screen. */
export async function branchFingerprint(): Promise<string | null> {
  try {
    const response = await fetch('/api/branch');
    const body = (await response.json()) as Result<{ fingerprint: string | null }>;
    return body.ok ? body.value.fingerprint : null;
  } catch {
    return null;
  }
}

/** Trades the code shown on the host for this device's token; the host sets it as an HttpOnly cookie. */
export async function pairDevice(code: string): Promise<Result<{ device: { name: string; role: DeviceRole }; fingerprint: string | null }>> {
  try {
    const response = await fetch('/api/pair', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const result = (await response.json()) as Result<{ device: { name: string; role: DeviceRole }; fingerprint: string | null }>;
    if (result.ok) wakeStream();
    return result;
  } catch {
    return networkError as Result<never>;
  }
}

export const errorOf = (result: Result<unknown>): KioskError | null => (result.ok ? null : result.error);

/** Whether pushed changes are arriving now (otherwise screens fall back to polling). */
export const pushIsLive = (): boolean => streamLive;

/**
 * Calls `listener` with the topics that changed. On (re)connection every topic is announced once,
 * so a screen catches up on whatever changed while the stream was down.
 */
export function onTopics(listener: (topics: readonly Topic[]) => void): () => void {
  topicListeners.add(listener);
  startEvents();
  return () => topicListeners.delete(listener);
}

const announce = (topics: readonly Topic[]): void => {
  for (const listener of topicListeners) listener(topics);
};

let eventsStarted = false;
let wakeStream: () => void = () => undefined;
function startEvents(): void {
  if (eventsStarted) return;
  eventsStarted = true;
  if (transport.onChange) {
    // Electron: the main process forwards the backend's changes over IPC; it never drops.
    streamLive = true;
    transport.onChange((topic) => announce([topic]));
    return;
  }
  void runEventStream();
}

/** The event stream over fetch (EventSource cannot send the launch token header), reopened with back-off. */
async function runEventStream(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch('/api/events', { headers: { Accept: 'text/event-stream', ...authHeaders() }, cache: 'no-store' });
      if (response.status === 401) {
        const body = (await response.json().catch(() => null)) as Result<unknown> | null;
        const code = body && !body.ok ? body.error.code : '';
        if (code === 'device-unpaired' || code === 'device-revoked') for (const listener of refusalListeners) listener(code);
        streamLive = false;
        // Until this device is paired (again), nothing to listen to: pairing wakes the stream at once.
        await new Promise<void>((resolve) => {
          wakeStream = resolve;
          setTimeout(resolve, 30_000);
        });
        continue;
      }
      if (!response.ok || !response.body) throw new Error(`event stream: ${response.status}`);
      streamLive = true;
      attempt = -1;
      setConnection('online');
      announce(everyTopic);
      await readEvents(response.body);
    } catch {
      // The host is gone or restarting: fall through to the next try.
    }
    if (streamLive) setConnection('reconnecting');
    streamLive = false;
    await sleep(retryDelayMs(Math.max(0, attempt)));
  }
}

/** Reads `event: change` blocks until the stream ends; a silent minute counts as a dead connection. */
async function readEvents(body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = new Promise<'silent'>((resolve) => (timer = setTimeout(() => resolve('silent'), 45_000)));
    const next = await Promise.race([reader.read(), silence]);
    clearTimeout(timer);
    if (next === 'silent') {
      await reader.cancel().catch(() => undefined);
      return;
    }
    if (next.done) return;
    buffer += decoder.decode(next.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      try {
        const parsed = JSON.parse(data) as { topics?: unknown };
        const topics = Array.isArray(parsed.topics) ? parsed.topics.filter((t): t is Topic => everyTopic.includes(t as Topic)) : [];
        if (topics.length > 0) announce(topics);
      } catch {
        // A garbled event is skipped; the next one or the fallback poll catches up.
      }
    }
  }
}
