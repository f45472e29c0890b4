import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, safeStorage, screen, session, type WebContents, type WebFrameMain } from 'electron';
import { mkdirSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { photoRequest } from '../backend/grocery/item-photos';
import { exportsDirOf } from '../backend/platform/purge-files';
import { LOCAL_DEVICE, type PairedDevice } from '../backend/context';
import { KeyMissingError, loadOrCreateKey } from '../backend/store/key-file';
import { StoreKeyError, StoreLockedError } from '../backend/store/store';
import { pairingNotes, startBranchNetwork } from '../server/branch-network';
import { HostOptionError, parseHostOptions, type HostOptions } from '../server/host-options';
import { electronPrintingOptions } from './electron-print';
import { checkBranchCertificate, isBranchUrl, parseClientState, secondScreenBounds } from './branch-client';
import { CHANGE_CHANNEL, IPC_CHANNEL } from './ipc-channel';
import { contentSecurityPolicy } from '../server/security-policy';
import { APP_ORIGIN, APP_SCHEME, appUrlToRelativePath, crashReloadDelayMs, isAppUrl, isBlockedKey, isRemoteUrl, kioskWindowOptions } from './security-policy';

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
/** The lobby display on a second monitor (--second-screen): a `display` device, whatever it asks. */
let displayWindow: BrowserWindow | null = null;
const SECOND_SCREEN: PairedDevice = { id: 'second-screen', name: 'Second screen', role: 'display' };
/** In client mode (--connect): the branch host's origin; the window loads its pages. */
let branchOrigin: string | null = null;

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

/** Only the app's own top frame in the kiosk window (or the display window) may call operations. */
function trustedSender(sender: WebContents, frame: WebFrameMain | null): 'kiosk' | 'display' | null {
  if (frame === null || frame.parent !== null || !isAppUrl(frame.url)) return null;
  if (mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents) return 'kiosk';
  if (displayWindow !== null && !displayWindow.isDestroyed() && sender === displayWindow.webContents) return 'display';
  return null;
}

/** Every page the app allows: its own, and in client mode its branch host's. */
const isAllowedUrl = (url: string): boolean => isAppUrl(url) || (branchOrigin !== null && isBranchUrl(url, branchOrigin));

function createWindow(startUrl: string, preload: boolean): void {
  // A client window loads its host's pages over HTTPS with no bridge: the page talks HTTP like any paired device.
  const win = new BrowserWindow(kioskWindowOptions({ preloadPath: preload ? path.join(here, '..', 'preload', 'index.cjs') : undefined, production }));
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
  void win.loadURL(startUrl);
}

/** The numbers-only lobby display, full screen on a second monitor, if there is one. */
function openSecondScreen(): void {
  const bounds = secondScreenBounds(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  if (!bounds) {
    console.log('--second-screen: no second monitor found; the display opens when one is connected.');
    screen.once('display-added', openSecondScreen);
    return;
  }
  const win = new BrowserWindow({ ...kioskWindowOptions({ preloadPath: path.join(here, '..', 'preload', 'index.cjs'), production }), ...bounds, kiosk: true, fullscreen: true });
  displayWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    displayWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html#/display`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
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
  // A client (--connect) has no backend of its own.
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});

/** Before any window exists: no permissions, no devices, no network. */
function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The kiosk is offline by design (a client reaches its branch host only); a stray remote URL goes nowhere.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isRemoteUrl(details.url) && !(branchOrigin !== null && isBranchUrl(details.url, branchOrigin)) }));
}

/**
 * Client mode: this device has no data of its own; its window is its branch host's page, pinned to
 * the host's key (--fingerprint, or the key seen at the first connection, kept in branch.json). The
 * device token is the host's HttpOnly cookie, kept by Chromium's cookie store (encrypted by the OS
 * keychain like safeStorage) and never visible to the page's script.
 */
function startClient(options: HostOptions & { connect: string }): void {
  branchOrigin = options.connect;
  const stateFile = path.join(options.dataDir, 'branch.json');
  const kept = parseClientState(readFileOrNull(stateFile), options.connect);
  let pinned = options.fingerprint ?? kept?.fingerprint ?? null;
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    const { verdict, pinNow } = checkBranchCertificate({ hostname: request.hostname, certificatePem: request.certificate.data, origin: options.connect, pinned });
    if (pinNow) {
      pinned = pinNow;
      mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
      writeFileSync(stateFile, JSON.stringify({ origin: options.connect, fingerprint: pinNow }), { mode: 0o600 });
    }
    callback(verdict);
  });
  createWindow(`${options.connect}/`, false);
}

function readFileOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  hardenSession();
  const options = parseHostOptions(process.argv.slice(app.isPackaged ? 1 : 2), process.env, app.getPath('userData'));
  if (options.connect) {
    powerSaveBlocker.start('prevent-display-sleep');
    startClient({ ...options, connect: options.connect });
    return;
  }
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
    const sender = trustedSender(event.sender, event.senderFrame);
    if (!sender) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'Calls are accepted from the kiosk page only' } };
    }
    if (!backend) return { ok: false, error: { code: 'internal', message: 'Not ready' } };
    // The kiosk window is this computer's own screen: one device for rate limits and PIN waits.
    // The second-screen window is a display, and may do what a paired display may.
    const device = sender === 'display' ? SECOND_SCREEN : null;
    return backend.dispatch(name, input, { clientId: clientIdOf(event.sender), deviceId: device ? `device:${device.id}` : LOCAL_DEVICE, device });
  });
  // What changed reaches both windows at once (the browser's event stream, over IPC).
  backend.changes.subscribe((topic) => {
    for (const win of [mainWindow, displayWindow]) if (win && !win.isDestroyed()) win.webContents.send(CHANGE_CHANNEL, topic);
  });
  if (options.listen) {
    const branch = await startBranchNetwork({ backend, rendererDir, listen: options.listen, names: options.names, dataDir: options.dataDir });
    for (const line of pairingNotes(branch)) console.log(line);
  }
  powerSaveBlocker.start('prevent-display-sleep');
  createWindow(`${APP_ORIGIN}/index.html`, true);
  if (options.secondScreen) openSecondScreen();
}

if (primaryInstance) {
  start().catch((error: unknown) => {
    const plain = error instanceof StoreLockedError || error instanceof KeyMissingError || error instanceof StoreKeyError || error instanceof HostOptionError;
    console.error(plain ? error.message : error);
    app.exit(1);
  });
}
