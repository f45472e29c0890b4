import { describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/contract/operations';
import { IPC_CHANNEL } from '../main/ipc-channel';
import { createBridge, OPERATION_NAME } from './bridge';

const exposed = vi.hoisted(() => ({ api: null as unknown, key: '' }));
const invoke = vi.hoisted(() => vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from-main' })));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed.key = key;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke, on: vi.fn(), off: vi.fn() },
}));

describe('preload bridge', () => {
  it('lets every operation in the table through its name check', () => {
    for (const name of operationNames) expect(OPERATION_NAME.test(name), name).toBe(true);
  });

  it('stops malformed names before IPC', async () => {
    const forward = vi.fn(async () => ({ ok: true }));
    const bridge = createBridge(forward);
    for (const name of ['', 'nodot', '__proto__', 'a.b.c', '../x.y', 'staff.signIn ', 'x'.repeat(200) + '.y', 42, null]) {
      expect(await bridge.call(name as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    }
    expect(forward).not.toHaveBeenCalled();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('passes known change topics to the page, and nothing else', () => {
    let send: (topic: unknown) => void = () => undefined;
    const bridge = createBridge(async () => ({ ok: true }), (listener) => {
      send = listener;
      return () => undefined;
    });
    const seen: string[] = [];
    bridge.onChange((topic) => seen.push(topic));
    for (const topic of ['orders', 'queue', 'nonsense', 42, { topic: 'orders' }, null]) send(topic);
    expect(seen).toEqual(['orders', 'queue']);
  });

  it('exposes only `host`, `call` and `onChange` as window.kiosk, forwarding on the one channel', async () => {
    await import('./index');
    expect(exposed.key).toBe('kiosk');
    const api = exposed.api as ReturnType<typeof createBridge>;
    expect(Object.keys(api).sort()).toEqual(['call', 'host', 'onChange']);
    expect(api.host).toBe('electron');
    expect(await api.call('staff.signIn', { staffId: 'someone', pin: '123456' })).toEqual({ ok: true, value: 'from-main' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'staff.signIn', { staffId: 'someone', pin: '123456' });
  });
});
