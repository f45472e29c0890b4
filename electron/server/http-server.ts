import { promises as fs } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Topic } from '../../shared/contract/branch';
import { httpStatusFor } from '../../shared/errors';
import { isKioskFailure, type KioskError, type Result } from '../../shared/result';
import { LOCAL_DEVICE, type Caller, type PairedDevice } from '../backend/context';
import type { Backend } from '../backend/backend';
import { photoRequest } from '../backend/grocery/item-photos';
import { securityHeaders, tlsSecurityHeaders } from './security-policy';

/** CSV imports are the largest bodies; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;
/** The device token's cookie: HttpOnly (no script reads it), SameSite=Strict, sent to the API only. */
export const DEVICE_COOKIE = 'kiosk_device';
/** A comment line on every event stream this often, so a client notices a dead connection. */
export const HEARTBEAT_MS = 15_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export type HostBackend = Pick<Backend, 'dispatch' | 'changes' | 'devices'>;

/**
 * `local`: this computer's own screen, on loopback, for pages holding this launch's token (trusted).
 * `branch`: the branch network, for paired devices holding a device token (limited to their role).
 */
export type ListenerKind = 'local' | 'branch';

export type ServerOptions = {
  kind: ListenerKind;
  backend: HostBackend;
  rendererDir: string;
  /** Address to listen on: 127.0.0.1 for `local`; for `branch` any address (TLS required off loopback). */
  address: string;
  port: number;
  /** Local pages only: the per-launch token embedded in the page. */
  token?: string;
  /** Branch listener: key and certificate (PEM). Without them it serves plain HTTP, which host options allow on loopback only. */
  tls?: { keyPem: string; certPem: string } | null;
  /** Host names the branch listener answers to (besides the address it listens on). */
  names?: string[];
  /** The data directory: staff product photos are served from its photos/ folder (and nothing else of it). */
  dataDir?: string;
};

export type KioskServer = { kind: ListenerKind; url: string; port: number; close(): Promise<void> };

const sendJson = (res: http.ServerResponse, headers: Record<string, string>, status: number, body: Result<unknown>): void => {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * Past the limit a body is read and dropped up to DRAIN_LIMIT, so the browser reliably gets its
 * 413 (closing on unread data resets the connection and loses the answer); past that the
 * connection is closed, so a sender cannot stream forever.
 */
const DRAIN_LIMIT = 8 * MAX_BODY_BYTES;
type Body = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large'; drained: boolean };

function readBody(req: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > DRAIN_LIMIT) {
      resolve({ kind: 'too-large', drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      } else if (size > DRAIN_LIMIT) {
        req.off('data', onData);
        req.pause();
        resolve({ kind: 'too-large', drained: false });
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { kind: 'too-large', drained: true } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

/** `decodeURIComponent` that answers null for malformed escapes (`%E0%A4%A`) instead of throwing. */
const decodePath = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The device token from the request's cookies (the only place a device sends it). */
export function deviceTokenOf(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === DEVICE_COOKIE) return rest.join('=') || null;
  }
  return null;
}

export const deviceCookie = (token: string, secure: boolean): string =>
  `${DEVICE_COOKIE}=${token}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=315360000${secure ? '; Secure' : ''}`;

/** host:port forms a listener answers to: DNS rebinding brings a foreign name in the Host header. */
export function allowedHostsFor(names: readonly string[], port: number): Set<string> {
  const hosts = new Set<string>();
  for (const name of names) hosts.add(name.includes(':') && !name.startsWith('[') ? `[${name}]:${port}` : `${name}:${port}`);
  return hosts;
}

type Authenticated = { ok: true; caller: Omit<Caller, 'clientId'> } | { ok: false; status: number; error: KioskError };

/**
 * One listener of the kiosk: the built renderer, every operation as POST /api/<operation>, the event
 * stream (GET /api/events), and on the branch listener pairing (POST /api/pair, GET /api/branch).
 */
export async function startServer(options: ServerOptions): Promise<KioskServer> {
  const { backend, kind } = options;
  const secure = Boolean(options.tls);
  const headers: Record<string, string> = secure ? tlsSecurityHeaders : securityHeaders;
  const rendererDir = path.resolve(options.rendererDir);
  const indexHtml = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const placeholder = '<meta name="kiosk-token" content="" />';
  if (!indexHtml.includes(placeholder)) throw new Error('index.html lacks the kiosk-token placeholder');
  const token = kind === 'local' ? options.token : undefined;
  if (kind === 'local' && !token) throw new Error('The local listener needs a launch token');
  // Only this computer's own pages learn the launch token; the branch listener's page has none.
  const page = token ? indexHtml.replace(placeholder, `<meta name="kiosk-token" content="${token}" />`) : indexHtml;
  let allowedHosts = new Set<string>();
  const scheme = secure ? 'https' : 'http';
  /** Open event streams, by device id (`local` for this computer's pages), closed at once on revoke. */
  const streams = new Map<string, Set<http.ServerResponse>>();

  const failure = (res: http.ServerResponse, error: KioskError, status = httpStatusFor(error.code)): void => sendJson(res, headers, status, { ok: false, error });

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) failure(res, { code: 'internal', message: 'Something went wrong' });
      else res.destroy();
    });
  };
  const server = options.tls ? https.createServer({ key: options.tls.keyPem, cert: options.tls.certPem, minVersion: 'TLSv1.2' }, listener) : http.createServer(listener);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      failure(res, { code: 'forbidden', message: 'Unexpected Host header' }, 403);
      return;
    }
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      const name = decodePath(url.pathname.slice('/api/'.length)) ?? '';
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `${scheme}://${req.headers.host}`) {
        req.resume();
        failure(res, { code: 'forbidden', message: 'Cross-origin calls are refused' }, 403);
        return;
      }
      if (kind === 'branch' && name === 'branch' && req.method === 'GET') {
        sendJson(res, headers, 200, { ok: true, value: { fingerprint: backend.devices.branchAddress().fingerprint } });
        return;
      }
      if (kind === 'branch' && name === 'pair' && req.method === 'POST') {
        await handlePair(req, res);
        return;
      }
      if (name === 'events' && req.method === 'GET') {
        handleEvents(req, res);
        return;
      }
      await handleApi(req, res, name);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      failure(res, { code: 'not-found', message: 'Not found' }, 405);
      return;
    }
    if (url.pathname.startsWith('/photos/')) {
      await servePhoto(url.pathname, res);
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function servePhoto(pathname: string, res: http.ServerResponse): Promise<void> {
    const wanted = options.dataDir ? photoRequest(options.dataDir, decodePath(pathname) ?? '') : null;
    const body = wanted ? await fs.readFile(wanted.file).catch(() => null) : null;
    if (!wanted || !body) {
      failure(res, { code: 'not-found', message: 'Not found' }, 404);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': wanted.type, 'Cache-Control': 'no-cache' });
    res.end(body);
  }

  /** Who is calling: this computer's page by the launch token, or a paired device by its cookie. */
  function authenticate(req: http.IncomingMessage): Authenticated {
    if (kind === 'local') {
      const given = req.headers['x-kiosk-token'];
      if (typeof given !== 'string' || !token || !sameSecret(given, token)) return { ok: false, status: 401, error: { code: 'bad-token', message: 'Missing or wrong kiosk token' } };
      // Everything served here is this computer's own screen: one device for rate limits and PIN waits.
      return { ok: true, caller: { deviceId: LOCAL_DEVICE, device: null } };
    }
    const deviceToken = deviceTokenOf(req.headers.cookie);
    const check = deviceToken ? backend.devices.check(deviceToken) : ({ kind: 'unpaired' } as const);
    if (check.kind === 'unpaired') return { ok: false, status: 401, error: { code: 'device-unpaired', message: 'This device is not paired with the branch' } };
    if (check.kind === 'revoked') return { ok: false, status: 401, error: { code: 'device-revoked', message: 'This device was removed from the branch' } };
    return { ok: true, caller: { deviceId: `device:${check.device.id}`, device: check.device } };
  }

  const clientIdOf = (req: http.IncomingMessage, caller: Omit<Caller, 'clientId'>): string | null => {
    const header = req.headers['x-kiosk-client'];
    if (typeof header !== 'string' || !CLIENT_ID.test(header)) return null;
    // A page's header names its session only, inside its own device.
    return caller.device ? `${caller.deviceId}/${header}` : `web:${header}`;
  };

  async function readJson(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ ok: true; input: unknown } | { ok: false }> {
    const body = await readBody(req);
    if (body.kind === 'too-large') {
      if (!body.drained) res.setHeader('Connection', 'close');
      failure(res, { code: 'body-too-large', message: `Request body over ${MAX_BODY_BYTES} bytes` });
      return { ok: false };
    }
    if (body.bytes.length === 0) return { ok: true, input: {} };
    try {
      return { ok: true, input: JSON.parse(body.bytes.toString('utf8')) };
    } catch {
      failure(res, { code: 'invalid-json', message: 'The request body is not valid JSON' });
      return { ok: false };
    }
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      failure(res, { code: 'not-found', message: 'Use POST' }, 405);
      return;
    }
    const auth = authenticate(req);
    if (!auth.ok) {
      req.resume();
      failure(res, auth.error, auth.status);
      return;
    }
    const clientId = clientIdOf(req, auth.caller);
    if (!clientId) {
      req.resume();
      failure(res, { code: 'invalid-input', message: 'Missing client id' }, 400);
      return;
    }
    const body = await readJson(req, res);
    if (!body.ok) return;
    const result = await backend.dispatch(name, body.input, { clientId, ...auth.caller });
    sendJson(res, headers, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  /** A device trades the code shown on the host's screen for its token, set as an HttpOnly cookie. */
  async function handlePair(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readJson(req, res);
    if (!body.ok) return;
    const code = typeof body.input === 'object' && body.input !== null && 'code' in body.input && typeof body.input.code === 'string' ? body.input.code.trim() : '';
    try {
      const paired = await backend.devices.pair(code);
      res.setHeader('Set-Cookie', deviceCookie(paired.token, secure));
      // The host's Devices screen shows the new device at once.
      backend.changes.emit('devices');
      const device: Omit<PairedDevice, 'id'> = { name: paired.device.name, role: paired.device.role };
      sendJson(res, headers, 200, { ok: true, value: { device, fingerprint: backend.devices.branchAddress().fingerprint } });
    } catch (error) {
      if (isKioskFailure(error)) failure(res, { code: error.code, message: error.message, params: error.params });
      else throw error;
    }
  }

  /** Server-sent events: which topics changed, nothing more; screens fetch what they show again. */
  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    const auth = authenticate(req);
    if (!auth.ok) {
      failure(res, auth.error, auth.status);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.write('retry: 2000\n: connected\n\n');
    req.socket.setNoDelay(true);
    const key = auth.caller.device?.id ?? LOCAL_DEVICE;
    const own = streams.get(key) ?? new Set<http.ServerResponse>();
    streams.set(key, own.add(res));
    // Changes in one turn of the event loop (an order and its receipt job) go out as one event.
    let pending = new Set<Topic>();
    const flush = (): void => {
      const batch = [...pending];
      pending = new Set();
      if (batch.length > 0 && !res.writableEnded) res.write(`event: change\ndata: ${JSON.stringify({ topics: batch })}\n\n`);
    };
    const unsubscribe = backend.changes.subscribe((topic) => {
      if (pending.size === 0) setImmediate(flush);
      pending.add(topic);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const done = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      own.delete(res);
    };
    res.on('close', done);
    // A stream outlives the request timeout.
    req.socket.setTimeout(0);
  }

  backend.devices.onRevoked((deviceId) => {
    for (const res of streams.get(deviceId) ?? []) {
      res.end();
      res.socket?.destroy();
    }
    streams.delete(deviceId);
  });

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const decoded = decodePath(pathname);
    const relative = decoded === null ? '' : path.normalize(decoded).replace(/^([/\\])+/, '');
    const file = path.join(rendererDir, relative);
    // Only files inside the built renderer; `..`, NUL and absolute tricks fall back to the app page.
    const inside = decoded !== null && !relative.includes('\0') && file.startsWith(rendererDir + path.sep);
    const stat = inside ? await fs.stat(file).catch(() => null) : null;
    if (!stat?.isFile() || relative === 'index.html') {
      res.writeHead(200, { ...headers, 'Content-Type': MIME['.html'], 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await fs.readFile(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const loopback = ['127.0.0.1', 'localhost', '::1'];
  const names = kind === 'local' ? ['127.0.0.1', 'localhost'] : [...new Set([options.address, ...(options.names ?? []), ...(loopback.includes(options.address) ? loopback : [])])];
  allowedHosts = allowedHostsFor(names, port);
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const shown = options.address.includes(':') ? `[${options.address}]` : options.address;
  return {
    kind,
    url: `${scheme}://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const set of streams.values()) for (const res of set) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
