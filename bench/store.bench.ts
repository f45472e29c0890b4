// `npm run bench:store`: durable write latency of the kiosk store (month partitions) against
// lowdb's stock JSONFile adapter (one file) holding the same records, in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { writeFileDurable } from '../electron/backend/store/durable-file';
import { monthOf, Store } from '../electron/backend/store/store';
import { existingOrders, makeOrder, NOW, orderSchema, seedOrders, type Order } from './orders';
import { load1, loadLine, percentile } from './stats';

const stats = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length });

/**
 * Durable inserts into the kiosk store holding `existing` records. Each insert is paired with a bare durable write
 * of a 1 KB file in the same directory (temp file, fsync, rename, directory fsync): the floor no durable write can
 * go under, measured under the same conditions as the inserts.
 */
async function benchOurs(existing: Order[], writes: number): Promise<{ samples: number[]; floor: number[]; openMs: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-'));
  try {
    // Seed the partition files directly (as a long-running kiosk would have them), then open as the app does.
    const seedStore = await Store.open({ dataDir, clock: { now: () => NOW } });
    await seedOrders(await seedStore.records({ name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt) }), existing);
    await seedStore.close();

    const opening = performance.now();
    const store = await Store.open({ dataDir, clock: { now: () => NOW } });
    const records = await store.records({ name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt) });
    const openMs = performance.now() - opening;
    const samples: number[] = [];
    const floor: number[] = [];
    const probe = path.join(dataDir, 'fsync-floor.bin');
    const kilobyte = Buffer.alloc(1024, 7);
    for (let w = 0; w < writes; w++) {
      const bare = performance.now();
      await writeFileDurable(probe, kilobyte);
      floor.push(performance.now() - bare);
      const record = makeOrder(existing.length + w, new Date(NOW.getTime() + w * 1000));
      const start = performance.now();
      await records.insert(record);
      samples.push(performance.now() - start);
    }
    await store.close();
    return { samples, floor, openMs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchJsonFile(existing: Order[], writes: number): Promise<number[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-lowdb-'));
  try {
    const db = new Low<{ orders: Order[] }>(new JSONFile(path.join(dir, 'db.json')), { orders: [] });
    db.data.orders = [...existing];
    await db.write();
    const samples: number[] = [];
    for (let w = 0; w < writes; w++) {
      const record = makeOrder(existing.length + w, new Date(NOW.getTime() + w * 1000));
      const start = performance.now();
      db.data.orders.push(record);
      await db.write();
      samples.push(performance.now() - start);
    }
    return samples;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cases = [
    { existing: 1_000, ours: 200, lowdb: 100 },
    { existing: 10_000, ours: 150, lowdb: 50 },
    { existing: 50_000, ours: 120, lowdb: 25 },
  ];
  const rows: { existing: number; store: string; n: number; p50: number; p95: number }[] = [];
  const openTimes: string[] = [];
  const results = new Map<string, number>();
  let floor50k = { p50: 0, p95: 0, n: 0 };
  for (const c of cases) {
    const existing = existingOrders(c.existing);
    // One warm-up pass each, so JIT and the first file creation do not count.
    await benchOurs(existing.slice(0, 100), 5);
    const run = await benchOurs(existing, c.ours);
    const ours = stats(run.samples);
    const floor = stats(run.floor);
    if (c.existing === 50_000) floor50k = floor;
    openTimes.push(`${c.existing}: ${run.openMs.toFixed(0)} ms`);
    const stock = stats(await benchJsonFile(existing, c.lowdb));
    rows.push({ existing: c.existing, store: 'kiosk store (months, 500/file, fsync)', ...ours });
    rows.push({ existing: c.existing, store: 'lowdb JSONFile (one file, no fsync)', ...stock });
    rows.push({ existing: c.existing, store: 'fsync floor (1 KB durable write)', ...floor });
    results.set(`ours-${c.existing}`, ours.p95);
    results.set(`lowdb-${c.existing}`, stock.p95);
  }
  const fmt = (n: number) => n.toFixed(2).padStart(9);
  // fsync latency depends on what else the machine writes: show the conditions with the numbers.
  console.log(`${loadLine()}; data in ${os.tmpdir()}`);
  console.log(`records  ${'store'.padEnd(40)} ${'writes'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
  for (const r of rows) console.log(`${String(r.existing).padStart(7)}  ${r.store.padEnd(40)} ${String(r.n).padStart(6)} ${fmt(r.p50)} ${fmt(r.p95)}`);
  console.log(`kiosk store open + load + validate all records (snapshot included): ${openTimes.join(', ')}`);
  const ours50k = results.get('ours-50000')!;
  const lowdb50k = results.get('lowdb-50000')!;
  console.log(`durable insert at 50k: p95 ${ours50k.toFixed(2)} ms against an fsync floor p95 of ${floor50k.p95.toFixed(2)} ms (p50 ${floor50k.p50.toFixed(2)} ms) in the same run`);
  console.log(
    `RESULT p95_over_fsync_floor=${(ours50k / floor50k.p95).toFixed(2)} store_p95_ms_50k=${ours50k.toFixed(2)} fsync_floor_p95_ms=${floor50k.p95.toFixed(2)} speedup_vs_jsonfile_50k=${(lowdb50k / ours50k).toFixed(1)} load=${load1()}`,
  );
}

void main();
