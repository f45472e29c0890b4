import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import lockfile from 'proper-lockfile';
import type { z } from 'zod';
import { plainCodec, type Codec } from './codec';
import { DIR_MODE, ensureDir, isErrno, isTempFileName, readFileOrNull, writeFileDurable } from './durable-file';
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
  /**
   * For a collection that became `encrypted` after release: a whole plaintext file from before is still
   * read, and re-written encrypted at once. Damaged encrypted files still go to quarantine.
   */
  legacyPlain?: boolean;
};

/** A codec that also reads plaintext JSON and says so, so the store can re-write the file encrypted. */
type LegacyCodec = Codec & { sawPlain: boolean };
const isLegacy = (codec: Codec): codec is LegacyCodec => 'sawPlain' in codec;

function legacyTolerant(secret: Codec): LegacyCodec {
  const codec: LegacyCodec = {
    sawPlain: false,
    encode: (text) => secret.encode(text),
    decode(bytes) {
      try {
        return secret.decode(bytes);
      } catch (error) {
        const text = bytes.toString('utf8');
        try {
          JSON.parse(text);
        } catch {
          throw error;
        }
        codec.sawPlain = true;
        return text;
      }
    },
  };
  return codec;
}

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
  /** Records per file within a partition (default 500): bounds what one write re-serialises and fsyncs. */
  chunkSize?: number;
};

export type StoreAlert = {
  level: 'warning' | 'error';
  code: 'store-restored' | 'store-reset' | 'store-lock-compromised' | 'store-snapshot-failed';
  params: Record<string, string>;
  at: string;
};

export type StoreOptions = {
  dataDir: string;
  clock?: Clock;
  /** Codec for `encrypted` collections (AES-256-GCM); without it they cannot be opened. */
  secretCodec?: Codec | null;
  /** Snapshots younger than this many days are kept (they hold personal data too, so not forever). */
  snapshotDays?: number;
};

export class StoreLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`Another Commons Kiosk is already using the data directory ${dataDir}. Close it first, or choose another --data-dir.`);
    this.name = 'StoreLockedError';
  }
}

export class StoreVersionError extends Error {
  override readonly name = 'StoreVersionError';
}

/** A snapshot folder is named for the day it was taken: snapshots/YYYY-MM-DD. */
const SNAPSHOTS = 'snapshots';
const QUARANTINE = 'quarantine';
const LOCK_FILE = 'kiosk.lock';
/** pid and host of the lock holder, so a crashed holder's lock can be taken over at once. */
const LOCK_OWNER = 'kiosk.lock.pid';
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_NAME = /^\d{4}-\d{2}-\d{2}$/;
const QUARANTINE_DAYS = 30;
/** Collection names and partition keys become paths: nothing that could climb out or hide. */
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}(\/[a-z0-9][a-z0-9_-]{0,63})*$/i;
const SAFE_PARTITION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function checkName(name: string): void {
  if (!SAFE_NAME.test(name) || name === SNAPSHOTS || name === QUARANTINE || name.startsWith(`${SNAPSHOTS}/`) || name.startsWith(`${QUARANTINE}/`)) {
    throw new Error(`Not a usable store name: ${JSON.stringify(name)}`);
  }
}

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
  /** True when the directory held no data files when opened (a fresh install). */
  wasEmpty = false;
  readonly clock: Clock;
  private readonly snapshotDays: number;
  private snapshotTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly dataDir: string,
    private readonly release: () => Promise<void>,
    private readonly secretCodec: Codec | null,
    options: StoreOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.snapshotDays = options.snapshotDays ?? 14;
  }

  /** Opens a data directory as its only writer. A second process gets StoreLockedError. */
  static async open(options: StoreOptions): Promise<Store> {
    const dataDir = path.resolve(options.dataDir);
    await ensureDir(dataDir);
    // mkdir's mode does not touch a folder that already existed (made by hand or by an installer).
    if (process.platform !== 'win32') {
      await fs.chmod(dataDir, DIR_MODE).catch((error: unknown) => {
        if (isErrno(error, 'EPERM')) throw new Error(`The data directory ${dataDir} belongs to another user account; give it to the account that runs the kiosk, or choose another --data-dir.`);
        throw error;
      });
    }
    let store: Store | null = null;
    // Another process took the lock (the machine slept past `stale`): tell staff, keep serving.
    const release = await acquireLock(dataDir, () => store?.raise('error', 'store-lock-compromised', { dataDir }));
    try {
      await removeStaleTempFiles(dataDir);
      const opened = new Store(dataDir, release, options.secretCodec ?? null, options);
      store = opened;
      opened.wasEmpty = (await opened.dataFiles()).length === 0;
      // A failed snapshot (disk full) must not keep the kiosk from starting; staff see an alert.
      const snapshot = (): Promise<void> =>
        opened.snapshotIfDue().then(
          () => undefined,
          (error: unknown) => opened.raiseOnce('warning', 'store-snapshot-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error) }),
        );
      await snapshot();
      opened.snapshotTimer = setInterval(() => void snapshot(), 60 * 60 * 1000);
      opened.snapshotTimer.unref();
      return opened;
    } catch (error) {
      await release();
      throw error;
    }
  }

  private closed = false;

  /** Releases the lock; safe to call twice (a quit handler and a signal may both close). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    this.snapshotTimer = null;
    await this.release();
  }

  raise(level: StoreAlert['level'], code: StoreAlert['code'], params: Record<string, string>): void {
    this.alerts.push({ level, code, params, at: this.clock.now().toISOString() });
  }

  /** For conditions retried on a timer: one alert, not one an hour. */
  raiseOnce(level: StoreAlert['level'], code: StoreAlert['code'], params: Record<string, string>): void {
    if (!this.alerts.some((a) => a.code === code)) this.raise(level, code, params);
  }

  async doc<T>(spec: DocSpec<T>): Promise<Doc<T>> {
    checkName(spec.name);
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
    checkName(spec.name);
    const dir = this.fileOf(spec.name);
    await ensureDir(dir);
    const codec = this.codecFor(spec);
    const records = new Records<T>(spec, (key, chunk) => new Low<Envelope<T[]>>(new DurableJsonFile(path.join(dir, chunkFileName(key, chunk)), codec), { schemaVersion: spec.version, data: [] }));
    const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
    const parseAll = (raw: unknown): T[] => {
      if (!Array.isArray(raw)) throw new SyntaxError('expected an array of records');
      return raw.map((item) => spec.schema.parse(item));
    };
    for (const name of names) {
      const rel = path.join(spec.name, name);
      const outcome = await this.loadWithRecovery(rel, codec, spec, parseAll);
      const { key, chunk } = parseChunkFileName(name);
      const items = outcome.kind === 'ok' ? outcome.data : [];
      await records.adopt(key, items, outcome.kind !== 'ok' || outcome.migrated, chunk);
    }
    return records;
  }

  /** Copies every data file into snapshots/<today>, once a day, keeping the newest few days. */
  async snapshotIfDue(): Promise<string | null> {
    const day = this.clock.now().toISOString().slice(0, 10);
    const target = path.join(this.dataDir, SNAPSHOTS, day);
    const root = path.join(this.dataDir, SNAPSHOTS);
    if (await exists(target)) return null;
    const staging = `${target}.partial`;
    await fs.rm(staging, { recursive: true, force: true });
    await ensureDir(staging);
    for (const rel of await this.dataFiles()) {
      await ensureDir(path.dirname(path.join(staging, rel)));
      await fs.copyFile(path.join(this.dataDir, rel), path.join(staging, rel));
    }
    await fs.rename(staging, target);
    // By age, not by count: a kiosk switched off for a month must not keep month-old personal data.
    const oldestKept = new Date(this.clock.now().getTime() - (this.snapshotDays - 1) * DAY_MS).toISOString().slice(0, 10);
    for (const name of await fs.readdir(root)) {
      const stale = DAY_NAME.test(name) ? name < oldestKept : name.endsWith('.partial');
      if (stale) await fs.rm(path.join(root, name), { recursive: true, force: true });
    }
    // Damaged files are kept aside for a person to look at, but not for ever: they hold personal data.
    const quarantine = path.join(this.dataDir, QUARANTINE);
    const oldestQuarantine = new Date(this.clock.now().getTime() - QUARANTINE_DAYS * DAY_MS).toISOString().slice(0, 10);
    if (await exists(quarantine)) {
      for (const name of await fs.readdir(quarantine)) {
        if (DAY_NAME.test(name.slice(0, 10)) && name.slice(0, 10) < oldestQuarantine) await fs.rm(path.join(quarantine, name), { recursive: true, force: true });
      }
    }
    return target;
  }

  private codecFor(spec: Versioned): Codec {
    if (!spec.encrypted) return plainCodec;
    if (!this.secretCodec) throw new Error('This collection is encrypted and the store was opened without a key');
    return spec.legacyPlain ? legacyTolerant(this.secretCodec) : this.secretCodec;
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
    if (isLegacy(codec)) codec.sawPlain = false;
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
    const older = envelope.schemaVersion < spec.version;
    // A legacy plaintext file counts as migrated: the caller re-writes it (encrypted) straight away.
    const migrated = older || (isLegacy(codec) && codec.sawPlain);
    try {
      const raw = older && spec.migrate ? spec.migrate(envelope.schemaVersion, envelope.data) : envelope.data;
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
    const days = (await exists(snapshotRoot)) ? (await fs.readdir(snapshotRoot)).filter((n) => DAY_NAME.test(n)).sort().reverse() : [];
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
      await writeOrRestore(this.low, { schemaVersion: this.spec.version, data: next });
      return next;
    });
  }

  async persist(): Promise<void> {
    await this.queue.run(() => this.low.write());
  }
}

type Chunk<T> = { index: number; low: Low<Envelope<T[]>> };

/** Chunk 0 of partition `2026-03` is `2026-03.json` (the original layout); chunk 2 is `2026-03.2.json`. */
export const chunkFileName = (key: string, chunk: number): string => (chunk === 0 ? `${key}.json` : `${key}.${chunk}.json`);

function parseChunkFileName(name: string): { key: string; chunk: number } {
  const match = /^(.+)\.(\d{1,6})\.json$/.exec(name);
  if (match && SAFE_PARTITION.test(match[1]!)) return { key: match[1]!, chunk: Number(match[2]) };
  return { key: name.slice(0, -'.json'.length), chunk: 0 };
}

const DEFAULT_CHUNK_SIZE = 500;

/**
 * A growing collection split into partitions (a month of orders), each stored as files of at
 * most `chunkSize` records, so one write re-serialises and fsyncs one small file rather than
 * all history or a whole busy month.
 */
export class Records<T extends { id: string }> {
  private readonly queue = new SerialQueue();
  /** Chunks of each partition, in index order. */
  private readonly partitions = new Map<string, Chunk<T>[]>();
  private readonly byId = new Map<string, { record: T; key: string; chunk: number }>();
  private readonly chunkSize: number;

  constructor(
    private readonly spec: RecordsSpec<T>,
    private readonly openChunk: (key: string, chunk: number) => Low<Envelope<T[]>>,
  ) {
    this.chunkSize = Math.max(1, spec.chunkSize ?? DEFAULT_CHUNK_SIZE);
  }

  /** Used while loading: takes the records read from one chunk file of a partition. */
  async adopt(key: string, items: T[], rewrite: boolean, chunk = 0): Promise<void> {
    const low = this.openChunk(key, chunk);
    low.data = { schemaVersion: this.spec.version, data: items };
    const chunks = this.partitions.get(key) ?? [];
    chunks.push({ index: chunk, low });
    chunks.sort((a, b) => a.index - b.index);
    this.partitions.set(key, chunks);
    for (const record of items) this.byId.set(record.id, { record, key, chunk });
    if (rewrite) await low.write();
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.record;
  }

  /** Every record, oldest partition first: a new array of all history, so not for hot paths (see `inPartition`). */
  all(): T[] {
    return this.filter(() => true);
  }

  filter(predicate: (record: T) => boolean): T[] {
    const out: T[] = [];
    for (const key of [...this.partitions.keys()].sort()) {
      for (const chunk of this.partitions.get(key) ?? []) for (const record of chunk.low.data.data) if (predicate(record)) out.push(record);
    }
    return out;
  }

  /** The records of one partition (this month's), without walking the others. */
  inPartition(key: string): T[] {
    return (this.partitions.get(key) ?? []).flatMap((c) => c.low.data.data);
  }

  insert(record: T): Promise<T> {
    return this.queue.run(async () => {
      if (this.byId.has(record.id)) throw new KioskFailure('conflict', `Record ${record.id} already exists`);
      const valid = this.spec.schema.parse(record);
      const key = this.spec.partitionOf(valid);
      if (!SAFE_PARTITION.test(key)) throw new Error(`Not a usable partition key: ${JSON.stringify(key)}`);
      const chunks = this.partitions.get(key) ?? [];
      const last = chunks[chunks.length - 1];
      const target = last && last.low.data.data.length < this.chunkSize ? last : { index: last ? last.index + 1 : 0, low: this.openChunk(key, last ? last.index + 1 : 0) };
      await this.commit(target, [...target.low.data.data, valid]);
      if (target !== last) this.partitions.set(key, [...chunks, target]);
      this.byId.set(valid.id, { record: valid, key, chunk: target.index });
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
      const chunk = this.partitions.get(entry.key)?.find((c) => c.index === entry.chunk);
      if (!chunk) throw new Error(`Partition ${entry.key} is missing`);
      await this.commit(chunk, chunk.low.data.data.map((r) => (r.id === id ? next : r)));
      this.byId.set(id, { ...entry, record: next });
      return next;
    });
  }

  /** Deletes matching records (retention purges); returns how many went. */
  removeWhere(predicate: (record: T) => boolean): Promise<number> {
    return this.queue.run(async () => {
      let removed = 0;
      for (const chunks of this.partitions.values()) {
        for (const chunk of chunks) {
          const keep = chunk.low.data.data.filter((r) => !predicate(r));
          if (keep.length === chunk.low.data.data.length) continue;
          const kept = new Set(keep);
          const goneIds = chunk.low.data.data.filter((r) => !kept.has(r)).map((r) => r.id);
          await this.commit(chunk, keep);
          for (const goneId of goneIds) this.byId.delete(goneId);
          removed += goneIds.length;
        }
      }
      return removed;
    });
  }

  private commit(chunk: Chunk<T>, items: T[]): Promise<void> {
    return writeOrRestore(chunk.low, { schemaVersion: this.spec.version, data: items });
  }
}

/** Writes `data` through `low`; if the write fails the previous value is put back, so memory never runs ahead of disk. */
async function writeOrRestore<T>(low: Low<T>, data: T): Promise<void> {
  const previous = low.data;
  low.data = data;
  try {
    await low.write();
  } catch (error) {
    low.data = previous;
    throw error;
  }
}

function lockOnce(dataDir: string, onCompromised: () => void): Promise<() => Promise<void>> {
  return lockfile.lock(dataDir, {
    lockfilePath: path.join(dataDir, LOCK_FILE),
    realpath: false,
    stale: 20_000,
    update: 5_000,
    retries: 0,
    onCompromised,
  });
}

/** True when the recorded holder was a process on this machine that no longer exists. */
async function lockHolderIsGone(dataDir: string): Promise<boolean> {
  const bytes = await readFileOrNull(path.join(dataDir, LOCK_OWNER));
  if (bytes === null) return false;
  let owner: unknown;
  try {
    owner = JSON.parse(bytes.toString('utf8'));
  } catch {
    return false;
  }
  if (typeof owner !== 'object' || owner === null || !('pid' in owner) || !('host' in owner)) return false;
  if (owner.host !== os.hostname() || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return isErrno(error, 'ESRCH');
  }
  // Killed but not yet reaped by its parent: a zombie answers signal 0 yet holds nothing.
  if (process.platform === 'linux') {
    const stat = await readFileOrNull(`/proc/${owner.pid}/stat`);
    if (stat !== null && /^\d+ \(.*\) Z/s.test(stat.toString('utf8'))) return true;
  }
  return false;
}

/**
 * One writer per data directory. proper-lockfile alone would make a kiosk restarted after a
 * crash wait `stale` seconds (and a service manager may give up restarting it meanwhile),
 * so a lock whose recorded holder process is gone is taken over at once.
 */
async function acquireLock(dataDir: string, onCompromised: () => void): Promise<() => Promise<void>> {
  const ownerFile = path.join(dataDir, LOCK_OWNER);
  let release: () => Promise<void>;
  try {
    release = await lockOnce(dataDir, onCompromised);
  } catch (error) {
    if (!isErrno(error, 'ELOCKED')) throw error;
    if (!(await lockHolderIsGone(dataDir))) throw new StoreLockedError(dataDir);
    await fs.rm(ownerFile, { force: true });
    await fs.rm(path.join(dataDir, LOCK_FILE), { recursive: true, force: true });
    try {
      release = await lockOnce(dataDir, onCompromised);
    } catch (retryError) {
      if (isErrno(retryError, 'ELOCKED')) throw new StoreLockedError(dataDir);
      throw retryError;
    }
  }
  try {
    await writeFileDurable(ownerFile, Buffer.from(JSON.stringify({ pid: process.pid, host: os.hostname() })));
  } catch (error) {
    await release();
    throw error;
  }
  return async () => {
    await fs.rm(ownerFile, { force: true });
    await release();
  };
}

/** Temp files left by writes a crash interrupted; only the lock holder may remove them. */
async function removeStaleTempFiles(dataDir: string): Promise<void> {
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === dataDir && (entry.name === SNAPSHOTS || entry.name === QUARANTINE || entry.name === LOCK_FILE)) continue;
        await walk(full);
      } else if (isTempFileName(entry.name)) {
        await fs.rm(full, { force: true });
      }
    }
  };
  await walk(dataDir);
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
