import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName, type KioskApi } from '../../shared/contract/operations';
import type { Result } from '../../shared/result';
import { IPC_CHANNEL } from '../main/ipc-channel';

// The renderer gets this one object, never ipcRenderer itself. Unknown names stop here.
const call: KioskApi['call'] = (name, input) => {
  if (!isOperationName(name)) {
    return Promise.resolve({ ok: false, error: { code: 'unknown-operation', message: 'Unknown operation' } } as Result<never>);
  }
  return ipcRenderer.invoke(IPC_CHANNEL, name, input);
};

const bridge = { host: 'electron' as const, call };
export type KioskBridge = typeof bridge;

contextBridge.exposeInMainWorld('kiosk', bridge);
