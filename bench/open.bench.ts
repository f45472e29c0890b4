// `npm run bench:open` (node --expose-gc): opening a data directory whose grocery-like order collection holds 50k
// records over 24 months, encrypted as orders are, with the grocery area's retention (90 days from the pickup,
// a month of slack). Prints the open time (median of 5 opens) and the heap in use after the open, after a GC.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { aesGcmCodec } from '../electron/backend/store/codec';
import * as storeModule from '../electron/backend/store/store';
import { monthOf, Store, type RecordsSpec } from '../electron/backend/store/store';
import { existingOrders, NOW, orderSchema, seedOrders, type Order } from './orders';
import { load1, loadLine, percentile } from './stats';

const RECORDS = 50_000;
const OPENS = 5;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

// A store from before lazy partitions has no monthRetainedFrom: it then loads every month, as it always did.
const retainedFrom = (storeModule as { monthRetainedFrom?: (now: Date, days: number, slack?: number) => string }).monthRetainedFrom;
const spec: RecordsSpec<Order> = {
  name: 'grocery-orders',
  schema: orderSchema,
  version: 1,
  encrypted: true,
  partitionOf: (o) => monthOf(o.createdAt),
  ...(retainedFrom ? { loadFrom: (now: Date) => retainedFrom(now, 90, 31) } : {}),
};

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc (npm run bench:open)');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-open-'));
  const codec = aesGcmCodec(randomBytes(32));
  const options = { dataDir, clock: { now: () => NOW }, secretCodec: codec };
  try {
    const seed = await Store.open(options);
    await seedOrders(await seed.records(spec), existingOrders(RECORDS));
    await seed.close();

    const times: number[] = [];
    let heapMb = 0;
    let loaded = 0;
    for (let i = 0; i < OPENS; i++) {
      gc();
      const start = performance.now();
      const store = await Store.open(options);
      const records = await store.records(spec);
      times.push(performance.now() - start);
      gc();
      heapMb = process.memoryUsage().heapUsed / 2 ** 20;
      loaded = records.size;
      await store.close();
    }
    const openMs = percentile(times, 50);
    console.log(`open ${RECORDS} records over 24 months: ${times.map((t) => t.toFixed(0)).join(', ')} ms; ${loaded} in memory; heap ${heapMb.toFixed(1)} MB (${loadLine()})`);
    console.log(`RESULT store_open_ms_50k=${openMs.toFixed(0)} store_open_heap_mb_50k=${heapMb.toFixed(1)} records_in_memory=${loaded} load=${load1()}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
