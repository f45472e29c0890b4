import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KioskFailure } from '../../../shared/result';
import { aesGcmCodec } from './codec';
import { monthOf, Store, StoreLockedError, StoreVersionError, type DocSpec, type RecordsSpec } from './store';
import { tempDirs, testClock } from './test-support';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await dirs.cleanup();
});

async function openStore(dataDir: string, options: Partial<Parameters<typeof Store.open>[0]> = {}): Promise<Store> {
  const store = await Store.open({ dataDir, ...options });
  open.push(store);
  return store;
}
async function closeStore(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

const noteSchema = z.object({ title: z.string().min(1), count: z.int() });
type Note = z.infer<typeof noteSchema>;
const noteSpec: DocSpec<Note> = { name: 'note', schema: noteSchema, version: 1, defaults: () => ({ title: 'first', count: 0 }) };

const orderSchema = z.object({ id: z.string(), createdAt: z.string(), name: z.string() });
type Order = z.infer<typeof orderSchema>;
const ordersSpec: RecordsSpec<Order> = { name: 'orders', schema: orderSchema, version: 1, partitionOf: (o) => monthOf(o.createdAt) };
const order = (id: string, createdAt: string, name = 'Dana'): Order => ({ id, createdAt, name });

const readJson = async (file: string): Promise<unknown> => JSON.parse(await fs.readFile(file, 'utf8'));
const listAll = async (dir: string): Promise<string[]> => (await fs.readdir(dir, { recursive: true })).map(String);

const here = path.dirname(fileURLToPath(import.meta.url));
const childScript = path.join(here, 'test-fixtures', 'store-child.ts');

/** Runs the store child script; resolves with the process and a way to wait for an output line. */
function startChild(mode: string, dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, mode, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (test: (out: string) => boolean, timeoutMs = 20_000): Promise<string> => {
    const start = Date.now();
    while (!test(out)) {
      if (child.exitCode !== null && !test(out)) throw new Error(`child exited early: ${out} ${err}`);
      if (Date.now() - start > timeoutMs) throw new Error(`child timed out: ${out} ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  };
  return { child, exited, waitFor, output: () => out, errors: () => err };
}

describe('durable writes', () => {
  it('puts the new value in the file, in an envelope with the schema version, and leaves no temp files', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const doc = await store.doc(noteSpec);
    await doc.update((d) => {
      d.count = 7;
    });
    expect(await readJson(path.join(dir, 'note.json'))).toEqual({ schemaVersion: 1, data: { title: 'first', count: 7 } });
    const records = await store.records(ordersSpec);
    await records.insert(order('a', '2026-03-02T10:00:00Z'));
    expect(await readJson(path.join(dir, 'orders', '2026-03.json'))).toEqual({ schemaVersion: 1, data: [order('a', '2026-03-02T10:00:00Z')] });
    expect((await listAll(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = await openStore(await dirs.make());
    const doc = await store.doc(noteSpec);
    await Promise.all(Array.from({ length: 40 }, () => doc.update((d) => ({ ...d, count: d.count + 1 }))));
    expect(doc.get().count).toBe(40);
  });

  it('changes nothing when the update function refuses or the result is invalid', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const doc = await store.doc(noteSpec);
    await doc.update((d) => ({ ...d, count: 1 }));
    const before = await fs.stat(path.join(dir, 'note.json'));
    await expect(
      doc.update((d) => {
        d.count = 99;
        throw new KioskFailure('nope', 'refused');
      }),
    ).rejects.toMatchObject({ code: 'nope' });
    await expect(doc.update((d) => ({ ...d, title: '' }))).rejects.toThrow();
    expect(doc.get()).toEqual({ title: 'first', count: 1 });
    const after = await fs.stat(path.join(dir, 'note.json'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('keeps old data in memory and on disk when the doc write fails (folder replaced by a file)', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const doc = await store.doc({ ...noteSpec, name: 'nested/note' });
    await doc.update((d) => ({ ...d, count: 1 }));
    // As root, permissions stop nothing; a file where the folder should be stops every write.
    await fs.rename(path.join(dir, 'nested'), path.join(dir, 'nested-aside'));
    await fs.writeFile(path.join(dir, 'nested'), 'not a folder');
    await expect(doc.update((d) => ({ ...d, count: 2 }))).rejects.toThrow();
    expect(doc.get().count).toBe(1);
    await fs.rm(path.join(dir, 'nested'));
    await fs.rename(path.join(dir, 'nested-aside'), path.join(dir, 'nested'));
    expect(await readJson(path.join(dir, 'nested', 'note.json'))).toEqual({ schemaVersion: 1, data: { title: 'first', count: 1 } });
    // The next write works again.
    await doc.update((d) => ({ ...d, count: 3 }));
    expect(await readJson(path.join(dir, 'nested', 'note.json'))).toMatchObject({ data: { count: 3 } });
  });

  it('keeps old records when a partition write fails (rename onto a folder), and cleans its temp file', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const records = await store.records(ordersSpec);
    await records.insert(order('a', '2026-03-02T10:00:00Z'));
    const file = path.join(dir, 'orders', '2026-03.json');
    await fs.rename(file, `${file}.aside`);
    await fs.mkdir(file);
    await fs.writeFile(path.join(file, 'blocker'), 'x');
    await expect(records.insert(order('b', '2026-03-03T10:00:00Z'))).rejects.toThrow();
    expect(records.get('b')).toBeUndefined();
    expect(records.all().map((r) => r.id)).toEqual(['a']);
    expect((await fs.readdir(path.join(dir, 'orders'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await fs.rm(file, { recursive: true });
    await fs.rename(`${file}.aside`, file);
    expect(await readJson(file)).toEqual({ schemaVersion: 1, data: [order('a', '2026-03-02T10:00:00Z')] });
    // A failed write also leaves update and insert usable.
    await records.insert(order('b', '2026-03-03T10:00:00Z'));
    expect(records.size).toBe(2);
  });

  it('refuses a duplicate id and a change of partition', async () => {
    const store = await openStore(await dirs.make());
    const records = await store.records(ordersSpec);
    await records.insert(order('a', '2026-03-02T10:00:00Z'));
    await expect(records.insert(order('a', '2026-04-02T10:00:00Z'))).rejects.toMatchObject({ code: 'conflict' });
    await expect(records.update('a', (r) => ({ ...r, createdAt: '2026-05-01T00:00:00Z' }))).rejects.toThrow(/partition/);
    await expect(records.update('zz', (r) => r)).rejects.toMatchObject({ code: 'not-found' });
    expect(records.get('a')?.createdAt).toBe('2026-03-02T10:00:00Z');
  });

  it('survives SIGKILL in the middle of a write loop: the file parses and holds the last or the next value', async () => {
    const dir = await dirs.make();
    type Counter = { schemaVersion: number; data: { n: number; pad: string } };
    let onDisk: Counter | null = null;
    // Several kills at different moments, each restarting from what the last one left.
    for (const extraLines of [3, 11, 17]) {
      const start = onDisk?.data.n ?? 0;
      const run = startChild('write-loop', dir);
      await run.waitFor((out) => out.split('\n').length > extraLines);
      run.child.kill('SIGKILL');
      await run.exited;
      const lines = run.output().trim().split('\n');
      const lastConfirmed = Number(lines[lines.length - 1]);
      expect(lastConfirmed).toBeGreaterThan(start);
      onDisk = (await readJson(path.join(dir, 'counter.json'))) as Counter;
      expect(onDisk.schemaVersion).toBe(1);
      expect([lastConfirmed, lastConfirmed + 1]).toContain(onDisk.data.n);
      expect(onDisk.data.pad.length).toBe(512 * 1024);
    }
    if (!onDisk) throw new Error('no run');
    // The dead writer's lock is taken over at once, and its leftover temp files go.
    await fs.writeFile(path.join(dir, '.counter.json.0123456789ab.tmp'), 'torn');
    const store = await openStore(dir);
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const doc = await store.doc({ name: 'counter', schema: z.object({ n: z.int(), pad: z.string() }), version: 1, defaults: () => ({ n: -1, pad: '' }) });
    expect(doc.get().n).toBe(onDisk.data.n);
  });
});

describe('one writer per data directory', () => {
  it('refuses a second open in the same process until the first closes', async () => {
    const dir = await dirs.make();
    const first = await openStore(dir);
    await expect(Store.open({ dataDir: dir })).rejects.toBeInstanceOf(StoreLockedError);
    await expect(Store.open({ dataDir: dir })).rejects.toThrow(/already using the data directory/);
    await closeStore(first);
    await first.close();
    await openStore(dir);
  });

  it('gives a second process a clear error while the first runs', async () => {
    const dir = await dirs.make();
    const holder = startChild('hold', dir);
    try {
      await holder.waitFor((out) => out.includes('holding'));
      await expect(Store.open({ dataDir: dir })).rejects.toBeInstanceOf(StoreLockedError);
      const other = startChild('try-open', dir);
      await other.exited;
      expect(other.output()).toMatch(/^StoreLockedError: Another Commons Kiosk is already using the data directory/);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    // Killed without releasing: the next start does not wait for the lock to go stale.
    await openStore(dir);
  });

  // Fault 6: a holder frozen past the old lock's 20 s stale time (proper-lockfile) lost its lock to a second host,
  // then woke up and went on writing: acknowledged writes lost, numbers issued twice.
  it('never takes the lock of a holder that is alive but stopped (SIGSTOP past the old stale time); it resumes and loses nothing', async () => {
    const dir = await dirs.make();
    const holder = startChild('write-loop', dir);
    try {
      await holder.waitFor((out) => out.split('\n').length > 5);
      holder.child.kill('SIGSTOP');
      const frozenAt = Number(holder.output().trim().split('\n').at(-1));
      // Longer than the 20 s after which the old lock counted as stale and was taken over.
      await new Promise((r) => setTimeout(r, 21_000));
      const second = startChild('try-open', dir);
      await second.exited;
      expect(second.output()).toMatch(/^StoreLockedError: Another Commons Kiosk is already using the data directory/);
      holder.child.kill('SIGCONT');
      await holder.waitFor((out) => Number(out.trim().split('\n').at(-1)) > frozenAt + 5);
      expect(holder.child.exitCode).toBeNull();
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    const lines = holder.output().trim().split('\n').map(Number);
    const onDisk = (await readJson(path.join(dir, 'counter.json'))) as { data: { n: number } };
    // Every acknowledged value, in order, with none skipped or repeated, and the file holds the last (or the one in flight).
    expect(lines).toEqual(lines.map((_, i) => i + 1));
    expect([lines.at(-1), (lines.at(-1) ?? 0) + 1]).toContain(onDisk.data.n);
  }, 60_000);

  it('a holder whose lock was taken stops writing before its next write and exits with a sentence', async () => {
    const dir = await dirs.make();
    const holder = startChild('write-loop', dir);
    try {
      await holder.waitFor((out) => out.split('\n').length > 3);
      // Someone removes the lock by hand and a second kiosk starts.
      await fs.rm(path.join(dir, 'kiosk.lock'), { recursive: true, force: true });
      await fs.rm(path.join(dir, 'kiosk.lock.pid'), { force: true });
      const taker = await openStore(dir);
      const code = await Promise.race([holder.exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
      expect(code).toBe(3);
      expect(holder.errors()).toMatch(/Commons Kiosk stopped writing: another program took over the data directory/);
      // Its last write is whole, and nothing came after the last one it acknowledged (or the one in flight).
      const last = Number(holder.output().trim().split('\n').at(-1));
      const onDisk = (await readJson(path.join(dir, 'counter.json'))) as { data: { n: number } };
      expect([last, last + 1]).toContain(onDisk.data.n);
      // The new holder writes on.
      const doc = await taker.doc({ name: 'counter', schema: z.object({ n: z.int(), pad: z.string() }), version: 1, defaults: () => ({ n: 0, pad: '' }) });
      await doc.update(() => ({ n: -1, pad: 'taken over' }));
      expect(await readJson(path.join(dir, 'counter.json'))).toMatchObject({ data: { n: -1, pad: 'taken over' } });
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  });

  it('does not take over a lock whose holder is alive even when it names another host', async () => {
    const dir = await dirs.make();
    const first = await openStore(dir);
    await fs.writeFile(path.join(dir, 'kiosk.lock.pid'), JSON.stringify({ pid: 999_999_999, host: 'elsewhere' }));
    await expect(Store.open({ dataDir: dir })).rejects.toBeInstanceOf(StoreLockedError);
    await closeStore(first);
  });
});

describe('recovery from damaged files', () => {
  const spec: DocSpec<Note> = noteSpec;

  /** Writes A on day 1, B on day 2, C on day 3; the snapshots taken at each open hold A (day 2) and B (day 3). */
  async function withTwoSnapshots(options: { secret?: Buffer } = {}): Promise<{ dir: string; clock: ReturnType<typeof testClock> }> {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T09:00:00Z');
    const codec = options.secret ? aesGcmCodec(options.secret) : null;
    const encSpec = { ...spec, encrypted: Boolean(options.secret) };
    for (const [day, title] of [['01', 'A'], ['02', 'B'], ['03', 'C']] as const) {
      clock.set(`2026-03-${day}T09:00:00Z`);
      const store = await openStore(dir, { clock, secretCodec: codec });
      await (await store.doc(encSpec)).update((d) => ({ ...d, title }));
      await closeStore(store);
    }
    return { dir, clock };
  }

  const damage: [string, (file: string) => Promise<void>][] = [
    ['truncated JSON', async (file) => fs.writeFile(file, (await fs.readFile(file)).subarray(0, 20))],
    ['an empty file', (file) => fs.writeFile(file, '')],
    ['valid JSON that breaks the schema', (file) => fs.writeFile(file, JSON.stringify({ schemaVersion: 1, data: { title: 5 } }))],
    ['JSON without an envelope', (file) => fs.writeFile(file, JSON.stringify({ title: 'x', count: 1 }))],
  ];

  for (const [what, spoil] of damage) {
    it(`quarantines ${what}, restores the newest good snapshot and raises an alert`, async () => {
      const { dir, clock } = await withTwoSnapshots();
      await spoil(path.join(dir, 'note.json'));
      const spoiled = await fs.readFile(path.join(dir, 'note.json'));
      clock.set('2026-03-03T11:00:00Z');
      const store = await openStore(dir, { clock });
      const doc = await store.doc(spec);
      // The day-3 snapshot was taken at open, before C was written: it holds B.
      expect(doc.get().title).toBe('B');
      expect(store.alerts).toEqual([
        expect.objectContaining({ level: 'warning', code: 'store-restored', params: expect.objectContaining({ file: 'note.json', snapshot: '2026-03-03' }) }),
      ]);
      const movedTo = store.alerts[0]!.params.movedTo!;
      expect(movedTo.startsWith('quarantine')).toBe(true);
      expect(await fs.readFile(path.join(dir, movedTo))).toEqual(spoiled);
      // Restored value is written back durably.
      expect(await readJson(path.join(dir, 'note.json'))).toMatchObject({ data: { title: 'B' } });
    });
  }

  it('skips a damaged snapshot and uses an older good one', async () => {
    const { dir, clock } = await withTwoSnapshots();
    await fs.writeFile(path.join(dir, 'snapshots', '2026-03-03', 'note.json'), '{"trunc');
    await fs.writeFile(path.join(dir, 'note.json'), '{"trunc');
    clock.set('2026-03-03T11:00:00Z');
    const store = await openStore(dir, { clock });
    const doc = await store.doc(spec);
    expect(doc.get().title).toBe('A');
    expect(store.alerts[0]).toMatchObject({ code: 'store-restored', params: { snapshot: '2026-03-02' } });
  });

  it('quarantines a file encrypted with another key and restores from a snapshot', async () => {
    const key = randomBytes(32);
    const { dir, clock } = await withTwoSnapshots({ secret: key });
    // Same layout, other key: the tag check fails.
    await fs.writeFile(path.join(dir, 'note.json'), aesGcmCodec(randomBytes(32)).encode(JSON.stringify({ schemaVersion: 1, data: { title: 'evil', count: 0 } })));
    clock.set('2026-03-03T11:00:00Z');
    const store = await openStore(dir, { clock, secretCodec: aesGcmCodec(key) });
    const doc = await store.doc({ ...spec, encrypted: true });
    expect(doc.get().title).toBe('B');
    expect(store.alerts[0]?.code).toBe('store-restored');
  });

  it('with no snapshot: keeps the bad file aside, starts from defaults and raises store-reset (never silently)', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T09:00:00Z');
    await fs.writeFile(path.join(dir, 'note.json'), '{"schemaVersion":1,"data":{"title":"lost"');
    const store = await openStore(dir, { clock });
    // The snapshot taken at open copied the bad file; it is still not accepted.
    const doc = await store.doc(spec);
    expect(doc.get()).toEqual({ title: 'first', count: 0 });
    expect(store.alerts).toEqual([expect.objectContaining({ level: 'error', code: 'store-reset', params: expect.objectContaining({ file: 'note.json' }) })]);
    const aside = path.join(dir, store.alerts[0]!.params.movedTo!);
    expect(await fs.readFile(aside, 'utf8')).toBe('{"schemaVersion":1,"data":{"title":"lost"');
  });

  it('recovers one damaged partition of a record collection, leaving the others alone', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T09:00:00Z');
    let store = await openStore(dir, { clock });
    let records = await store.records(ordersSpec);
    await records.insert(order('jan', '2026-01-05T10:00:00Z'));
    await records.insert(order('feb', '2026-02-05T10:00:00Z'));
    await closeStore(store);
    clock.set('2026-03-02T09:00:00Z');
    store = await openStore(dir, { clock });
    await closeStore(store);
    await fs.writeFile(path.join(dir, 'orders', '2026-02.json'), '[{"id":');
    store = await openStore(dir, { clock });
    records = await store.records(ordersSpec);
    expect(records.all().map((r) => r.id)).toEqual(['jan', 'feb']);
    expect(store.alerts.map((a) => [a.code, a.params.file])).toEqual([['store-restored', path.join('orders', '2026-02.json')]]);
  });

  it('refuses to open an encrypted collection without a key', async () => {
    const store = await openStore(await dirs.make());
    await expect(store.doc({ ...spec, encrypted: true })).rejects.toThrow(/without a key/);
  });
});

describe('schema versions', () => {
  const v2Schema = z.object({ title: z.string(), count: z.int(), tags: z.array(z.string()) });

  it('migrates a version 1 file for a version 2 spec and rewrites it', async () => {
    const dir = await dirs.make();
    await fs.writeFile(path.join(dir, 'note.json'), JSON.stringify({ schemaVersion: 1, data: { title: 'old', count: 3 } }));
    const store = await openStore(dir);
    const seen: number[] = [];
    const doc = await store.doc({
      name: 'note',
      schema: v2Schema,
      version: 2,
      defaults: () => ({ title: '', count: 0, tags: [] }),
      migrate: (from, data) => {
        seen.push(from);
        return { ...(data as object), tags: ['migrated'] };
      },
    });
    expect(seen).toEqual([1]);
    expect(doc.get()).toEqual({ title: 'old', count: 3, tags: ['migrated'] });
    expect(await readJson(path.join(dir, 'note.json'))).toEqual({ schemaVersion: 2, data: { title: 'old', count: 3, tags: ['migrated'] } });
    expect(store.alerts).toEqual([]);
  });

  it('migrates every partition of a record collection', async () => {
    const dir = await dirs.make();
    await fs.mkdir(path.join(dir, 'orders'));
    await fs.writeFile(path.join(dir, 'orders', '2026-01.json'), JSON.stringify({ schemaVersion: 1, data: [{ id: 'a', createdAt: '2026-01-01T00:00:00Z', fullName: 'A' }] }));
    const store = await openStore(dir);
    const records = await store.records({
      ...ordersSpec,
      version: 2,
      migrate: (_from, data) => (data as { id: string; createdAt: string; fullName: string }[]).map(({ fullName, ...rest }) => ({ ...rest, name: fullName })),
    });
    expect(records.get('a')?.name).toBe('A');
    expect(await readJson(path.join(dir, 'orders', '2026-01.json'))).toMatchObject({ schemaVersion: 2, data: [{ name: 'A' }] });
  });

  it('refuses a file written by a newer version instead of overwriting it', async () => {
    const dir = await dirs.make();
    const text = JSON.stringify({ schemaVersion: 3, data: { title: 'future', count: 1 } });
    await fs.writeFile(path.join(dir, 'note.json'), text);
    const store = await openStore(dir);
    await expect(store.doc(noteSpec)).rejects.toBeInstanceOf(StoreVersionError);
    expect(await fs.readFile(path.join(dir, 'note.json'), 'utf8')).toBe(text);
  });
});

describe('partitions', () => {
  it('a write touches only its own partition file', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const records = await store.records(ordersSpec);
    for (const month of ['01', '02', '03']) await records.insert(order(`o-${month}`, `2026-${month}-10T10:00:00Z`));
    const statOf = (month: string) => fs.stat(path.join(dir, 'orders', `2026-${month}.json`));
    const before = { jan: await statOf('01'), feb: await statOf('02'), mar: await statOf('03') };
    await new Promise((r) => setTimeout(r, 20));
    await records.insert(order('o-03b', '2026-03-11T10:00:00Z'));
    await records.update('o-03', (r) => ({ ...r, name: 'Changed' }));
    const after = { jan: await statOf('01'), feb: await statOf('02'), mar: await statOf('03') };
    for (const month of ['jan', 'feb'] as const) {
      expect(after[month].ino).toBe(before[month].ino);
      expect(after[month].mtimeMs).toBe(before[month].mtimeMs);
    }
    expect(after.mar.mtimeMs).toBeGreaterThan(before.mar.mtimeMs);
    const removed = await records.removeWhere((r) => r.id === 'o-01');
    expect(removed).toBe(1);
    expect((await fs.stat(path.join(dir, 'orders', '2026-02.json'))).ino).toBe(before.feb.ino);
  });

  it('refuses collection names and partition keys that could leave the data folder', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    for (const name of ['../outside', '/etc/x', 'a/../../b', 'snapshots', 'quarantine/x', '', '.hidden', 'a\\b']) {
      await expect(store.doc({ ...noteSpec, name }), name).rejects.toThrow(/Not a usable store name/);
      await expect(store.records({ ...ordersSpec, name }), name).rejects.toThrow(/Not a usable store name/);
    }
    const records = await store.records({ ...ordersSpec, partitionOf: (o) => o.name });
    for (const key of ['../../escape', '..', 'a/b', '', '.x']) {
      await expect(records.insert(order(`id-${key}`, '2026-01-01T00:00:00Z', key)), key).rejects.toThrow(/Not a usable partition key/);
    }
    expect(await fs.readdir(path.dirname(dir))).not.toContain('escape.json');
    expect(records.size).toBe(0);
  });

  it('splits a busy partition into chunk files, so a write rewrites one small file', async () => {
    const dir = await dirs.make();
    const spec = { ...ordersSpec, chunkSize: 3 };
    let store = await openStore(dir);
    let records = await store.records(spec);
    for (let i = 0; i < 7; i++) await records.insert(order(`m${i}`, `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00Z`));
    const files = (await fs.readdir(path.join(dir, 'orders'))).sort();
    expect(files).toEqual(['2026-03.1.json', '2026-03.2.json', '2026-03.json']);
    expect(((await readJson(path.join(dir, 'orders', '2026-03.json'))) as { data: Order[] }).data.map((o) => o.id)).toEqual(['m0', 'm1', 'm2']);
    expect(((await readJson(path.join(dir, 'orders', '2026-03.2.json'))) as { data: Order[] }).data.map((o) => o.id)).toEqual(['m6']);
    // Updating a record in the first chunk touches that chunk only.
    const statOf = (name: string) => fs.stat(path.join(dir, 'orders', name));
    const before = { c0: await statOf('2026-03.json'), c1: await statOf('2026-03.1.json'), c2: await statOf('2026-03.2.json') };
    await new Promise((r) => setTimeout(r, 20));
    await records.update('m1', (o) => ({ ...o, name: 'Changed' }));
    expect((await statOf('2026-03.json')).mtimeMs).toBeGreaterThan(before.c0.mtimeMs);
    expect((await statOf('2026-03.1.json')).mtimeMs).toBe(before.c1.mtimeMs);
    expect((await statOf('2026-03.2.json')).mtimeMs).toBe(before.c2.mtimeMs);
    await closeStore(store);
    store = await openStore(dir);
    records = await store.records(spec);
    expect(records.all().map((o) => o.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(records.get('m1')?.name).toBe('Changed');
    // New records fill the last chunk after a reload too.
    await records.insert(order('m7', '2026-03-20T10:00:00Z'));
    expect(((await readJson(path.join(dir, 'orders', '2026-03.2.json'))) as { data: Order[] }).data.map((o) => o.id)).toEqual(['m6', 'm7']);
    expect(await records.removeWhere((o) => o.id === 'm4' || o.id === 'm0')).toBe(2);
    await closeStore(store);
    store = await openStore(dir);
    expect((await store.records(spec)).all().map((o) => o.id)).toEqual(['m1', 'm2', 'm3', 'm5', 'm6', 'm7']);
  });

  it('reloads every partition in partition order', async () => {
    const dir = await dirs.make();
    let store = await openStore(dir);
    let records = await store.records(ordersSpec);
    await records.insert(order('late', '2026-05-01T00:00:00Z'));
    await records.insert(order('early', '2025-12-01T00:00:00Z'));
    await closeStore(store);
    store = await openStore(dir);
    records = await store.records(ordersSpec);
    expect(records.all().map((r) => r.id)).toEqual(['early', 'late']);
    expect(records.size).toBe(2);
    // One partition alone, and none for a month without records.
    expect(records.inPartition('2026-05').map((r) => r.id)).toEqual(['late']);
    expect(records.inPartition('2026-01')).toEqual([]);
  });
});

describe('snapshots', () => {
  it('takes one snapshot a day and keeps 14 days of them', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T08:00:00Z');
    const store = await openStore(dir, { clock });
    const doc = await store.doc(noteSpec);
    for (let day = 0; day < 20; day++) {
      await doc.update((d) => ({ ...d, count: day }));
      await store.snapshotIfDue();
      expect(await store.snapshotIfDue()).toBeNull();
      clock.advance(24 * 60 * 60 * 1000);
    }
    const days = (await fs.readdir(path.join(dir, 'snapshots'))).sort();
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-03-07');
    expect(days[13]).toBe('2026-03-20');
    expect(await readJson(path.join(dir, 'snapshots', '2026-03-20', 'note.json'))).toMatchObject({ data: { count: 19 } });
    // A long switch-off: only recent snapshots stay, however few.
    clock.set('2026-05-01T08:00:00Z');
    await store.snapshotIfDue();
    expect(await fs.readdir(path.join(dir, 'snapshots'))).toEqual(['2026-05-01']);
  });

  it('drops quarantined files after 30 days', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T08:00:00Z');
    await fs.writeFile(path.join(dir, 'note.json'), '{broken');
    const store = await openStore(dir, { clock });
    await store.doc(noteSpec);
    const [stamp] = await fs.readdir(path.join(dir, 'quarantine'));
    expect(stamp?.startsWith('2026-03-01')).toBe(true);
    clock.set('2026-03-30T08:00:00Z');
    await store.snapshotIfDue();
    expect(await fs.readdir(path.join(dir, 'quarantine'))).toEqual([stamp]);
    clock.set('2026-04-01T08:00:00Z');
    await store.snapshotIfDue();
    expect(await fs.readdir(path.join(dir, 'quarantine'))).toEqual([]);
  });

  it('still opens when the snapshot cannot be taken, and raises an alert', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T08:00:00Z');
    // A file where the snapshots folder should be: every snapshot attempt fails.
    await fs.writeFile(path.join(dir, 'snapshots'), 'in the way');
    const store = await openStore(dir, { clock });
    expect(store.alerts).toEqual([expect.objectContaining({ level: 'warning', code: 'store-snapshot-failed' })]);
    const doc = await store.doc(noteSpec);
    await doc.update((d) => ({ ...d, count: 1 }));
    expect(doc.get().count).toBe(1);
  });

  it('does not copy locks, quarantine, temp files or earlier snapshots into a snapshot', async () => {
    const dir = await dirs.make();
    const clock = testClock('2026-03-01T08:00:00Z');
    const store = await openStore(dir, { clock });
    await (await store.records(ordersSpec)).insert(order('a', '2026-03-01T00:00:00Z'));
    await fs.mkdir(path.join(dir, 'quarantine', 'x'), { recursive: true });
    await fs.writeFile(path.join(dir, 'quarantine', 'x', 'bad.json'), '{');
    clock.advance(24 * 60 * 60 * 1000);
    const target = await store.snapshotIfDue();
    expect(target).not.toBeNull();
    expect((await listAll(target!)).sort()).toEqual(['counters.json', 'manifest.json', 'orders', path.join('orders', '2026-03.json')]);
  });
});

describe('protection at rest', () => {
  it('creates owner-only files and folders, and tightens an existing data folder', async () => {
    const dir = await dirs.make();
    await fs.chmod(dir, 0o755);
    const store = await openStore(dir, { secretCodec: aesGcmCodec(randomBytes(32)) });
    await (await store.doc(noteSpec)).update((d) => ({ ...d, count: 1 }));
    await (await store.records({ ...ordersSpec, encrypted: true })).insert(order('a', '2026-03-01T00:00:00Z'));
    const mode = async (p: string) => (await fs.stat(p)).mode & 0o777;
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(path.join(dir, 'note.json'))).toBe(0o600);
    expect(await mode(path.join(dir, 'orders'))).toBe(0o700);
    expect(await mode(path.join(dir, 'orders', '2026-03.json'))).toBe(0o600);
    expect(await mode(path.join(dir, 'snapshots'))).toBe(0o700);
    await store.snapshotIfDue();
    const [day] = await fs.readdir(path.join(dir, 'snapshots'));
    expect(await mode(path.join(dir, 'snapshots', day!))).toBe(0o700);
  });

  it('never writes the plaintext of an encrypted collection', async () => {
    const dir = await dirs.make();
    const key = randomBytes(32);
    let store = await openStore(dir, { secretCodec: aesGcmCodec(key) });
    const records = await store.records({ ...ordersSpec, encrypted: true });
    await records.insert(order('secret-id-123', '2026-03-01T00:00:00Z', 'Marisol Quintanilla'));
    const doc = await store.doc({ ...noteSpec, name: 'private', encrypted: true });
    await doc.update((d) => ({ ...d, title: 'Diabetes follow-up' }));
    const raw = Buffer.concat([await fs.readFile(path.join(dir, 'orders', '2026-03.json')), await fs.readFile(path.join(dir, 'private.json'))]);
    for (const plain of ['Marisol', 'Quintanilla', 'secret-id-123', 'Diabetes', 'schemaVersion', '2026-03-01']) {
      expect(raw.includes(Buffer.from(plain))).toBe(false);
      expect(raw.includes(Buffer.from(plain, 'utf16le'))).toBe(false);
    }
    await closeStore(store);
    store = await openStore(dir, { secretCodec: aesGcmCodec(key) });
    expect((await store.records({ ...ordersSpec, encrypted: true })).get('secret-id-123')?.name).toBe('Marisol Quintanilla');
  });
});
