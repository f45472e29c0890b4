import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceRole } from '../../shared/contract/branch';
import { openBackend, type Backend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { tempDirs } from '../backend/store/test-support';
import { hostNamesFor, pairingNotes, startBranchNetwork } from './branch-network';
import { DEVICE_COOKIE, startServer, type KioskServer } from './http-server';
import { openEvents, pinnedAgent, request, type Reply } from './pinned-client';

const dirs = tempDirs();
let backend: Backend;
let local: KioskServer;
let branch: Awaited<ReturnType<typeof startBranchNetwork>>;
const TOKEN = 'test-token-0123456789abcdef';
let pin: string;
let dataDir: string;

beforeAll(async () => {
  const root = await dirs.make('kiosk-branch-');
  const rendererDir = path.join(root, 'renderer');
  await fs.mkdir(rendererDir, { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><meta name="kiosk-token" content="" /></head><body>APP</body></html>');
  dataDir = path.join(root, 'data');
  backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(randomBytes(32)), demo: true });
  local = await startServer({ kind: 'local', backend, rendererDir, address: '127.0.0.1', port: 0, token: TOKEN });
  branch = await startBranchNetwork({ backend, rendererDir, listen: { address: '127.0.0.1', port: 0, tls: true }, names: ['branch-host.test'] });
  pin = (branch.fingerprint ?? '').replace(/ /g, '');
});
afterAll(async () => {
  await branch?.close();
  await local?.close();
  await backend?.close();
  await dirs.cleanup();
});

const agent = () => pinnedAgent(pin);
const base = () => `https://127.0.0.1:${branch.port}`;
const body = (reply: Reply) => JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; params?: Record<string, unknown> } };

/** The admin on the host's own screen, through the loopback listener with the launch token. */
async function localCall(op: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${local.url}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': 'admin-at-host' }, body: JSON.stringify(input) });
  const result = (await response.json()) as { ok: boolean; value: Record<string, unknown>; error?: { code: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error?.code}`);
  return result.value;
}

let adminSignedIn = false;
async function startPairing(name: string, role: DeviceRole): Promise<string> {
  if (!adminSignedIn) {
    const names = (await localCall('staff.names', {})) as unknown as { id: string; name: string }[];
    await localCall('staff.signIn', { staffId: names.find((n) => n.name === 'Avery')?.id, pin: '111111' });
    adminSignedIn = true;
  }
  const started = (await localCall('devices.startPairing', { name, role })) as { pairing: { code: string } };
  return started.pairing.code;
}

const pair = (code: string) =>
  request(`${base()}/api/pair`, { agent: agent(), method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });

async function pairedDevice(name: string, role: DeviceRole): Promise<{ cookie: string; call: (op: string, input: unknown) => Promise<Reply> }> {
  const reply = await pair(await startPairing(name, role));
  expect(reply.status).toBe(200);
  const cookie = String(reply.headers['set-cookie']).split(';')[0] ?? '';
  const client = `client-${randomUUID()}`;
  return {
    cookie,
    call: (op, input) =>
      request(`${base()}/api/${op}`, { agent: agent(), method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Kiosk-Client': client }, body: JSON.stringify(input) }),
  };
}

describe('branch listener', () => {
  it('speaks TLS 1.2 or newer only, with the pinned key', async () => {
    expect((await request(`${base()}/`, { agent: agent() })).status).toBe(200);
    await expect(request(`${base()}/`, { agent: pinnedAgent(pin, { maxVersion: 'TLSv1.1', keepAlive: false }) })).rejects.toThrow();
    await expect(request(`${base()}/`, { agent: pinnedAgent('ab'.repeat(32), { keepAlive: false }) })).rejects.toThrow(/pinned fingerprint/);
  });

  it('serves the page without the launch token, and never takes the launch token for a call', async () => {
    const page = await request(`${base()}/`, { agent: agent() });
    expect(page.body).not.toContain(TOKEN);
    expect(page.headers['strict-transport-security']).toMatch(/max-age/);
    const reply = await request(`${base()}/api/kiosk.bootstrap`, { agent: agent(), method: 'POST', headers: { 'X-Kiosk-Token': TOKEN, 'X-Kiosk-Client': 'client-0123456789' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(body(reply).error?.code).toBe('device-unpaired');
  });

  it('tells whoever starts it where devices pair, by its names first, and its fingerprint', () => {
    expect(pairingNotes(branch)).toEqual([
      `Branch devices pair at https://branch-host.test:${branch.port}/ (or https://127.0.0.1:${branch.port}/)`,
      `Certificate fingerprint (SHA-256 of the key): ${branch.fingerprint}`,
    ]);
  });

  it('on every address (0.0.0.0) answers to its names, host name and IPv4 addresses, never to 0.0.0.0 or link-local ones', () => {
    const nic = (address: string, family: 'IPv4' | 'IPv6') => ({ address, family, netmask: '', mac: '00:00:00:00:00:00', internal: false, cidr: null, scopeid: 0 });
    const interfaces = { lo: [nic('127.0.0.1', 'IPv4'), nic('::1', 'IPv6')], eth0: [nic('192.168.10.20', 'IPv4'), nic('fe80::1', 'IPv6')] };
    const names = hostNamesFor({ address: '0.0.0.0', port: 5781, tls: true }, ['lobby-kiosk.local'], interfaces, 'lobby');
    expect(names).toEqual(['lobby-kiosk.local', 'lobby', '127.0.0.1', '192.168.10.20', 'localhost']);
  });

  it('answers to its configured names and addresses only', async () => {
    const ok = await request(`${base()}/`, { agent: agent(), headers: { Host: `branch-host.test:${branch.port}` } });
    expect(ok.status).toBe(200);
    const foreign = await request(`${base()}/`, { agent: agent(), headers: { Host: `evil.example:${branch.port}` } });
    expect(foreign.status).toBe(403);
    const crossOrigin = await request(`${base()}/api/pair`, { agent: agent(), method: 'POST', headers: { Origin: 'https://evil.example' }, body: '{"code":"12345678"}' });
    expect(crossOrigin.status).toBe(403);
  });

  it('pairs with the code once, setting the token as an HttpOnly Secure SameSite=Strict cookie that never shows in the body', async () => {
    const code = await startPairing('Desk PC', 'desk');
    const reply = await pair(code);
    expect(body(reply)).toMatchObject({ ok: true, value: { device: { name: 'Desk PC', role: 'desk' }, fingerprint: branch.fingerprint } });
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${DEVICE_COOKIE}=[A-Za-z0-9_-]{43}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=\\d+; Secure$`));
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(reply.body).not.toContain(token);
    // Stored hashed: the token itself is nowhere in the data directory.
    const files = await fs.readdir(dataDir, { recursive: true });
    for (const file of files) {
      const stat = await fs.stat(path.join(dataDir, file));
      if (stat.isFile()) expect(await fs.readFile(path.join(dataDir, file), 'utf8'), file).not.toContain(token);
    }
    // The code was used up.
    expect(body(await pair(code)).error?.code).toBe('pairing-not-open');
  });

  it('locks the code after five wrong tries, even for the right one, and raises an alert', async () => {
    const code = await startPairing('Nurse laptop', 'nurse-station');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = body(await pair(wrong));
      codes.push(`${reply.error?.code}${reply.error?.params?.count ?? ''}`);
    }
    expect(codes).toEqual(['pairing-wrong-code4', 'pairing-wrong-code3', 'pairing-wrong-code2', 'pairing-wrong-code1', 'pairing-locked']);
    expect(body(await pair(code)).error?.code).toBe('pairing-locked');
    expect(backend.platform.alerts.list().map((a) => a.code)).toContain('pairing-locked');
    const listed = (await localCall('devices.list', {})) as { pending: { triesLeft: number } | null };
    expect(listed.pending?.triesLeft).toBe(0);
  });

  it('gives each device exactly its role', async () => {
    const display = await pairedDevice('Waiting-room TV', 'display');
    expect(body(await display.call('nurse.display', {})).ok).toBe(true);
    expect(body(await display.call('kiosk.bootstrap', {})).value).toMatchObject({ device: { name: 'Waiting-room TV', role: 'display' } });
    expect(body(await display.call('grocery.catalog', {})).error?.code).toBe('device-forbidden');
    const nurse = await pairedDevice('Nurse room', 'nurse-station');
    const refused = await nurse.call('grocery.windows', {});
    expect(refused.status).toBe(403);
    expect(body(refused).error?.code).toBe('device-forbidden');
  });

  it('pushes changed topics to other devices, and revoking cuts a device off at once', async () => {
    const lobby = await pairedDevice('Lobby', 'lobby');
    const desk = await pairedDevice('Desk 2', 'desk');
    const seen: string[][] = [];
    let ended = false;
    const stream = await openEvents(`${base()}/api/events`, { agent: pinnedAgent(pin, { keepAlive: false }), headers: { Cookie: desk.cookie }, onTopics: (t) => seen.push(t), onEnd: () => (ended = true) });
    expect(stream.status).toBe(200);
    const settings = await localCall('nurse.settings', {});
    await localCall('nurse.updateSettings', { ...settings, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })) });
    await expect.poll(() => seen.flat()).toContain('queue');
    seen.length = 0;
    const ticket = body(await lobby.call('nurse.checkIn', { idempotencyKey: randomUUID(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null }));
    expect(ticket).toMatchObject({ ok: true, value: { number: 1 } });
    await expect.poll(() => seen.flat()).toContain('queue');

    const devices = (await localCall('devices.list', {})) as { devices: { id: string; name: string; lastSeenAt: string | null }[] };
    const deskId = devices.devices.find((d) => d.name === 'Desk 2')?.id;
    expect(devices.devices.find((d) => d.name === 'Desk 2')?.lastSeenAt).not.toBeNull();
    await localCall('devices.revoke', { id: deskId });
    await expect.poll(() => ended).toBe(true);
    const after = await desk.call('kiosk.bootstrap', {});
    expect(after.status).toBe(401);
    expect(body(after).error?.code).toBe('device-revoked');
    const stream2 = await openEvents(`${base()}/api/events`, { agent: pinnedAgent(pin, { keepAlive: false }), headers: { Cookie: desk.cookie }, onTopics: () => undefined });
    expect(stream2.status).toBe(401);
    stream2.close();
    // Others carry on.
    expect(body(await lobby.call('kiosk.bootstrap', {})).ok).toBe(true);
  });
});
