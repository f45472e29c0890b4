// The manifest and the counters over real files: what a data directory must hold, when setup is
// possible, and numbers that never go backwards.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aesGcmCodec } from './codec';
import { monthOf, Store, StoreKeyError, type DocSpec, type RecordsSpec, type StoreOptions } from './store';
import { tempDirs, testClock } from './test-support';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await dirs.cleanup();
});

async function openStore(dataDir: string, options: Partial<StoreOptions> = {}): Promise<Store> {
  const store = await Store.open({ dataDir, setupEvidence: { file: 'people.json', test: hasPeople }, ...options });
  open.push(store);
  return store;
}
async function closeStore(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

const peopleSpec: DocSpec<{ people: string[] }> = { name: 'people', schema: z.object({ people: z.array(z.string()) }), version: 1, defaults: () => ({ people: [] }) };
const hasPeople = (data: unknown): boolean => peopleSpec.schema.safeParse(data).data?.people.length !== undefined && (data as { people: string[] }).people.length > 0;
const rowSchema = z.object({ id: z.string(), at: z.string(), n: z.int() });
const rowsSpec: RecordsSpec<z.infer<typeof rowSchema>> = { name: 'rows', schema: rowSchema, version: 1, partitionOf: (r) => monthOf(r.at) };

const readJson = async (file: string): Promise<{ data: Record<string, unknown> }> => JSON.parse(await fs.readFile(file, 'utf8')) as { data: Record<string, unknown> };
const manifestFiles = async (dir: string): Promise<unknown> => (await readJson(path.join(dir, 'manifest.json'))).data.files;
const DAY = 24 * 60 * 60 * 1000;

/** A directory set up on 1 March, written again on 2 March (whose snapshot holds the 1 March state). */
async function setUp(): Promise<{ dir: string; clock: ReturnType<typeof testClock> }> {
  const dir = await dirs.make();
  const clock = testClock('2026-03-01T09:00:00Z');
  let store = await openStore(dir, { clock });
  await (await store.doc(peopleSpec)).update(() => ({ people: ['Robin'] }));
  await (await store.records(rowsSpec)).insert({ id: 'a', at: '2026-02-20T00:00:00Z', n: 1 });
  await store.markSetupDone();
  await closeStore(store);
  clock.advance(DAY);
  store = await openStore(dir, { clock });
  await (await store.records(rowsSpec)).insert({ id: 'b', at: '2026-03-02T00:00:00Z', n: 2 });
  await closeStore(store);
  return { dir, clock };
}

describe('manifest', () => {
  it('in an empty directory: a fresh install, setup open, every file written listed', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    expect(store.isFresh).toBe(true);
    expect(store.setupState()).toBe('pending');
    await (await store.doc(peopleSpec)).update(() => ({ people: ['Robin'] }));
    await (await store.records(rowsSpec)).insert({ id: 'a', at: '2026-02-20T00:00:00Z', n: 1 });
    expect(await manifestFiles(dir)).toEqual(['people.json', 'rows/2026-02.json']);
    await store.markSetupDone();
    await closeStore(store);
    const again = await openStore(dir);
    expect(again.isFresh).toBe(false);
    expect(again.setupState()).toBe('done');
  });

  it('stays a fresh install when opened twice before setup, and setup done can never be undone', async () => {
    const dir = await dirs.make();
    await closeStore(await openStore(dir));
    const second = await openStore(dir);
    expect(second.setupState()).toBe('pending');
    await second.markSetupDone();
    await closeStore(second);
    // Even with the manifest gone: the counters file remembers.
    await fs.rm(path.join(dir, 'manifest.json'));
    expect((await openStore(dir)).setupState()).toBe('done');
  });

  it('restores a listed file that vanished from the newest good snapshot, with an alert', async () => {
    const { dir, clock } = await setUp();
    await fs.rm(path.join(dir, 'people.json'));
    await fs.rm(path.join(dir, 'rows', '2026-02.json'));
    const store = await openStore(dir, { clock });
    expect((await store.doc(peopleSpec)).get()).toEqual({ people: ['Robin'] });
    expect((await store.records(rowsSpec)).all().map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.alerts.map((a) => [a.code, a.params.file, a.params.snapshot])).toEqual([
      ['store-missing-restored', 'people.json', '2026-03-02'],
      ['store-missing-restored', path.join('rows', '2026-02.json'), '2026-03-02'],
    ]);
    // Written back, so the next open finds it in place.
    expect(await readJson(path.join(dir, 'people.json'))).toMatchObject({ data: { people: ['Robin'] } });
  });

  it('never reads a vanished file with no copy as a fresh start: it says the data is lost, and setup stays closed', async () => {
    const { dir, clock } = await setUp();
    await fs.rm(path.join(dir, 'people.json'));
    await fs.rm(path.join(dir, 'snapshots'), { recursive: true });
    const store = await openStore(dir, { clock });
    expect((await store.doc(peopleSpec)).get()).toEqual({ people: [] });
    expect(store.alerts).toEqual([expect.objectContaining({ level: 'error', code: 'store-lost', params: { file: 'people.json' } })]);
    expect(store.isFresh).toBe(false);
    expect(store.setupState()).toBe('done');
  });

  it('restores a deleted manifest from the snapshot, keeping files made since', async () => {
    const { dir, clock } = await setUp();
    await fs.rm(path.join(dir, 'manifest.json'));
    await fs.rm(path.join(dir, 'rows', '2026-02.json'));
    const store = await openStore(dir, { clock });
    expect(store.setupState()).toBe('done');
    expect(store.alerts[0]).toMatchObject({ code: 'store-manifest-restored', params: { snapshot: '2026-03-02' } });
    // The snapshot's list still names the February chunk: its loss is damage, restored.
    expect((await store.records(rowsSpec)).all().map((r) => r.id)).toEqual(['a', 'b']);
    expect(await manifestFiles(dir)).toEqual(['people.json', 'rows/2026-02.json', 'rows/2026-03.json']);
  });

  it('rebuilds a deleted manifest from the files present when no snapshot has one, and never reopens setup', async () => {
    const { dir, clock } = await setUp();
    await fs.rm(path.join(dir, 'manifest.json'));
    await fs.rm(path.join(dir, 'snapshots'), { recursive: true });
    await fs.rm(path.join(dir, 'people.json'));
    const store = await openStore(dir, { clock });
    expect(store.alerts[0]).toMatchObject({ code: 'store-manifest-rebuilt' });
    expect(store.setupState()).toBe('done');
    expect(store.isFresh).toBe(false);
  });

  it('quarantines a damaged manifest and restores it from the snapshot', async () => {
    const { dir, clock } = await setUp();
    await fs.writeFile(path.join(dir, 'manifest.json'), '{"schemaVersion":1,"data":{"files":');
    const store = await openStore(dir, { clock });
    expect(store.alerts[0]).toMatchObject({ code: 'store-manifest-restored', params: { movedTo: expect.stringMatching(/^quarantine/) } });
    expect(store.setupState()).toBe('done');
  });

  it('gives a directory from before manifests one (a migration, not a fresh install), restoring what its snapshot says is missing', async () => {
    const { dir, clock } = await setUp();
    // As the previous release left it: no manifest or counters, in the directory or its snapshots.
    for (const day of ['', ...(await fs.readdir(path.join(dir, 'snapshots'))).map((d) => path.join('snapshots', d))]) {
      for (const name of ['manifest.json', 'counters.json']) await fs.rm(path.join(dir, day, name));
    }
    await fs.rm(path.join(dir, 'rows', '2026-02.json'));
    const store = await openStore(dir, { clock });
    expect(store.isFresh).toBe(false);
    expect(store.setupState()).toBe('done');
    expect(store.alerts).toEqual([]);
    expect((await store.records(rowsSpec)).all().map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.alerts.map((a) => [a.code, a.params.file])).toEqual([['store-missing-restored', path.join('rows', '2026-02.json')]]);
    expect(await manifestFiles(dir)).toEqual(['people.json', 'rows/2026-02.json', 'rows/2026-03.json']);
  });

  it('keeps setup open in a directory from before manifests that was started but never set up', async () => {
    const dir = await dirs.make();
    await fs.writeFile(path.join(dir, 'people.json'), JSON.stringify({ schemaVersion: 1, data: { people: [] } }));
    await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, data: {} }));
    const store = await openStore(dir);
    expect(store.isFresh).toBe(false);
    expect(store.setupState()).toBe('pending');
  });

  it('refuses a data key other than the one the directory was written with, before reading anything', async () => {
    const dir = await dirs.make();
    const encrypted = { ...peopleSpec, encrypted: true };
    const store = await openStore(dir, { secretCodec: aesGcmCodec(randomBytes(32)) });
    await (await store.doc(encrypted)).update(() => ({ people: ['Robin'] }));
    await closeStore(store);
    await expect(openStore(dir, { secretCodec: aesGcmCodec(randomBytes(32)) })).rejects.toBeInstanceOf(StoreKeyError);
    expect(await fs.readdir(dir)).not.toContain('quarantine');
  });
});

describe('counters', () => {
  it('hands out numbers on disk before they are used, one at a time, and continues after a restart', async () => {
    const dir = await dirs.make();
    let store = await openStore(dir);
    let orders = await store.counter('order', { seen: 0, atLeast: 1000 });
    const numbers = await Promise.all(Array.from({ length: 20 }, () => orders.next()));
    expect(new Set(numbers).size).toBe(20);
    expect(Math.min(...numbers)).toBe(1001);
    expect((await readJson(path.join(dir, 'counters.json'))).data.counters).toEqual({ order: 1020 });
    await closeStore(store);
    store = await openStore(dir);
    orders = await store.counter('order', { seen: 0, atLeast: 1000 });
    expect(await orders.next()).toBe(1021);
  });

  it('never goes backwards: the highest of the counters file, the manifest, the snapshot copy and the records wins', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T09:00:00Z');
    let store = await openStore(dir, { clock });
    let counter = await store.counter('ticket', { seen: 0 });
    for (let i = 0; i < 5; i++) await counter.next();
    await closeStore(store);
    // An old counters file put back (from a backup): the records still hold number 9.
    await fs.writeFile(path.join(dir, 'counters.json'), JSON.stringify({ schemaVersion: 1, data: { setup: 'pending', counters: { ticket: 2 } } }));
    store = await openStore(dir, { clock });
    counter = await store.counter('ticket', { seen: 9 });
    expect(await counter.next()).toBe(10);
    await closeStore(store);
    // The counters file lost: the manifest's copy (written with it) and the newest snapshot's still know.
    clock.advance(DAY);
    await closeStore(await openStore(dir, { clock }));
    await fs.rm(path.join(dir, 'counters.json'));
    store = await openStore(dir, { clock });
    counter = await store.counter('ticket', { seen: 0 });
    expect(await counter.next()).toBe(11);
  });

  it('jumps to a floor (a new day of tickets) without ever going under the last number', async () => {
    const store = await openStore(await dirs.make());
    const counter = await store.counter('ticket', { seen: 0 });
    expect(await counter.next(20260301_0000)).toBe(20260301_0001);
    expect(await counter.next(20260301_0000)).toBe(20260301_0002);
    expect(await counter.next(20260302_0000)).toBe(20260302_0001);
    // A clock set back a day does not reuse numbers either.
    expect(await counter.next(20260301_0000)).toBe(20260302_0002);
  });
});
