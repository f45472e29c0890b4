import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appUrlToRelativePath, contentSecurityPolicy, crashReloadDelayMs, isAppUrl, isBlockedKey, isRemoteUrl, kioskWindowOptions } from './security-policy';

describe('kioskWindowOptions', () => {
  it('isolates and sandboxes the renderer, with no Node, no webview and no devtools in production', () => {
    const options = kioskWindowOptions({ preloadPath: '/app/out/preload/index.cjs', production: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
  });

  it('keeps devtools and a normal window for development only', () => {
    const options = kioskWindowOptions({ preloadPath: 'p', production: false });
    expect(options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(options.kiosk).toBe(false);
  });
});

describe('isAppUrl', () => {
  it.each([`${APP_ORIGIN}/index.html`, 'kiosk://app/', 'kiosk://app', 'kiosk://app/assets/x.js?v=1#top', 'kiosk://app/../x'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'kiosk://app.evil',
    'kiosk://app.evil/index.html',
    'kiosk://evil/',
    'kiosk://evil/app',
    'kiosk://app@evil/',
    'kiosk://app:80/',
    'kiosk:app/index.html',
    'https://app',
    'http://app/index.html',
    'file:///app/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('appUrlToRelativePath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(appUrlToRelativePath('kiosk://app/')).toBe('index.html');
    expect(appUrlToRelativePath('kiosk://app')).toBe('index.html');
    expect(appUrlToRelativePath('kiosk://app/assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(appUrlToRelativePath('kiosk://app/assets/x.css?v=2#f')).toBe('assets/x.css');
    expect(appUrlToRelativePath('kiosk://app/fonts/Atkinson%20Hyperlegible.woff2')).toBe('fonts/Atkinson Hyperlegible.woff2');
    // The URL parser resolves plain dot segments before we see them: they cannot climb above the root.
    expect(appUrlToRelativePath('kiosk://app/../../etc/passwd')).toBe('etc/passwd');
    expect(appUrlToRelativePath('kiosk://app/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
  });

  it.each([
    'kiosk://app/..%2f..%2fetc%2fpasswd',
    'kiosk://app/assets/..%2f..%2f..%2fsecret',
    'kiosk://app/%2e%2e%2fsecret',
    'kiosk://app/..%5c..%5cwindows%5cwin.ini',
    'kiosk://app/assets%5c..%5c..%5csecret',
    'kiosk://app/C:/Windows/win.ini',
    'kiosk://app/C%3A%5CWindows%5Cwin.ini',
    'kiosk://app/index.html%00.png',
    'kiosk://app/%E0%A4%A',
    'kiosk://app/.%2f..%2fsecret',
    'kiosk://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
  });
});

describe('isBlockedKey', () => {
  const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
    type: 'keyDown' as const,
    key: k,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...mods,
  });
  it.each([
    key('F5'),
    key('F11'),
    key('F12'),
    key('F4', { alt: true }),
    key('r', { control: true }),
    key('R', { control: true, shift: true }),
    key('w', { control: true }),
    key('q', { meta: true }),
    key('p', { control: true }),
    key('n', { control: true }),
    key('+', { control: true }),
    key('-', { control: true }),
    key('0', { control: true }),
    key('I', { control: true, shift: true }),
    key('j', { meta: true, shift: true }),
  ])('blocks $key (ctrl $control, meta $meta, alt $alt, shift $shift) in production', (input) => {
    expect(isBlockedKey(input, true)).toBe(true);
    expect(isBlockedKey(input, false)).toBe(false);
  });
  it.each([key('a'), key('Enter'), key('Backspace'), key('Tab'), key('Tab', { shift: true }), key('r'), key('5'), key('ArrowLeft'), key('c', { control: true }), key('v', { control: true })])(
    'lets $key through',
    (input) => {
      expect(isBlockedKey(input, true)).toBe(false);
    },
  );
  it('looks at key-down only', () => {
    expect(isBlockedKey({ ...key('F5'), type: 'keyUp' }, true)).toBe(false);
  });
});

describe('crashReloadDelayMs', () => {
  it('backs off from 1 s, doubling, capped at a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map(crashReloadDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    expect(crashReloadDelayMs(-3)).toBe(1000);
  });
});

describe('contentSecurityPolicy', () => {
  it("starts from default-src 'none' and allows nothing remote or inline", () => {
    expect(contentSecurityPolicy.startsWith("default-src 'none'")).toBe(true);
    const directives = new Map(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    // WebAssembly compiles (the offline read-aloud voice); JavaScript eval stays forbidden.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(contentSecurityPolicy.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('isRemoteUrl', () => {
  it('names the network schemes the kiosk cancels, and leaves its own alone', () => {
    for (const url of ['http://example.org/', 'https://127.0.0.1:5780/', 'ws://x/', 'wss://x/', 'ftp://x/']) expect(isRemoteUrl(url), url).toBe(true);
    for (const url of ['kiosk://app/index.html', 'data:image/png;base64,AA', 'blob:kiosk://app/123', 'devtools://devtools/x', 'nonsense']) expect(isRemoteUrl(url), url).toBe(false);
  });
});
