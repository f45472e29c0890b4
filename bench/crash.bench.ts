// `npm run bench:crash`: 50 rounds of SIGKILL during mixed bursts of patron writes (orders,
// bookings, registrations, check-ins) against the real backend in a child process. After each
// kill the kiosk restarts on the same data directory; every write acknowledged before any kill
// must still be there and readable, and every unacknowledged one is sent again with its key (as
// the kiosk retries) without making a second record.
// Last line: RESULT rounds=<n> acknowledged=<n> lost=<n> unreadable=<n>.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../shared/result';
import { patronWrite, receiptOf, refKey, type Offer, type PatronWrite, type Receipt, type WriteKind } from './workload';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 50);
const BURST = 24;
const mix: WriteKind[] = ['order', 'order', 'order', 'check-in', 'check-in', 'booking', 'registration', 'order'];
const here = path.dirname(fileURLToPath(import.meta.url));

type Kiosk = { child: ChildProcess; ready: { storeAlerts: string[]; quarantined: number }; ask<T>(message: object): Promise<T>; exited: Promise<void> };

async function startKiosk(dataDir: string, keyHex: string): Promise<Kiosk> {
  const child = fork(path.join(here, 'crash-child.ts'), [dataDir, keyHex], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const w of waiting.values()) w.reject(new Error('killed'));
    waiting.clear();
  });
  const ready = await new Promise<Kiosk['ready']>((resolve, reject) => {
    child.on('message', (message: { type: string; id?: number; value?: unknown; error?: string; storeAlerts?: string[]; quarantined?: number }) => {
      if (message.type === 'ready') resolve({ storeAlerts: message.storeAlerts ?? [], quarantined: message.quarantined ?? 0 });
      if (message.type === 'answer' && message.id !== undefined) {
        const w = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) w?.reject(new Error(message.error));
        else w?.resolve(message.value);
      }
    });
    child.once('exit', (code) => reject(new Error(`kiosk exited while starting (${code})`)));
  });
  const ask = <T>(message: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: (v) => resolve(v as T), reject });
      child.send({ ...message, id });
    });
  return { child, ready, ask, exited };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-crash-'));
  const keyHex = randomBytes(32).toString('hex');
  const acknowledged = new Map<string, Receipt>();
  /** Sent but not answered before the kill: retried with the same key after the restart. */
  let unanswered: PatronWrite[] = [];
  const keysByRef = new Map<string, Set<string>>();
  let lost = 0;
  let unreadable = 0;
  let retried = 0;
  let n = 0;
  const today = (): string => new Date().toISOString().slice(0, 10);
  const startedOn = today();
  const verify = async (kiosk: Kiosk): Promise<void> => {
    unreadable += kiosk.ready.storeAlerts.filter((c) => c.startsWith('store-')).length + kiosk.ready.quarantined;
    const refs = new Set(await kiosk.ask<string[]>({ type: 'refs', days: [today()] }));
    for (const receipt of acknowledged.values()) {
      // Tickets are checked on the day they were given (the queue is per day).
      if (receipt.kind === 'check-in' && !receipt.ref.startsWith(today())) continue;
      if (!refs.has(refKey(receipt))) lost++;
    }
  };
  const acknowledge = (write: PatronWrite, result: Result<unknown>): void => {
    const receipt = receiptOf(write, result, today());
    if (!receipt) return;
    acknowledged.set(receipt.key, receipt);
    const keys = keysByRef.get(refKey(receipt)) ?? new Set<string>();
    keys.add(receipt.key);
    keysByRef.set(refKey(receipt), keys);
  };

  try {
    for (let round = 0; round < ROUNDS; round++) {
      const kiosk = await startKiosk(dataDir, keyHex);
      await verify(kiosk);
      // The kiosk's retries of what never got an answer: the first result, or a refusal, never a second record.
      for (const write of unanswered) acknowledge(write, await kiosk.ask<Result<unknown>>({ type: 'write', write }));
      retried += unanswered.length;
      unanswered = [];
      const available = await kiosk.ask<Offer>({ type: 'offer' });
      const burst = Array.from({ length: BURST }, () => {
        n++;
        return patronWrite(n, mix[n % mix.length]!, available, `kiosk-${n}`);
      });
      const answered = new Set<PatronWrite>();
      // Killed somewhere in the middle of the burst (after a random number of answers, plus a few
      // milliseconds): writes half done, renames pending, fsyncs in flight.
      const killAfter = 1 + Math.floor(Math.random() * (BURST - 2));
      let kill: () => void = () => undefined;
      const killed = new Promise<void>((resolve) => (kill = resolve));
      const sending = burst.map((write) =>
        kiosk.ask<Result<unknown>>({ type: 'write', write }).then(
          (result) => {
            answered.add(write);
            acknowledge(write, result);
            if (answered.size === killAfter) setTimeout(kill, Math.floor(Math.random() * 10));
          },
          () => undefined,
        ),
      );
      await Promise.race([killed, Promise.all(sending)]);
      kiosk.child.kill('SIGKILL');
      await kiosk.exited;
      await Promise.all(sending);
      unanswered = burst.filter((w) => !answered.has(w));
      process.stdout.write(`round ${round + 1}/${ROUNDS}: ${answered.size}/${BURST} answered before the kill, ${acknowledged.size} acknowledged so far\n`);
    }
    // One last start: everything acknowledged is there, and the last retries go through.
    const kiosk = await startKiosk(dataDir, keyHex);
    await verify(kiosk);
    for (const write of unanswered) acknowledge(write, await kiosk.ask<Result<unknown>>({ type: 'write', write }));
    retried += unanswered.length;
    kiosk.child.kill('SIGTERM');
    await kiosk.exited;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  // A retried key that made a second record would show as two keys on one ref, or a ref per key.
  const duplicates = [...acknowledged.values()].filter((r) => (keysByRef.get(refKey(r))?.size ?? 0) > 1).length;
  if (startedOn !== today()) console.log('note: the run crossed midnight; tickets of the earlier day were not re-checked');
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs; data in ${os.tmpdir()}`);
  console.log(`writes sent ${n}, retried after a kill ${retried}, acknowledged ${acknowledged.size}, duplicate records ${duplicates}`);
  console.log(`RESULT rounds=${ROUNDS} acknowledged=${acknowledged.size} lost=${lost} unreadable=${unreadable}`);
  if (lost > 0 || unreadable > 0 || duplicates > 0) process.exitCode = 1;
}

void main();
