import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, safeStorage, session, type WebContents, type WebFrameMain } from 'electron';
import { mkdirSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { photoRequest } from '../backend/grocery/item-photos';
import { exportsDirOf } from '../backend/platform/purge-files';
import { LOCAL_DEVICE } from '../backend/context';
import { KeyMissingError, loadOrCreateKey } from '../backend/store/key-file';
import { StoreKeyError, StoreLockedError } from '../backend/store/store';
import { parseHostOptions } from '../hosts/host-options';
import { electronPrintingOptions } from './electron-print';
import { IPC_CHANNEL } from './ipc-channel';
import { APP_ORIGIN, APP_SCHEME, appUrlToRelativePath, contentSecurityPolicy, crashReloadDelayMs, isAppUrl, isBlockedKey, isRemoteUrl, kioskWindowOptions } from './security-policy';

// The thin Electron shell: window and hardening, custom protocol, IPC, safeStorage.
// Everything else is the plain-Node backend shared with the browser host.

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const production = app.isPackaged || process.env.NODE_ENV === 'production';

// Every renderer sandboxed, whatever a later window's options say (must run before ready).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) {
  app.quit();
}

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.wasm': 'application/wasm' };

function serveApp(dataDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    // Staff product photos come from the data directory's photos/ folder; nothing else of it is reachable.
    const photo = isAppUrl(request.url) ? photoRequest(dataDir, new URL(request.url).pathname) : null;
    if (photo) {
      const bytes = request.method === 'GET' ? await fs.readFile(photo.file).catch(() => null) : null;
      if (!bytes) return new Response('Not found', { status: 404 });
      return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': photo.type, 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' } });
    }
    const rel = appUrlToRelativePath(request.url);
    const file = rel ? path.join(rendererDir, rel) : null;
    const body = file ? await fs.readFile(file).catch(() => null) : null;
    if (request.method !== 'GET' || !file || !body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

const clientIdOf = (contents: WebContents): string => `wc:${contents.id}`;

/** Only the app's own top frame in the kiosk window may call operations. */
function isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents && frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function createWindow(): void {
  const win = new BrowserWindow(kioskWindowOptions({ preloadPath: path.join(here, '..', 'preload', 'index.cjs'), production }));
  mainWindow = win;
  win.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  win.webContents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input, production)) event.preventDefault();
  });
  if (production) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  let crashes = 0;
  win.webContents.on('render-process-gone', () => {
    const delay = crashReloadDelayMs(crashes++);
    setTimeout(() => {
      if (!win.isDestroyed()) win.webContents.reload();
    }, delay);
  });
  win.webContents.on('did-finish-load', () => {
    crashes = 0;
  });
  // A new document is a new client, as a reload is in the browser host: no staff session survives it.
  win.webContents.on('did-navigate', () => backend?.platform.staff.signOut(clientIdOf(win.webContents)));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.on('window-all-closed', () => {
  void backend?.close().finally(() => app.quit());
});

/** Before any window exists: no permissions, no devices, no network. */
function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The kiosk is offline by design; a stray remote URL (injected markup, a bad link) goes nowhere.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isRemoteUrl(details.url) }));
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  hardenSession();
  const options = parseHostOptions(process.argv.slice(app.isPackaged ? 1 : 2), process.env, app.getPath('userData'));
  // On Linux without a keyring, safeStorage falls back to a fixed password: the key is then as good as plain.
  const keyProtected = safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  const protector = safeStorage.isEncryptionAvailable()
    ? { protect: (key: Buffer) => safeStorage.encryptString(key.toString('hex')), unprotect: (stored: Buffer) => Buffer.from(safeStorage.decryptString(stored), 'hex') }
    : undefined;
  const key = await loadOrCreateKey(options.keyFile ?? path.join(options.dataDir, 'secret.key'), { dataDir: options.dataDir, protector });
  backend = await openBackend({
    dataDir: options.dataDir,
    secretCodec: aesGcmCodec(key),
    demo: options.demo,
    printing: electronPrintingOptions(),
    log: (m, e) => console.error(m, e),
    // Nothing more is written after the loss; the window must not go on taking orders.
    onLockLost: (message) => {
      console.error(message);
      app.exit(1);
    },
  });
  for (const line of backend.startupNotes) console.log(line);
  if (!keyProtected) backend.platform.alerts.raise('warning', 'key-unprotected', {});

  // CSV exports save straight into an owner-only folder of the data directory: no Save dialog
  // (a way to browse the machine from the kiosk), no personal data left in Downloads.
  // The backend's purge deletes them after a week.
  const exportsDir = exportsDirOf(options.dataDir);
  session.defaultSession.on('will-download', (_event, item) => {
    mkdirSync(exportsDir, { recursive: true, mode: 0o700 });
    item.setSavePath(path.join(exportsDir, path.basename(item.getFilename()) || 'export.csv'));
  });

  serveApp(options.dataDir);
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.sender, event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'Calls are accepted from the kiosk page only' } };
    }
    if (!backend) return { ok: false, error: { code: 'internal', message: 'Not ready' } };
    // The kiosk window is this computer's own screen: one device for rate limits and PIN waits.
    return backend.dispatch(name, input, { clientId: clientIdOf(event.sender), deviceId: LOCAL_DEVICE });
  });
  powerSaveBlocker.start('prevent-display-sleep');
  createWindow();
}

if (primaryInstance) {
  start().catch((error: unknown) => {
    const plain = error instanceof StoreLockedError || error instanceof KeyMissingError || error instanceof StoreKeyError;
    console.error(plain ? error.message : error);
    app.exit(1);
  });
}
