import { contextBridge, ipcRenderer } from 'electron';
import { CHANGE_CHANNEL, IPC_CHANNEL } from '../main/ipc-channel';
import { createBridge } from './bridge';

// The renderer gets `window.kiosk` with one function; ipcRenderer itself never crosses over.
const bridge = createBridge(
  (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  (listener) => {
    const handler = (_event: unknown, topic: unknown) => listener(topic);
    ipcRenderer.on(CHANGE_CHANNEL, handler);
    return () => ipcRenderer.off(CHANGE_CHANNEL, handler);
  },
);
export type KioskBridge = typeof bridge;

contextBridge.exposeInMainWorld('kiosk', bridge);
