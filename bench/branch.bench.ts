// bench:branch: one branch host (the real browser-host entry, as a child process) with four paired
// clients over TLS (lobby, desk, nurse station, display), each holding the event stream, and scripted
// traffic: the lobby places orders; the desk refetches its order list on each pushed change.
// Figures: how long a change takes to reach another device's screen (order sent → event at the desk →
// list fetched again), what TLS adds to a call over the loopback HTTP of the same host, and the host's CPU.
// Last line: RESULT push_p95_ms=<n> call_p95_ms=<n> host_cpu_pct=<n>.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { DeviceRole } from '../shared/contract/branch';
import { openEvents, pinnedAgent, request } from '../electron/server/pinned-client';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ORDERS = Number(process.env.BENCH_BRANCH_ORDERS ?? 200);
const CALLS = Number(process.env.BENCH_BRANCH_CALLS ?? 600);

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
};
const round = (n: number): number => Math.round(n * 100) / 100;

/** utime + stime of a process, in ms (Linux /proc; clock ticks are 100 a second). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

async function startHost(dataDir: string, rendererDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/hosts/browser-main.ts'), '--port', '0', '--listen', '127.0.0.1:0', '--data-dir', dataDir, '--demo'], {
    env: { ...process.env, KIOSK_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Kiosk ready at/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  const local = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '';
  const branch = /Branch devices pair at (https:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '';
  const pin = (/Certificate fingerprint \(SHA-256 of the key\): ([0-9A-F ]+)/.exec(output)?.[1] ?? '').replace(/ /g, '');
  return { child, local, branch, pin };
}

type Json = { ok: boolean; value?: unknown; error?: { code: string } };
const localAgent = new http.Agent({ keepAlive: true });

async function main(): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-branch-'));
  const rendererDir = path.join(work, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><meta name="kiosk-token" content="" />');
  const host = await startHost(path.join(work, 'data'), rendererDir);
  try {
    const token = /name="kiosk-token" content="([^"]+)"/.exec(await (await fetch(host.local)).text())?.[1] ?? '';
    const localCall = (op: string, input: unknown, client = 'bench-admin-0001'): Promise<Json> =>
      new Promise((resolve, reject) => {
        const req = http.request(`${host.local}api/${op}`, { method: 'POST', agent: localAgent, headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': client } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(JSON.parse(text) as Json));
        });
        req.on('error', reject);
        req.end(JSON.stringify(input));
      });
    const names = (await localCall('staff.names', {})).value as { id: string; name: string }[];
    const idOf = (name: string) => names.find((n) => n.name === name)?.id;
    await localCall('staff.signIn', { staffId: idOf('Avery'), pin: '111111' });

    // Four devices paired through the real pairing endpoint, each with its own keep-alive TLS agent.
    const devices: Record<DeviceRole, { call: (op: string, input: unknown) => Promise<Json>; cookie: string; agent: ReturnType<typeof pinnedAgent> }> = {} as never;
    for (const role of ['lobby', 'desk', 'nurse-station', 'display'] as const) {
      const code = ((await localCall('devices.startPairing', { name: `bench ${role}`, role })).value as { pairing: { code: string } }).pairing.code;
      const agent = pinnedAgent(host.pin);
      const paired = await request(`${host.branch}api/pair`, { agent, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
      const cookie = String(paired.headers['set-cookie']).split(';')[0] ?? '';
      const client = `bench-${role}-${randomUUID().slice(0, 8)}`;
      devices[role] = {
        cookie,
        agent,
        call: async (op, input) => JSON.parse((await request(`${host.branch}api/${op}`, { agent, method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Kiosk-Client': client }, body: JSON.stringify(input) })).body) as Json,
      };
    }
    await devices.desk.call('staff.signIn', { staffId: idOf('Lee'), pin: '222222' });
    await devices['nurse-station'].call('staff.signIn', { staffId: idOf('Noor'), pin: '333333' });

    // Every device holds the stream; the desk refetches its order list on each `orders` change.
    let waiting: { at: number; resolve: (ms: number) => void } | null = null;
    const eventOnly: number[] = [];
    let sentAt = 0;
    for (const role of ['desk', 'nurse-station', 'display', 'lobby'] as const) {
      await openEvents(`${host.branch}api/events`, {
        agent: pinnedAgent(host.pin, { keepAlive: false }),
        headers: { Cookie: devices[role].cookie },
        onTopics: (topics) => {
          if (!topics.includes('orders')) return;
          if (role !== 'lobby' && sentAt > 0) eventOnly.push(performance.now() - sentAt);
          if (role === 'desk' && waiting) {
            const pending = waiting;
            waiting = null;
            void devices.desk.call('grocery.orders', { limit: 50 }).then(() => pending.resolve(performance.now() - pending.at));
          }
        },
      });
    }

    const catalog = (await devices.lobby.call('grocery.catalog', {})).value as { pickup: { key: string } | null };
    const windowKey = catalog.pickup?.key ?? 'none';
    const cpuBefore = cpuMs(host.child.pid ?? 0);
    const wallBefore = performance.now();
    const push: number[] = [];
    let refused = 0;
    for (let n = 0; n < ORDERS; n++) {
      const reached = new Promise<number>((resolve) => {
        waiting = { at: performance.now(), resolve };
      });
      sentAt = waiting!.at;
      const result = await devices.lobby.call('grocery.submitOrder', {
        idempotencyKey: randomUUID(),
        lines: [{ itemId: 'rice', quantity: 1 + (n % 3) }],
        windowKey,
        contact: { name: `Patron ${n}`, phone: `555-010-${String(1000 + n).slice(-4)}`, libraryCard: '' },
        payment: 'cash',
        language: 'en',
      });
      if (!result.ok) {
        refused++;
        waiting = null;
        continue;
      }
      push.push(await Promise.race([reached, new Promise<number>((resolve) => setTimeout(() => resolve(5000), 5000))]));
      // A lobby is not a load generator: a patron every 50 ms is far above a real branch.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const hostCpu = ((cpuMs(host.child.pid ?? 0) - cpuBefore) / (performance.now() - wallBefore)) * 100;

    // TLS overhead: the same call, interleaved, over the branch listener (TLS, keep-alive) and the
    // loopback HTTP listener (keep-alive).
    const tls: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      let t = performance.now();
      await devices.display.call('nurse.display', {});
      tls.push(performance.now() - t);
      t = performance.now();
      await localCall('nurse.display', {}, 'bench-plain-0001');
      plain.push(performance.now() - t);
    }
    const tlsP95 = p95(tls);
    const plainP95 = p95(plain);
    console.log(`orders ${ORDERS} (${refused} refused), push to the desk's list p95 ${round(p95(push))} ms (event only, three devices: p95 ${round(p95(eventOnly))} ms)`);
    console.log(`nurse.display over TLS p95 ${round(tlsP95)} ms, over loopback HTTP p95 ${round(plainP95)} ms (${CALLS} each)`);
    console.log(`host CPU during the order traffic ${round(hostCpu)} % of one core`);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
    console.log(`RESULT push_p95_ms=${round(p95(push))} call_p95_ms=${round(Math.max(0, tlsP95 - plainP95))} host_cpu_pct=${round(hostCpu)} tls_call_p95_ms=${round(tlsP95)} http_call_p95_ms=${round(plainP95)}`);
  } finally {
    host.child.kill('SIGTERM');
    await new Promise((resolve) => host.child.once('exit', resolve));
    await fs.rm(work, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
