import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../main/ipc-channel';
import { createBridge } from './bridge';

// The renderer gets `window.kiosk` with one function; ipcRenderer itself never crosses over.
const bridge = createBridge((name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input));
export type KioskBridge = typeof bridge;

contextBridge.exposeInMainWorld('kiosk', bridge);
