// Partitions beyond retention stay on disk at open and are read when asked for.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { monthOf, monthRetainedFrom, Store, type RecordsSpec } from './store';
import { tempDirs, testClock } from './test-support';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await dirs.cleanup();
});

const orderSchema = z.object({ id: z.string(), createdAt: z.string(), name: z.string() });
type Order = z.infer<typeof orderSchema>;
const clock = testClock('2026-11-15T12:00:00Z');
const all: RecordsSpec<Order> = { name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt), chunkSize: 2 };
// Retention of 90 days on November 15: August onwards stays in memory.
const retained: RecordsSpec<Order> = { ...all, loadFrom: (now) => monthRetainedFrom(now, 90) };

/** Five orders a month from January to November 2026 (chunks of 2: three files a month). */
const history: Order[] = Array.from({ length: 11 }, (_, m) => m + 1).flatMap((month) =>
  Array.from({ length: 5 }, (_, i) => ({ id: `o-${month}-${i}`, createdAt: `2026-${String(month).padStart(2, '0')}-0${i + 1}T10:00:00.000Z`, name: `Patron ${month}.${i}` })),
);

async function seeded(): Promise<string> {
  const dataDir = await dirs.make();
  const store = await Store.open({ dataDir, clock });
  const records = await store.records(all);
  for (const o of history) await records.insert(o);
  await store.close();
  return dataDir;
}

async function reopen(dataDir: string, spec: RecordsSpec<Order>) {
  const store = await Store.open({ dataDir, clock });
  open.push(store);
  return { store, records: await store.records(spec) };
}

describe('partitions beyond retention', () => {
  it('are not read at open; an older month read on demand has exactly its records', async () => {
    const dataDir = await seeded();
    const { records } = await reopen(dataDir, retained);
    expect(monthRetainedFrom(clock.now(), 90)).toBe('2026-08');
    expect(records.size).toBe(4 * 5);
    expect(records.all().map((o) => o.id)).toEqual(history.filter((o) => o.createdAt >= '2026-08').map((o) => o.id));
    expect(records.get('o-3-0')).toBeUndefined();
    expect(records.coldPartitions()).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(await records.readPartition('2026-03')).toEqual(history.filter((o) => monthOf(o.createdAt) === '2026-03'));
    // Reading it keeps nothing in memory.
    expect(records.size).toBe(20);
    expect((await records.older((o) => o.name.endsWith('.4'))).map((o) => o.id)).toEqual(['o-1-4', 'o-2-4', 'o-3-4', 'o-4-4', 'o-5-4', 'o-6-4', 'o-7-4']);
    // A month in memory reads the same either way.
    expect(await records.readPartition('2026-09')).toEqual(records.inPartition('2026-09'));
  });

  it('are purged by removeWhere, and what stays is still there on the next open', async () => {
    const dataDir = await seeded();
    const first = await reopen(dataDir, retained);
    expect(await first.records.removeWhere((o) => o.createdAt < '2026-02-03' || o.id === 'o-9-0')).toBe(5 + 2 + 1);
    await first.store.close();
    const { records } = await reopen(dataDir, all);
    expect(records.size).toBe(history.length - 8);
    expect(records.all().map((o) => o.id)).toEqual(history.filter((o) => !(o.createdAt < '2026-02-03' || o.id === 'o-9-0')).map((o) => o.id));
  });

  it('a write to a month left on disk brings it in first, so nothing there is lost or duplicated', async () => {
    const dataDir = await seeded();
    const first = await reopen(dataDir, retained);
    await expect(first.records.insert(history[10]!)).rejects.toMatchObject({ code: 'conflict' });
    await first.records.insert({ id: 'late', createdAt: '2026-03-20T10:00:00.000Z', name: 'Late entry' });
    expect(first.records.inPartition('2026-03').map((o) => o.id)).toEqual([...history.filter((o) => monthOf(o.createdAt) === '2026-03').map((o) => o.id), 'late']);
    await first.store.close();
    const { records } = await reopen(dataDir, all);
    expect(records.size).toBe(history.length + 1);
  });

  it('a damaged file in a month left on disk is restored from the snapshot when read', async () => {
    const dataDir = await seeded();
    // The next day's open takes a snapshot with everything in it; then one old chunk is damaged.
    const nextDay = testClock('2026-11-16T12:00:00Z');
    await (await Store.open({ dataDir, clock: nextDay })).close();
    await fs.writeFile(path.join(dataDir, 'orders', '2026-02.1.json'), '{"schemaVersion":1,"data":[{"id":');
    const store = await Store.open({ dataDir, clock: nextDay });
    open.push(store);
    const records = await store.records(retained);
    expect(store.alerts).toEqual([]);
    expect(await records.readPartition('2026-02')).toEqual(history.filter((o) => monthOf(o.createdAt) === '2026-02'));
    expect(store.alerts.map((a) => a.code)).toContain('store-restored');
  });
});
