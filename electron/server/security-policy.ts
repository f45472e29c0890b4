// What every page the kiosk serves carries, whichever host serves it (Electron's kiosk:// protocol,
// the browser host on loopback, or the branch listener over TLS).

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

/** Headers on every HTTP answer (pages, files, API results and the event stream). */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** Over TLS the browser is also told to stay on HTTPS for this host. */
export const tlsSecurityHeaders = { ...securityHeaders, 'Strict-Transport-Security': 'max-age=31536000' } as const;
