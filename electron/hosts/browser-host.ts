import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { httpStatusFor } from '../../shared/errors';
import type { KioskError, Result } from '../../shared/result';
import { LOCAL_DEVICE } from '../backend/context';
import type { Dispatch } from '../backend/dispatch';
import { photoRequest } from '../backend/grocery/item-photos';
import { contentSecurityPolicy } from '../main/security-policy';

/** CSV imports are the largest bodies; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;

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

export type BrowserHost = { url: string; port: number; token: string; close(): Promise<void> };

export type BrowserHostOptions = {
  dispatch: Dispatch;
  rendererDir: string;
  port: number;
  /** Tests pass a fixed token; normally a new one per launch. */
  token?: string;
  /** The data directory: staff product photos are served from its photos/ folder (and nothing else of it). */
  dataDir?: string;
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

const failure = (res: http.ServerResponse, error: KioskError, status = httpStatusFor(error.code)): void => sendJson(res, status, { ok: false, error });

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

/**
 * The second host of the backend: the built renderer and every operation as
 * POST /api/<operation>, on 127.0.0.1 only, for one page holding this launch's token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  const indexHtml = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  // The page learns the token from its own HTML; other origins cannot read this response.
  const page = indexHtml.replace('<meta name="kiosk-token" content="" />', `<meta name="kiosk-token" content="${token}" />`);
  if (page === indexHtml) throw new Error('index.html lacks the kiosk-token placeholder');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) failure(res, { code: 'internal', message: 'Something went wrong' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 still carries its own Host header.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      failure(res, { code: 'forbidden', message: 'Unexpected Host header' }, 403);
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, decodePath(url.pathname.slice('/api/'.length)) ?? '');
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
    res.writeHead(200, { ...securityHeaders, 'Content-Type': wanted.type, 'Cache-Control': 'no-cache' });
    res.end(body);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      failure(res, { code: 'not-found', message: 'Use POST' }, 405);
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      failure(res, { code: 'forbidden', message: 'Cross-origin calls are refused' }, 403);
      return;
    }
    const given = req.headers['x-kiosk-token'];
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      req.resume();
      failure(res, { code: 'bad-token', message: 'Missing or wrong kiosk token' }, 401);
      return;
    }
    const clientHeader = req.headers['x-kiosk-client'];
    if (typeof clientHeader !== 'string' || !CLIENT_ID.test(clientHeader)) {
      req.resume();
      failure(res, { code: 'invalid-input', message: 'Missing client id' }, 400);
      return;
    }
    const body = await readBody(req);
    if (body.kind === 'too-large') {
      if (!body.drained) res.setHeader('Connection', 'close');
      failure(res, { code: 'body-too-large', message: `Request body over ${MAX_BODY_BYTES} bytes` });
      return;
    }
    let input: unknown = {};
    if (body.bytes.length > 0) {
      try {
        input = JSON.parse(body.bytes.toString('utf8'));
      } catch {
        failure(res, { code: 'invalid-json', message: 'The request body is not valid JSON' });
        return;
      }
    }
    // The page's header names its session only. Everything served here is this computer's own
    // screen (loopback): one device, whatever page or header asks, for rate limits and PIN waits.
    const result = await options.dispatch(name, input, { clientId: `web:${clientHeader}`, deviceId: LOCAL_DEVICE });
    sendJson(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const decoded = decodePath(pathname);
    const relative = decoded === null ? '' : path.normalize(decoded).replace(/^([/\\])+/, '');
    const file = path.join(rendererDir, relative);
    // Only files inside the built renderer; `..`, NUL and absolute tricks fall back to the app page.
    const inside = decoded !== null && !relative.includes('\0') && file.startsWith(rendererDir + path.sep);
    const stat = inside ? await fs.stat(file).catch(() => null) : null;
    if (!stat?.isFile() || relative === 'index.html') {
      res.writeHead(200, { ...securityHeaders, 'Content-Type': MIME['.html'], 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await fs.readFile(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
