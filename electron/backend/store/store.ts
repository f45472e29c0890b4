import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { plainCodec, type Codec } from './codec';
import { DIR_MODE, ensureDir, isDiskFull, isErrno, isTempFileName, readFileOrNull, writeFileDurable } from './durable-file';
import { COUNTERS_FILE, MANIFEST_FILE, openManifest, type Counter, type Manifest, type SetupState } from './manifest';
import { SerialQueue } from './serial-queue';
import { acquireLock, LOCK_FILE, LockLostError, type StoreLock } from './store-lock';
import { KioskFailure } from '../../../shared/result';

export { StoreLockedError, LockLostError } from './store-lock';
export type { Counter } from './manifest';

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
  /**
   * Idempotency keys of the requests that wrote a record (stored on the record itself, so the key
   * and the record reach the disk in one write). Unique across the collection; see `byRequest`.
   */
  requestKeysOf?: (record: T) => readonly string[];
  /**
   * The oldest partition key that retention still keeps (for month partitions: the month of the retention
   * cut-off). Partitions before it are not read at open: they stay on disk and are read on demand
   * (`older`, `readPartition`, `removeWhere`), so a kiosk with years of history opens as fast as a new one.
   * Without it every partition is read at open.
   */
  loadFrom?: (now: Date) => string;
};

export type StoreAlertCode =
  | 'store-restored'
  | 'store-reset'
  | 'store-missing-restored'
  | 'store-lost'
  | 'store-manifest-restored'
  | 'store-manifest-rebuilt'
  | 'store-lock-lost'
  | 'store-snapshot-failed'
  | 'disk-full';

export type StoreAlert = {
  level: 'warning' | 'error';
  code: StoreAlertCode;
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
  /**
   * Called once if another process takes the data directory. The store has already stopped
   * writing; the host should say so and exit.
   */
  onLockLost?: (message: string) => void;
  /** While the disk is full: how often to try writing again (default 15 s). */
  retryWritableMs?: number;
  /** For directories from before manifests: a file whose content proves first-run setup was done. */
  setupEvidence?: { file: string; test: (data: unknown) => boolean };
};

export class StoreVersionError extends Error {
  override readonly name = 'StoreVersionError';
}

/** The data key given is not the one the directory's encrypted files were written with. */
export class StoreKeyError extends Error {
  override readonly name = 'StoreKeyError';
  constructor(readonly dataDir: string) {
    super(`The data key does not fit the encrypted files in ${dataDir}: start the kiosk with the key file this directory was set up with (--key-file), or restore secret.key from your backup.`);
  }
}

/** A snapshot folder is named for the day it was taken: snapshots/YYYY-MM-DD. */
const SNAPSHOTS = 'snapshots';
const QUARANTINE = 'quarantine';
/** Written and removed again to learn whether a full disk has room again. */
const WRITE_PROBE = '.write-probe';
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_NAME = /^\d{4}-\d{2}-\d{2}$/;
const QUARANTINE_DAYS = 30;
/** Collection names and partition keys become paths: nothing that could climb out or hide. */
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}(\/[a-z0-9][a-z0-9_-]{0,63})*$/i;
const SAFE_PARTITION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const RESERVED = new Set([SNAPSHOTS, QUARANTINE, 'manifest', 'counters']);

function checkName(name: string): void {
  if (!SAFE_NAME.test(name) || RESERVED.has(name) || name.startsWith(`${SNAPSHOTS}/`) || name.startsWith(`${QUARANTINE}/`)) {
    throw new Error(`Not a usable store name: ${JSON.stringify(name)}`);
  }
}

/** Refusals every write path shares; the renderer translates them (`errors.disk-full`). */
const diskFullFailure = (): KioskFailure => new KioskFailure('disk-full', 'The disk is full: nothing was saved');
const unavailableFailure = (): KioskFailure => new KioskFailure('store-unavailable', 'This kiosk no longer owns its data directory: nothing was saved');
/** A write at open (defaults, a migration, a restore) that a full disk refused is retried on the next open. */
const tolerateDiskFull = (error: unknown): void => {
  if (!(error instanceof KioskFailure && error.code === 'disk-full')) throw error;
};

class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly codec: Codec,
    private readonly writeBytes: (bytes: Buffer) => Promise<void> = (bytes) => writeFileDurable(file, bytes),
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readFileOrNull(this.file);
    if (bytes === null) return null;
    // A truncated file or a wrong key throws here; the store quarantines it.
    const parsed: unknown = JSON.parse(this.codec.decode(bytes));
    return parsed as T;
  }

  async write(data: T): Promise<void> {
    await this.writeBytes(this.codec.encode(JSON.stringify(data)));
  }
}

type ReadOutcome<T> = { kind: 'missing' } | { kind: 'ok'; data: T; migrated: boolean } | { kind: 'bad'; reason: string };

export class Store {
  readonly alerts: StoreAlert[] = [];
  readonly clock: Clock;
  private readonly snapshotDays: number;
  private readonly retryWritableMs: number;
  private snapshotTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private manifest!: Manifest;
  private lock: StoreLock | null = null;
  private lockLost: string | null = null;
  private diskFull = false;
  private readonly alertListeners = new Set<(alert: StoreAlert) => void>();
  private readonly writableListeners = new Set<() => void>();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly secretCodec: Codec | null,
    private readonly options: StoreOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.snapshotDays = options.snapshotDays ?? 14;
    this.retryWritableMs = options.retryWritableMs ?? 15_000;
  }

  /**
   * Opens a data directory as its only writer. A second process gets StoreLockedError. On a full
   * disk it still opens, read-only, and becomes writable again by itself once there is room.
   */
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
    const store = new Store(dataDir, options.secretCodec ?? null, options);
    try {
      await store.takeLock();
    } catch (error) {
      if (!isDiskFull(error)) throw error;
      // No room even for the lock: nothing can be written, so nothing can conflict; the retry takes it.
      store.enterDiskFull();
    }
    try {
      await removeStaleTempFiles(dataDir);
      store.manifest = await openManifest({
        dataDir,
        now: () => store.clock.now(),
        presentFiles: async () => (await store.dataFiles()).filter((f) => f !== MANIFEST_FILE && f !== COUNTERS_FILE),
        snapshotDirs: () => store.snapshotDirs(),
        write: (rel, bytes) => store.writeGuarded(rel, bytes, false),
        quarantine: (rel) => store.quarantine(rel),
        raise: (alert) => store.raise(alert.level, alert.code, alert.params),
        setupEvidence: options.setupEvidence ?? { file: 'staff.json', test: () => false },
      });
      if (store.secretCodec?.keyId && (await store.manifest.checkKey(store.secretCodec.keyId)) === 'mismatch') throw new StoreKeyError(dataDir);
      // A failed snapshot (disk full) must not keep the kiosk from starting; staff see an alert.
      const snapshot = (): Promise<void> =>
        store.snapshotIfDue().then(
          () => undefined,
          (error: unknown) => store.raiseOnce('warning', 'store-snapshot-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error) }),
        );
      await snapshot();
      store.snapshotTimer = setInterval(() => void snapshot(), 60 * 60 * 1000);
      store.snapshotTimer.unref();
      return store;
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  private async takeLock(): Promise<void> {
    const lock = await acquireLock(this.dataDir, (reason) => this.loseLock(reason));
    try {
      await lock.writeOwner();
    } catch (error) {
      if (!isDiskFull(error)) {
        await lock.release();
        throw error;
      }
      this.lock = lock;
      throw error;
    }
    this.lock = lock;
  }

  private loseLock(reason: string): void {
    if (this.lockLost !== null || this.closed) return;
    this.lockLost = reason;
    this.raise('error', 'store-lock-lost', { dataDir: this.dataDir });
    this.options.onLockLost?.(new LockLostError(this.dataDir, reason).message);
  }

  /** Releases the lock; safe to call twice (a quit handler and a signal may both close). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.snapshotTimer = null;
    this.retryTimer = null;
    await this.lock?.release();
  }

  /** True when the directory held nothing at all when opened: a fresh install. */
  get isFresh(): boolean {
    return this.manifest.fresh;
  }

  /** First-run setup is possible only while this is `pending` (a directory that started empty). */
  setupState(): SetupState {
    return this.manifest.setup();
  }

  /** After first-run setup (or demo seeding): setup can never be offered again in this directory. */
  async markSetupDone(): Promise<void> {
    await this.manifest.markSetupDone();
    // Today's snapshot predates the first staff member: take it again, so a lost staff file is restorable today.
    await this.snapshot(true).catch(() => undefined);
  }

  /** A number sequence that never goes backwards, whatever is restored; `seen` is the highest number already in the records. */
  counter(name: string, options: { seen: number; atLeast?: number }): Promise<Counter> {
    return this.manifest.counter(name, options);
  }

  /** No write is possible now (disk full, lock lost): patron screens say the service is unavailable. */
  get readOnly(): boolean {
    return this.diskFull || this.lockLost !== null;
  }

  onAlert(listener: (alert: StoreAlert) => void): void {
    this.alertListeners.add(listener);
  }

  /** Runs when a store that was read-only (disk full) can write again. */
  onWritable(listener: () => void): void {
    this.writableListeners.add(listener);
  }

  raise(level: StoreAlert['level'], code: StoreAlert['code'], params: Record<string, string>): void {
    const alert = { level, code, params, at: this.clock.now().toISOString() };
    this.alerts.push(alert);
    for (const listener of this.alertListeners) listener(alert);
  }

  /** For conditions retried on a timer: one alert, not one an hour. */
  raiseOnce(level: StoreAlert['level'], code: StoreAlert['code'], params: Record<string, string>): void {
    if (!this.alerts.some((a) => a.code === code)) this.raise(level, code, params);
  }

  /** A file that is not a collection (an export kept for staff), under the same rules as every write. */
  async writeFile(rel: string, bytes: Uint8Array): Promise<string> {
    await this.writeGuarded(rel, Buffer.from(bytes), false);
    return this.fileOf(rel);
  }

  /**
   * Every write of this store passes here: refused while read-only or after the lock was lost,
   * checked against the lock owner file, and a full disk turns the store read-only (with an alert)
   * instead of failing write after write.
   */
  private async writeGuarded(rel: string, bytes: Buffer, listed: boolean): Promise<void> {
    if (this.lockLost !== null) throw unavailableFailure();
    const lock = this.lock;
    if (this.diskFull || !lock) throw diskFullFailure();
    const file = this.fileOf(rel);
    try {
      await lock.assertOwned();
      await ensureDir(path.dirname(file));
      // Checked again just before the rename: a takeover during the write leaves the file untouched.
      await writeFileDurable(file, bytes, { beforeRename: () => lock.assertOwned() });
    } catch (error) {
      if (error instanceof LockLostError) throw unavailableFailure();
      if (!isDiskFull(error)) throw error;
      this.enterDiskFull();
      throw diskFullFailure();
    }
    // The data is on disk; a manifest that cannot be written now is written at the next open or write.
    if (listed) await this.manifest.noteWritten(rel).catch(() => undefined);
  }

  private enterDiskFull(): void {
    if (this.diskFull) return;
    this.diskFull = true;
    this.raise('error', 'disk-full', { dataDir: this.dataDir });
    this.retryTimer = setInterval(() => void this.tryWritable(), this.retryWritableMs);
    this.retryTimer.unref();
  }

  /** While read-only for a full disk: takes the lock if it could not, and tries a small durable write. */
  async tryWritable(): Promise<boolean> {
    if (!this.diskFull || this.closed) return !this.readOnly;
    try {
      if (!this.lock) await this.takeLock();
      else if (!this.lock.ownerWritten) await this.lock.writeOwner();
      const probe = this.fileOf(WRITE_PROBE);
      await writeFileDurable(probe, Buffer.alloc(4096));
      await fs.rm(probe, { force: true });
    } catch {
      return false;
    }
    this.diskFull = false;
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
    await this.manifest?.flush().catch(() => undefined);
    for (const listener of this.writableListeners) listener();
    return true;
  }

  async doc<T>(spec: DocSpec<T>): Promise<Doc<T>> {
    checkName(spec.name);
    const rel = `${spec.name}.json`;
    const codec = this.codecFor(spec);
    const outcome = await this.loadWithRecovery(rel, codec, spec, (raw) => spec.schema.parse(raw));
    const low = new Low<Envelope<T>>(this.fileAdapter(rel, codec), {
      schemaVersion: spec.version,
      data: outcome.kind === 'ok' ? outcome.data : spec.defaults(),
    });
    const doc = new Doc(low, spec);
    if (outcome.kind !== 'ok' || outcome.migrated) await doc.persist().catch(tolerateDiskFull);
    return doc;
  }

  async records<T extends { id: string }>(spec: RecordsSpec<T>): Promise<Records<T>> {
    checkName(spec.name);
    const dir = this.fileOf(spec.name);
    await ensureDir(dir).catch((error: unknown) => {
      if (!isDiskFull(error)) throw error;
    });
    const codec = this.codecFor(spec);
    const parseAll = (raw: unknown): T[] => {
      if (!Array.isArray(raw)) throw new SyntaxError('expected an array of records');
      return raw.map((item) => spec.schema.parse(item));
    };
    // Damage in a partition read on demand is recovered the same way as at open (quarantine, snapshot).
    const readChunk = async (key: string, chunk: number): Promise<{ items: T[]; rewrite: boolean }> => {
      const outcome = await this.loadWithRecovery(path.join(spec.name, chunkFileName(key, chunk)), codec, spec, parseAll);
      return { items: outcome.kind === 'ok' ? outcome.data : [], rewrite: outcome.kind !== 'ok' || outcome.migrated };
    };
    const records = new Records<T>(
      spec,
      (key, chunk) => {
        const rel = path.join(spec.name, chunkFileName(key, chunk));
        return new Low<Envelope<T[]>>(this.fileAdapter(rel, codec), { schemaVersion: spec.version, data: [] });
      },
      readChunk,
    );
    const onDisk = (await fs.readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    // A chunk the manifest lists but the disk lacks is damage, recovered like a corrupt one.
    const listed = this.manifest.listedUnder(spec.name).map((f) => f.slice(spec.name.length + 1)).filter((n) => !n.includes('/'));
    const names = [...new Set([...onDisk, ...listed])].sort();
    const loadFrom = spec.loadFrom?.(this.clock.now());
    for (const name of names) {
      const { key, chunk } = parseChunkFileName(name);
      // Beyond retention: known by name only until someone asks for it.
      if (loadFrom !== undefined && key < loadFrom) {
        records.noteCold(key, chunk);
        continue;
      }
      const { items, rewrite } = await readChunk(key, chunk);
      await records.adopt(key, items, rewrite, chunk);
    }
    return records;
  }

  private fileAdapter<T>(rel: string, codec: Codec): DurableJsonFile<T> {
    return new DurableJsonFile<T>(this.fileOf(rel), codec, (bytes) => this.writeGuarded(rel, bytes, true));
  }

  /** Copies every data file into snapshots/<today>, once a day, keeping the newest few days. */
  snapshotIfDue(): Promise<string | null> {
    return this.snapshot(false);
  }

  private async snapshot(retake: boolean): Promise<string | null> {
    const day = this.clock.now().toISOString().slice(0, 10);
    const root = path.join(this.dataDir, SNAPSHOTS);
    const target = path.join(root, day);
    if (!retake && (await exists(target))) return null;
    if (this.readOnly) throw new Error('the data directory cannot be written now');
    const staging = `${target}.partial`;
    await fs.rm(staging, { recursive: true, force: true });
    try {
      await ensureDir(staging);
      for (const rel of await this.dataFiles()) {
        await ensureDir(path.dirname(path.join(staging, rel)));
        await fs.copyFile(path.join(this.dataDir, rel), path.join(staging, rel));
      }
      if (retake) await fs.rm(target, { recursive: true, force: true });
      await fs.rename(staging, target);
    } catch (error) {
      // A half-made copy only eats the space that is short already.
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
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

  private async snapshotDirs(): Promise<string[]> {
    const root = path.join(this.dataDir, SNAPSHOTS);
    // No snapshots yet, or something else in their place: none to restore from.
    const days = (await fs.readdir(root).catch(() => [] as string[])).filter((n) => DAY_NAME.test(n)).sort().reverse();
    return days.map((day) => path.join(root, day));
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

  /** Moves a damaged file aside (never deletes it); returns where to, relative to the data directory. */
  private async quarantine(rel: string): Promise<string> {
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(this.dataDir, QUARANTINE, stamp, rel);
    await ensureDir(path.dirname(aside));
    await fs.rename(this.fileOf(rel), aside);
    return path.relative(this.dataDir, aside);
  }

  /**
   * A bad file is moved aside and the newest good snapshot copy takes its place. A file the
   * manifest lists that is gone is damage too: restored the same way, never read as empty.
   */
  private async loadWithRecovery<T>(rel: string, codec: Codec, spec: Versioned, parse: (raw: unknown) => T): Promise<ReadOutcome<T>> {
    const outcome = await this.readOne(this.fileOf(rel), codec, spec, parse);
    if (outcome.kind === 'ok') return outcome;
    if (outcome.kind === 'missing' && !this.manifest.isListed(rel)) return outcome;
    const movedTo = outcome.kind === 'bad' ? await this.quarantine(rel) : null;
    for (const dir of await this.snapshotDirs()) {
      const copy = await this.readOne(path.join(dir, rel), codec, spec, parse);
      if (copy.kind === 'ok') {
        const snapshot = path.basename(dir);
        if (movedTo) this.raise('warning', 'store-restored', { file: rel, snapshot, movedTo });
        else this.raise('warning', 'store-missing-restored', { file: rel, snapshot });
        return { kind: 'ok', data: copy.data, migrated: true };
      }
    }
    if (movedTo) this.raise('error', 'store-reset', { file: rel, movedTo });
    else this.raise('error', 'store-lost', { file: rel });
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
  /** Idempotency key → record id. */
  private readonly byRequestKey = new Map<string, string>();
  private readonly chunkSize: number;
  /** Partitions before `loadFrom`, by key: their chunk numbers, on disk only. */
  private readonly cold = new Map<string, number[]>();

  constructor(
    private readonly spec: RecordsSpec<T>,
    private readonly openChunk: (key: string, chunk: number) => Low<Envelope<T[]>>,
    private readonly readChunk: (key: string, chunk: number) => Promise<{ items: T[]; rewrite: boolean }> = async () => ({ items: [], rewrite: false }),
  ) {
    this.chunkSize = Math.max(1, spec.chunkSize ?? DEFAULT_CHUNK_SIZE);
  }

  /** Used while loading: a chunk of a partition beyond retention, left on disk until asked for. */
  noteCold(key: string, chunk: number): void {
    this.cold.set(key, [...(this.cold.get(key) ?? []), chunk].sort((a, b) => a - b));
  }

  /** Keys of the partitions left on disk at open (beyond retention), oldest first. */
  coldPartitions(): string[] {
    return [...this.cold.keys()].sort();
  }

  /** The records of one partition, read from disk if it was left there; nothing read is kept in memory. */
  async readPartition(key: string): Promise<T[]> {
    const chunks = this.cold.get(key);
    if (!chunks) return this.inPartition(key);
    const out: T[] = [];
    for (const chunk of chunks) out.push(...(await this.readChunk(key, chunk)).items);
    return out;
  }

  /** Records of the partitions left on disk that match, oldest partition first (for reports over old history). */
  async older(predicate: (record: T) => boolean = () => true): Promise<T[]> {
    const out: T[] = [];
    for (const key of this.coldPartitions()) for (const record of await this.readPartition(key)) if (predicate(record)) out.push(record);
    return out;
  }

  /** Brings a partition left on disk into memory (a write to it needs it there). */
  private async warm(key: string): Promise<void> {
    const chunks = this.cold.get(key);
    if (!chunks) return;
    this.cold.delete(key);
    for (const chunk of chunks) {
      const { items, rewrite } = await this.readChunk(key, chunk);
      await this.adopt(key, items, rewrite, chunk);
    }
  }

  /** Used while loading: takes the records read from one chunk file of a partition. */
  async adopt(key: string, items: T[], rewrite: boolean, chunk = 0): Promise<void> {
    const low = this.openChunk(key, chunk);
    low.data = { schemaVersion: this.spec.version, data: items };
    const chunks = this.partitions.get(key) ?? [];
    chunks.push({ index: chunk, low });
    chunks.sort((a, b) => a.index - b.index);
    this.partitions.set(key, chunks);
    for (const record of items) {
      this.byId.set(record.id, { record, key, chunk });
      this.indexRequests(record);
    }
    if (rewrite) await low.write().catch(tolerateDiskFull);
  }

  private requestKeys(record: T): readonly string[] {
    return this.spec.requestKeysOf?.(record) ?? [];
  }

  private indexRequests(record: T): void {
    for (const key of this.requestKeys(record)) this.byRequestKey.set(key, record.id);
  }

  /** The record an earlier request with this idempotency key wrote, if any. */
  byRequest(key: string): T | undefined {
    const id = this.byRequestKey.get(key);
    return id === undefined ? undefined : this.byId.get(id)?.record;
  }

  private refuseTakenKeys(record: T, ownId?: string): void {
    for (const key of this.requestKeys(record)) {
      const holder = this.byRequestKey.get(key);
      if (holder !== undefined && holder !== ownId) throw new KioskFailure('conflict', `Request ${key} already wrote record ${holder}`);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.record;
  }

  /**
   * Every record in memory (all partitions retention keeps, see `loadFrom`), oldest partition first: a new array,
   * so not for hot paths (see `inPartition`). Partitions left on disk: `older`.
   */
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
      this.refuseTakenKeys(valid);
      const key = this.spec.partitionOf(valid);
      if (!SAFE_PARTITION.test(key)) throw new Error(`Not a usable partition key: ${JSON.stringify(key)}`);
      await this.warm(key);
      if (this.byId.has(valid.id)) throw new KioskFailure('conflict', `Record ${valid.id} already exists`);
      const chunks = this.partitions.get(key) ?? [];
      const last = chunks[chunks.length - 1];
      const target = last && last.low.data.data.length < this.chunkSize ? last : { index: last ? last.index + 1 : 0, low: this.openChunk(key, last ? last.index + 1 : 0) };
      await this.commit(target, [...target.low.data.data, valid]);
      if (target !== last) this.partitions.set(key, [...chunks, target]);
      this.byId.set(valid.id, { record: valid, key, chunk: target.index });
      this.indexRequests(valid);
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
      this.refuseTakenKeys(next, id);
      const chunk = this.partitions.get(entry.key)?.find((c) => c.index === entry.chunk);
      if (!chunk) throw new Error(`Partition ${entry.key} is missing`);
      await this.commit(chunk, chunk.low.data.data.map((r) => (r.id === id ? next : r)));
      this.byId.set(id, { ...entry, record: next });
      this.indexRequests(next);
      return next;
    });
  }

  /** Deletes matching records (retention purges), in the partitions left on disk too; returns how many went. */
  removeWhere(predicate: (record: T) => boolean): Promise<number> {
    return this.queue.run(async () => {
      let removed = 0;
      // Beyond retention: read one chunk at a time, write back what stays, keep none of it in memory.
      for (const [key, chunks] of this.cold) {
        for (const chunk of chunks) {
          const { items } = await this.readChunk(key, chunk);
          const keep = items.filter((r) => !predicate(r));
          if (keep.length === items.length) continue;
          await this.commit({ index: chunk, low: this.openChunk(key, chunk) }, keep);
          removed += items.length - keep.length;
        }
      }
      for (const chunks of this.partitions.values()) {
        for (const chunk of chunks) {
          const keep = chunk.low.data.data.filter((r) => !predicate(r));
          if (keep.length === chunk.low.data.data.length) continue;
          const kept = new Set(keep);
          const goneIds = chunk.low.data.data.filter((r) => !kept.has(r)).map((r) => r.id);
          await this.commit(chunk, keep);
          for (const goneId of goneIds) {
            const gone = this.byId.get(goneId)?.record;
            if (gone) for (const requestKey of this.requestKeys(gone)) this.byRequestKey.delete(requestKey);
            this.byId.delete(goneId);
          }
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

/**
 * For `loadFrom` of month partitions: the month of the retention cut-off `days` ago, `slackDays` earlier still
 * where a record's partition date comes before the date retention counts from (an order made before its pickup).
 */
export const monthRetainedFrom = (now: Date, days: number, slackDays = 0): string => monthOf(new Date(now.getTime() - (days + slackDays) * DAY_MS).toISOString());
