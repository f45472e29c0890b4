import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { tempDirs } from '../backend/store/test-support';
import { MAX_BODY_BYTES } from '../server/http-server';
import { startBrowserHost, type BrowserHost } from './browser-host';

const dirs = tempDirs();
let backend: Backend;
let host: BrowserHost;
let rendererDir: string;
const TOKEN = 'test-token-0123456789abcdef';
const CLIENT = 'client-0123456789';
const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
const PHOTO = 'RIFF....WEBPVP8 photo-bytes';

beforeAll(async () => {
  const root = await dirs.make('kiosk-host-');
  rendererDir = path.join(root, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><meta name="kiosk-token" content="" /></head><body>APP</body></html>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  // Files a traversal would try to reach: next to the renderer and in the data directory.
  await fs.writeFile(path.join(root, 'secret.txt'), SECRET);
  await fs.writeFile(path.join(root, 'renderer-evil.txt'), SECRET);
  backend = await openBackend({ dataDir: path.join(root, 'data'), secretCodec: aesGcmCodec(randomBytes(32)), demo: true });
  host = await startBrowserHost({ backend, rendererDir, port: 0, token: TOKEN, dataDir: path.join(root, 'data') });
  await fs.mkdir(path.join(root, 'data', 'photos'), { recursive: true });
  await fs.writeFile(path.join(root, 'data', 'photos', 'bananas-0123456789ab.webp'), PHOTO);
  await fs.writeFile(path.join(root, 'data', 'secret.webp'), SECRET);
});
afterAll(async () => {
  await host?.close();
  await backend?.close();
  await dirs.cleanup();
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Raw HTTP, so paths reach the server exactly as written (fetch would normalise `..`). */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; hostHeader?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: options.hostHeader ?? `127.0.0.1:${host.port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (op: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${op}`,
    headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': CLIENT, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const errorCode = (reply: Reply): string => (JSON.parse(reply.body) as { error: { code: string } }).error.code;

describe('browser host API', () => {
  it('answers a valid call with the dispatcher result', async () => {
    const reply = await api('kiosk.bootstrap', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { setupRequired: false, demo: true } });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
  });

  it('requires this launch token', async () => {
    const missing = await api('kiosk.bootstrap', {}, { 'X-Kiosk-Token': '' });
    expect([missing.status, errorCode(missing)]).toEqual([401, 'bad-token']);
    const wrong = await api('kiosk.bootstrap', {}, { 'X-Kiosk-Token': TOKEN.replace(/.$/, 'X') });
    expect(wrong.status).toBe(401);
    const longer = await api('kiosk.bootstrap', {}, { 'X-Kiosk-Token': `${TOKEN}x` });
    expect(longer.status).toBe(401);
  });

  it('requires a well-formed client id', async () => {
    for (const client of ['', 'short', 'has spaces in it', 'x'.repeat(65), '../../etc/passwd']) {
      expect((await api('kiosk.bootstrap', {}, { 'X-Kiosk-Client': client })).status, client).toBe(400);
    }
  });

  it('refuses foreign Host headers (DNS rebinding) with 403, on the API and on pages', async () => {
    const port = host.port;
    for (const hostHeader of ['evil.com', `evil.com:${port}`, `127.0.0.1.evil.com:${port}`, `localhost.evil.com:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `[::1]:${port}`, `0.0.0.0:${port}`]) {
      const apiReply = await request({ method: 'POST', path: '/api/kiosk.bootstrap', hostHeader, headers: { 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': CLIENT }, body: '{}' });
      expect(apiReply.status, hostHeader).toBe(403);
      const page = await request({ path: '/', hostHeader });
      expect(page.status, hostHeader).toBe(403);
      expect(page.body).not.toContain(TOKEN);
    }
    expect((await request({ path: '/', hostHeader: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses cross-origin calls even with the token', async () => {
    const port = host.port;
    for (const origin of ['http://evil.com', 'null', `https://127.0.0.1:${port}`, `http://127.0.0.1:${port}.evil.com`, `http://localhost:${port + 1}`]) {
      const reply = await api('kiosk.bootstrap', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect((await api('kiosk.bootstrap', {}, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('answers malformed JSON with 400 invalid-json and wrong types with 400 invalid-input', async () => {
    const bad = await api('staff.signIn', '{"pin": ');
    expect([bad.status, errorCode(bad)]).toEqual([400, 'invalid-json']);
    const types = await api('staff.signIn', { staffId: 'someone', pin: 111111 });
    expect([types.status, errorCode(types)]).toEqual([400, 'invalid-input']);
    expect(JSON.parse(types.body).error.fields).toEqual([{ path: 'pin', code: 'invalid_type' }]);
    const notObject = await api('staff.signIn', '[1,2,3]');
    expect([notObject.status, errorCode(notObject)]).toEqual([400, 'invalid-input']);
    // An empty body means `{}`.
    expect((await request({ method: 'POST', path: '/api/kiosk.bootstrap', headers: { 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': CLIENT } })).status).toBe(200);
  });

  it('answers 404 for unknown operations and 405 for other methods', async () => {
    for (const op of ['nope.nothing', '__proto__', 'constructor', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd']) {
      const reply = await api(op, {});
      expect(reply.status, op).toBe(404);
      expect(errorCode(reply)).toBe('unknown-operation');
    }
    expect((await request({ path: '/api/kiosk.bootstrap' })).status).toBe(405);
    expect((await request({ method: 'PUT', path: '/index.html', body: 'x' })).status).toBe(405);
  });

  it('refuses a huge body with 413 and keeps serving', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const declared = await api('kiosk.bootstrap', huge);
    expect([declared.status, errorCode(declared)]).toEqual([413, 'body-too-large']);
    // Without a declared length (chunked) and far too long: answered or cut off, never read to the end.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/kiosk.bootstrap',
          headers: { Host: `127.0.0.1:${host.port}`, 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': CLIENT, 'Transfer-Encoding': 'chunked' },
          agent: false,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const piece = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < MAX_BODY_BYTES * 20) {
          sent += piece.length;
          if (!req.write(piece)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    }).catch(() => 413);
    expect(chunked).toBe(413);
    expect((await api('kiosk.bootstrap', {})).status).toBe(200);
  });

  it('sends the security headers on pages and API answers', async () => {
    for (const reply of [await request({ path: '/' }), await request({ path: '/assets/app.js' }), await api('kiosk.bootstrap', {})]) {
      expect(reply.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });
});

describe('browser host static files', () => {
  it('serves the app page with this launch token, and assets with their type', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="kiosk-token" content="${TOKEN}" />`);
    const asset = await request({ path: '/assets/app.js' });
    expect(asset.body).toBe('console.log("app")');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Client-side routes fall back to the app page.
    expect((await request({ path: '/staff/settings' })).body).toContain('APP');
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fsecret.txt',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '//etc/passwd',
      `/${encodeURIComponent('/etc/passwd')}`,
      '/%2fetc%2fpasswd',
      '/..%00/secret.txt',
      '/secret.txt%00.js',
      '/%c0%ae%c0%ae/secret.txt',
      '/%E0%A4%A',
      '/../renderer-evil.txt',
      '/..%2frenderer-evil.txt',
      '/.%2e/data/staff.json',
      '/%2e%2e/data/staff.json',
    ];
    for (const attempt of attempts) {
      const reply = await request({ path: attempt });
      expect(reply.status, attempt).toBeLessThan(500);
      expect(reply.body, attempt).not.toContain(SECRET);
      expect(reply.body, attempt).not.toContain('root:');
      expect(reply.body, attempt).not.toContain('pinHash');
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const refused = (address: string, family: 4 | 6) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port, family });
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!);
    for (const address of external) expect(await refused(address.address, address.family === 'IPv6' ? 6 : 4), address.address).toBe(true);
    expect(await refused('::1', 6)).toBe(true);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });
});

describe('browser host photos', () => {
  it('serves a stored product photo as an image', async () => {
    const reply = await request({ path: '/photos/bananas-0123456789ab.webp' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/webp');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body).toBe(PHOTO);
  });

  it('serves nothing else of the data directory', async () => {
    for (const p of ['/photos/../secret.webp', '/photos/..%2fsecret.webp', '/photos/%2e%2e/secret.webp', '/photos/..%5csecret.webp', '/photos/secret.key', '/photos/missing-0123456789ab.webp', '/photos/%00.webp']) {
      const reply = await request({ path: p });
      expect(reply.body, p).not.toContain(SECRET);
      // Paths the URL parser folds out of /photos/ (`..`, `%2e%2e`) get the app page; the rest a 404.
      if (!/(^|\/)(\.\.|%2e%2e)\//.test(p)) expect(reply.status, p).toBe(404);
    }
  });
});
