// `npm run bench:store`: durable write latency of the kiosk store (month partitions) against
// lowdb's stock JSONFile adapter (one file) holding the same records, in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { monthOf, Store } from '../electron/backend/store/store';

const orderSchema = z.object({
  id: z.string(),
  code: z.string(),
  createdAt: z.string(),
  status: z.enum(['received', 'packed', 'collected', 'cancelled']),
  patron: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  pickupSlot: z.string(),
  items: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.int() })),
  notes: z.string(),
});
type Order = z.infer<typeof orderSchema>;

const NOW = new Date('2026-11-15T12:00:00Z');
const MONTHS = 24;

function makeOrder(i: number, createdAt: Date): Order {
  return {
    id: `order-${i.toString().padStart(8, '0')}-${(i * 2654435761) % 1e9}`,
    code: `K${(i % 100000).toString(36).toUpperCase().padStart(5, '0')}`,
    createdAt: createdAt.toISOString(),
    status: (['received', 'packed', 'collected', 'cancelled'] as const)[i % 4]!,
    patron: { name: `Patron Number ${i}`, phone: `555-01${(i % 100).toString().padStart(2, '0')}`, email: `patron${i}@example.org` },
    pickupSlot: createdAt.toISOString().slice(0, 10),
    items: Array.from({ length: 3 + (i % 4) }, (_, k) => ({ sku: `SKU-${(i + k) % 500}`, name: `Grocery item ${(i + k) % 500}`, quantity: 1 + (k % 3) })),
    notes: i % 5 === 0 ? 'Please pack the eggs separately.' : '',
  };
}

/** `count` orders spread evenly over the last 24 months, the current month included. */
function existingOrders(count: number): Order[] {
  const span = MONTHS * 30 * 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, i) => makeOrder(i, new Date(NOW.getTime() - span + Math.floor((span * i) / count))));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: samples.length };
};

async function benchOurs(existing: Order[], writes: number): Promise<{ samples: number[]; openMs: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-'));
  try {
    // Seed the partition files directly (as a long-running kiosk would have them), then open as the app does.
    const seedStore = await Store.open({ dataDir, clock: { now: () => NOW } });
    const seeded = await seedStore.records({ name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt) });
    const byMonth = new Map<string, Order[]>();
    for (const o of existing) byMonth.set(monthOf(o.createdAt), [...(byMonth.get(monthOf(o.createdAt)) ?? []), o]);
    // As the store itself lays them out: chunk files of 500 records per month.
    for (const [key, items] of byMonth) {
      for (let chunk = 0; chunk * 500 < items.length; chunk++) await seeded.adopt(key, items.slice(chunk * 500, (chunk + 1) * 500), true, chunk);
    }
    await seedStore.close();

    const opening = performance.now();
    const store = await Store.open({ dataDir, clock: { now: () => NOW } });
    const records = await store.records({ name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt) });
    const openMs = performance.now() - opening;
    const samples: number[] = [];
    for (let w = 0; w < writes; w++) {
      const record = makeOrder(existing.length + w, new Date(NOW.getTime() + w * 1000));
      const start = performance.now();
      await records.insert(record);
      samples.push(performance.now() - start);
    }
    await store.close();
    return { samples, openMs };
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
  for (const c of cases) {
    const existing = existingOrders(c.existing);
    // One warm-up pass each, so JIT and the first file creation do not count.
    await benchOurs(existing.slice(0, 100), 5);
    const run = await benchOurs(existing, c.ours);
    const ours = stats(run.samples);
    openTimes.push(`${c.existing}: ${run.openMs.toFixed(0)} ms`);
    const stock = stats(await benchJsonFile(existing, c.lowdb));
    rows.push({ existing: c.existing, store: 'kiosk store (months, 500/file, fsync)', ...ours });
    rows.push({ existing: c.existing, store: 'lowdb JSONFile (one file, no fsync)', ...stock });
    results.set(`ours-${c.existing}`, ours.p95);
    results.set(`lowdb-${c.existing}`, stock.p95);
  }
  const fmt = (n: number) => n.toFixed(2).padStart(9);
  // fsync latency depends on what else the machine writes: show the conditions with the numbers.
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs; data in ${os.tmpdir()}`);
  console.log(`records  ${'store'.padEnd(40)} ${'writes'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
  for (const r of rows) console.log(`${String(r.existing).padStart(7)}  ${r.store.padEnd(40)} ${String(r.n).padStart(6)} ${fmt(r.p50)} ${fmt(r.p95)}`);
  console.log(`kiosk store open + load + validate all records (snapshot included): ${openTimes.join(', ')}`);
  const ours50k = results.get('ours-50000')!;
  const lowdb50k = results.get('lowdb-50000')!;
  console.log(`RESULT store_p95_ms_50k=${ours50k.toFixed(2)} speedup_vs_jsonfile_50k=${(lowdb50k / ours50k).toFixed(1)}`);
}

void main();
