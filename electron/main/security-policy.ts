import type { BrowserWindowConstructorOptions, Input } from 'electron';

// Pure pieces of the Electron hardening, kept apart from `electron` itself so plain Node tests them.

export const APP_SCHEME = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Starts from nothing and allows only the app's own files; no inline script, no remote anything. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' lets the offline read-aloud voice (eSpeak NG, WebAssembly shipped in the app) compile; it
  // allows no eval of JavaScript and no script from anywhere else.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function kioskWindowOptions(options: { preloadPath: string; production: boolean }): BrowserWindowConstructorOptions {
  return {
    kiosk: options.production,
    fullscreen: options.production,
    autoHideMenuBar: true,
    backgroundColor: '#10243e',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !options.production,
      safeDialogs: true,
    },
  };
}

/** True only for the app's own pages: kiosk://app/... */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** Keys a patron could use to leave or break the kiosk: reload, devtools, zoom, close, print dialog. */
export function isBlockedKey(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>, production: boolean): boolean {
  if (!production || input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || key === 'f11' || key === 'f12') return true;
  if (input.alt && key === 'f4') return true;
  if (mod && ['r', 'w', 'q', 'p', 'n', 't', 'o', 's', '+', '-', '=', '0'].includes(key)) return true;
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  return false;
}

/** Back-off for reloading a crashed renderer: 1 s, 2 s, 4 s … capped at a minute. */
export const crashReloadDelayMs = (attempt: number): number => Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));

/** Maps kiosk://app/<path> to a file inside the renderer folder, or null if it escapes it. */
export function appUrlToRelativePath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null; // malformed escape such as %E0%A4%A
  }
  const parts = pathname.split('/').filter((p) => p.length > 0);
  // `..` after decoding (%2e%2e, ..%2f), Windows separators and drive letters (C:), NUL.
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0') || p.includes(':'))) return null;
  return parts.length === 0 ? 'index.html' : parts.join('/');
}

/** Network schemes the kiosk never needs: every request to them is cancelled (the CSP is the first wall). */
export function isRemoteUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
