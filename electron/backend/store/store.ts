import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import lockfile from 'proper-lockfile';
import type { z } from 'zod';
import { plainCodec, type Codec } from './codec';
import { ensureDir, isErrno, readFileOrNull, writeFileDurable } from './durable-file';
import { SerialQueue } from './serial-queue';
import { KioskFailure } from '../../../shared/result';

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/** Every file on disk: the data plus the schema version it was written with. */
type Envelope<T> = { schemaVersion: number; data: T };

type Versioned = {
  /** Current schema version; files at an older version pass through `migrate`. */
  version: number;
  /** Takes data written at `fromVersion` and returns it at `version`. */
  migrate?: (fromVersion: number, data: unknown) => unknown;
  /** Health data and the like: encrypted at rest with the store's key. */
  encrypted?: boolean;
};

export type DocSpec<T> = Versioned & {
  /** File name relative to the data directory, without `.json`. */
  name: string;
  schema: z.ZodType<T>;
  defaults: () => T;
};

export type RecordsSpec<T extends { id: string }> = Versioned & {
  /** Folder relative to the data directory; one file per partition. */
  name: string;
  schema: z.ZodType<T>;
  /** Partition key (for example the month a record was created); must not change for a record. */
  partitionOf: (record: T) => string;
};

export type StoreAlert = {
  level: 'warning' | 'error';
  code: 'store-restored' | 'store-reset' | 'store-lock-compromised';
  params: Record<string, string>;
  at: string;
};

export type StoreOptions = {
  dataDir: string;
  clock?: Clock;
  /** Codec for `encrypted` collections (AES-256-GCM); without it they cannot be opened. */
  secretCodec?: Codec | null;
  snapshotsToKeep?: number;
};

export class StoreLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`Another Commons Kiosk is already using the data directory ${dataDir}. Close it first, or choose another --data-dir.`);
  }
}

export class StoreVersionError extends Error {}

/** A snapshot folder is named for the day it was taken: snapshots/YYYY-MM-DD. */
const SNAPSHOTS = 'snapshots';
const QUARANTINE = 'quarantine';
const LOCK_FILE = 'kiosk.lock';

class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly codec: Codec,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readFileOrNull(this.file);
    if (bytes === null) return null;
    // A truncated file or a wrong key throws here; the store quarantines it.
    const parsed: unknown = JSON.parse(this.codec.decode(bytes));
    return parsed as T;
  }

  async write(data: T): Promise<void> {
    await ensureDir(path.dirname(this.file));
    await writeFileDurable(this.file, this.codec.encode(JSON.stringify(data)));
  }
}

type ReadOutcome<T> = { kind: 'missing' } | { kind: 'ok'; data: T; migrated: boolean } | { kind: 'bad'; reason: string };

export class Store {
  readonly alerts: StoreAlert[] = [];
  readonly clock: Clock;
  private readonly snapshotsToKeep: number;
  private snapshotTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly dataDir: string,
    private readonly release: () => Promise<void>,
    private readonly secretCodec: Codec | null,
    options: StoreOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.snapshotsToKeep = options.snapshotsToKeep ?? 14;
  }

  /** Opens a data directory as its only writer. A second process gets StoreLockedError. */
  static async open(options: StoreOptions): Promise<Store> {
    const dataDir = path.resolve(options.dataDir);
    await ensureDir(dataDir);
    let release: () => Promise<void>;
    let store: Store | null = null;
    try {
      release = await lockfile.lock(dataDir, {
        lockfilePath: path.join(dataDir, LOCK_FILE),
        realpath: false,
        stale: 20_000,
        update: 5_000,
        retries: 0,
        // Another process took the lock (the machine slept past `stale`): tell staff, keep serving.
        onCompromised: () => {
          store?.raise('error', 'store-lock-compromised', { dataDir });
        },
      });
    } catch (error) {
      if (isErrno(error, 'ELOCKED')) throw new StoreLockedError(dataDir);
      throw error;
    }
    store = new Store(dataDir, release, options.secretCodec ?? null, options);
    await store.snapshotIfDue();
    store.snapshotTimer = setInterval(() => void store?.snapshotIfDue().catch(() => undefined), 60 * 60 * 1000);
    store.snapshotTimer.unref();
    return store;
  }

  async close(): Promise<void> {
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    this.snapshotTimer = null;
    await this.release();
  }

  raise(level: StoreAlert['level'], code: StoreAlert['code'], params: Record<string, string>): void {
    this.alerts.push({ level, code, params, at: this.clock.now().toISOString() });
  }

  async doc<T>(spec: DocSpec<T>): Promise<Doc<T>> {
    const rel = `${spec.name}.json`;
    const codec = this.codecFor(spec);
    const outcome = await this.loadWithRecovery(rel, codec, spec, (raw) => spec.schema.parse(raw));
    const low = new Low<Envelope<T>>(new DurableJsonFile(this.fileOf(rel), codec), {
      schemaVersion: spec.version,
      data: outcome.kind === 'ok' ? outcome.data : spec.defaults(),
    });
    const doc = new Doc(low, spec);
    if (outcome.kind !== 'ok' || outcome.migrated) await doc.persist();
    return doc;
  }

  async records<T extends { id: string }>(spec: RecordsSpec<T>): Promise<Records<T>> {
    const dir = this.fileOf(spec.name);
    await ensureDir(dir);
    const codec = this.codecFor(spec);
    const records = new Records<T>(spec, (key) => new Low<Envelope<T[]>>(new DurableJsonFile(path.join(dir, `${key}.json`), codec), { schemaVersion: spec.version, data: [] }));
    const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    const parseAll = (raw: unknown): T[] => {
      if (!Array.isArray(raw)) throw new SyntaxError('expected an array of records');
      return raw.map((item) => spec.schema.parse(item));
    };
    for (const name of names) {
      const rel = path.join(spec.name, name);
      const outcome = await this.loadWithRecovery(rel, codec, spec, parseAll);
      const key = name.slice(0, -'.json'.length);
      const items = outcome.kind === 'ok' ? outcome.data : [];
      await records.adopt(key, items, outcome.kind !== 'ok' || outcome.migrated);
    }
    return records;
  }

  /** Copies every data file into snapshots/<today>, once a day, keeping the newest few days. */
  async snapshotIfDue(): Promise<string | null> {
    const day = this.clock.now().toISOString().slice(0, 10);
    const target = path.join(this.dataDir, SNAPSHOTS, day);
    if (await exists(target)) return null;
    const staging = `${target}.partial`;
    await fs.rm(staging, { recursive: true, force: true });
    await ensureDir(staging);
    for (const rel of await this.dataFiles()) {
      await ensureDir(path.dirname(path.join(staging, rel)));
      await fs.copyFile(path.join(this.dataDir, rel), path.join(staging, rel));
    }
    await fs.rename(staging, target);
    const days = (await fs.readdir(path.join(this.dataDir, SNAPSHOTS))).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();
    for (const old of days.slice(0, Math.max(0, days.length - this.snapshotsToKeep))) {
      await fs.rm(path.join(this.dataDir, SNAPSHOTS, old), { recursive: true, force: true });
    }
    return target;
  }

  private codecFor(spec: Versioned): Codec {
    if (!spec.encrypted) return plainCodec;
    if (!this.secretCodec) throw new Error('This collection is encrypted and the store was opened without a key');
    return this.secretCodec;
  }

  private fileOf(rel: string): string {
    return path.join(this.dataDir, rel);
  }

  private async dataFiles(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (relDir: string): Promise<void> => {
      for (const entry of await fs.readdir(path.join(this.dataDir, relDir), { withFileTypes: true })) {
        const rel = path.join(relDir, entry.name);
        if (entry.isDirectory()) {
          if (relDir === '' && (entry.name === SNAPSHOTS || entry.name === QUARANTINE || entry.name === LOCK_FILE)) continue;
          await walk(rel);
        } else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) {
          found.push(rel);
        }
      }
    };
    await walk('');
    return found;
  }

  private async readOne<T>(file: string, codec: Codec, spec: Versioned, parse: (raw: unknown) => T): Promise<ReadOutcome<T>> {
    const low = new Low<Envelope<unknown> | null>(new DurableJsonFile<Envelope<unknown> | null>(file, codec), null);
    try {
      await low.read();
    } catch (error) {
      return { kind: 'bad', reason: error instanceof Error ? error.message : String(error) };
    }
    const envelope = low.data;
    if (envelope === null) return { kind: 'missing' };
    if (typeof envelope !== 'object' || typeof envelope.schemaVersion !== 'number' || !('data' in envelope)) {
      return { kind: 'bad', reason: 'missing schema version' };
    }
    if (envelope.schemaVersion > spec.version) {
      throw new StoreVersionError(`${file} was written by a newer version of Commons Kiosk (schema ${envelope.schemaVersion}); update the app.`);
    }
    const migrated = envelope.schemaVersion < spec.version;
    try {
      const raw = migrated && spec.migrate ? spec.migrate(envelope.schemaVersion, envelope.data) : envelope.data;
      return { kind: 'ok', data: parse(raw), migrated };
    } catch (error) {
      return { kind: 'bad', reason: error instanceof Error ? error.message.slice(0, 200) : String(error) };
    }
  }

  /** A bad file is moved aside (never deleted) and the newest good snapshot copy takes its place. */
  private async loadWithRecovery<T>(rel: string, codec: Codec, spec: Versioned, parse: (raw: unknown) => T): Promise<ReadOutcome<T>> {
    const outcome = await this.readOne(this.fileOf(rel), codec, spec, parse);
    if (outcome.kind !== 'bad') return outcome;
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(this.dataDir, QUARANTINE, stamp, rel);
    await ensureDir(path.dirname(aside));
    await fs.rename(this.fileOf(rel), aside);
    const snapshotRoot = path.join(this.dataDir, SNAPSHOTS);
    const days = (await exists(snapshotRoot)) ? (await fs.readdir(snapshotRoot)).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort().reverse() : [];
    for (const day of days) {
      const copy = await this.readOne(path.join(snapshotRoot, day, rel), codec, spec, parse);
      if (copy.kind === 'ok') {
        this.raise('warning', 'store-restored', { file: rel, snapshot: day, movedTo: path.relative(this.dataDir, aside) });
        return { kind: 'ok', data: copy.data, migrated: true };
      }
    }
    this.raise('error', 'store-reset', { file: rel, movedTo: path.relative(this.dataDir, aside) });
    return { kind: 'missing' };
  }
}

/** One JSON file holding one value (settings, staff list). Writes are serialised and durable. */
export class Doc<T> {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly low: Low<Envelope<T>>,
    private readonly spec: DocSpec<T>,
  ) {}

  get(): T {
    return this.low.data.data;
  }

  /**
   * `fn` gets a copy to change (or returns a new value); it may throw a KioskFailure to refuse.
   * The new value is validated and on disk before this resolves; on any failure nothing changes.
   */
  update(fn: (draft: T) => T | void): Promise<T> {
    return this.queue.run(async () => {
      const draft = structuredClone(this.low.data.data);
      const next = this.spec.schema.parse(fn(draft) ?? draft);
      const previous = this.low.data;
      this.low.data = { schemaVersion: this.spec.version, data: next };
      try {
        await this.low.write();
      } catch (error) {
        this.low.data = previous;
        throw error;
      }
      return next;
    });
  }

  async persist(): Promise<void> {
    await this.queue.run(() => this.low.write());
  }
}

type Partition<T> = { low: Low<Envelope<T[]>> };

/**
 * A growing collection split into partition files, so one write re-serialises one
 * partition (a month of orders) rather than all history.
 */
export class Records<T extends { id: string }> {
  private readonly queue = new SerialQueue();
  private readonly partitions = new Map<string, Partition<T>>();
  private readonly byId = new Map<string, { record: T; key: string }>();

  constructor(
    private readonly spec: RecordsSpec<T>,
    private readonly openPartition: (key: string) => Low<Envelope<T[]>>,
  ) {}

  /** Used while loading: takes the records read from one partition file. */
  async adopt(key: string, items: T[], rewrite: boolean): Promise<void> {
    const low = this.openPartition(key);
    low.data = { schemaVersion: this.spec.version, data: items };
    this.partitions.set(key, { low });
    for (const record of items) this.byId.set(record.id, { record, key });
    if (rewrite) await low.write();
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.record;
  }

  all(): T[] {
    return [...this.partitions.keys()].sort().flatMap((key) => this.partitions.get(key)?.low.data.data ?? []);
  }

  filter(predicate: (record: T) => boolean): T[] {
    return this.all().filter(predicate);
  }

  insert(record: T): Promise<T> {
    return this.queue.run(async () => {
      if (this.byId.has(record.id)) throw new KioskFailure('conflict', `Record ${record.id} already exists`);
      const valid = this.spec.schema.parse(record);
      const key = this.spec.partitionOf(valid);
      const partition = this.partitions.get(key) ?? { low: this.openPartition(key) };
      await this.commit(key, partition, [...partition.low.data.data, valid]);
      this.partitions.set(key, partition);
      this.byId.set(valid.id, { record: valid, key });
      return valid;
    });
  }

  /** Like Doc.update, for one record. Throws `not-found` for an unknown id. */
  update(id: string, fn: (draft: T) => T | void): Promise<T> {
    return this.queue.run(async () => {
      const entry = this.byId.get(id);
      if (!entry) throw new KioskFailure('not-found', `No record ${id}`);
      const draft = structuredClone(entry.record);
      const next = this.spec.schema.parse(fn(draft) ?? draft);
      if (next.id !== id || this.spec.partitionOf(next) !== entry.key) throw new Error('A record cannot change its id or partition');
      const partition = this.partitions.get(entry.key);
      if (!partition) throw new Error(`Partition ${entry.key} is missing`);
      await this.commit(entry.key, partition, partition.low.data.data.map((r) => (r.id === id ? next : r)));
      this.byId.set(id, { record: next, key: entry.key });
      return next;
    });
  }

  /** Deletes matching records (retention purges); returns how many went. */
  removeWhere(predicate: (record: T) => boolean): Promise<number> {
    return this.queue.run(async () => {
      let removed = 0;
      for (const [key, partition] of this.partitions) {
        const keep = partition.low.data.data.filter((r) => !predicate(r));
        const gone = partition.low.data.data.length - keep.length;
        if (gone === 0) continue;
        const goneIds = partition.low.data.data.filter((r) => predicate(r)).map((r) => r.id);
        await this.commit(key, partition, keep);
        for (const goneId of goneIds) this.byId.delete(goneId);
        removed += gone;
      }
      return removed;
    });
  }

  private async commit(_key: string, partition: Partition<T>, items: T[]): Promise<void> {
    const previous = partition.low.data;
    partition.low.data = { schemaVersion: this.spec.version, data: items };
    try {
      await partition.low.write();
    } catch (error) {
      partition.low.data = previous;
      throw error;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM` of an ISO timestamp: the usual partition key for growing collections. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
