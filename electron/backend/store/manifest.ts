// What a data directory is supposed to hold, so a vanished file reads as damage, never as a fresh
// install; and the high-water marks of every counter, so no number is handed out twice whatever
// is restored from a snapshot.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readFileOrNull } from './durable-file';
import { SerialQueue } from './serial-queue';

export const MANIFEST_FILE = 'manifest.json';
/** Counters and the setup state, written on every number handed out; also the proof that a manifest existed. */
export const COUNTERS_FILE = 'counters.json';

const setupSchema = z.enum(['pending', 'done']);
export type SetupState = z.infer<typeof setupSchema>;
const countsSchema = z.record(z.string(), z.int().min(0));

const manifestSchema = z.object({
  createdAt: z.string(),
  /** `pending` only in a directory that started empty and where no one finished first-run setup. */
  setup: setupSchema,
  /** Fingerprint of the data key the encrypted files were written with. */
  keyId: z.string().nullable(),
  /** Every collection file (paths relative to the data directory, with `/`). Each must exist. */
  files: z.array(z.string()),
  /** A copy of the counters as they were at the last manifest write. */
  counters: countsSchema,
});
type ManifestData = z.infer<typeof manifestSchema>;

const countersSchema = z.object({ setup: setupSchema, counters: countsSchema });
type CountersData = z.infer<typeof countersSchema>;

type Envelope = { schemaVersion: number; data: unknown };
type ReadOutcome<T> = { kind: 'ok'; data: T } | { kind: 'missing' } | { kind: 'bad' };

async function readEnvelope<T>(file: string, schema: z.ZodType<T>): Promise<ReadOutcome<T>> {
  const bytes = await readFileOrNull(file);
  if (bytes === null) return { kind: 'missing' };
  try {
    const envelope = JSON.parse(bytes.toString('utf8')) as Envelope;
    return { kind: 'ok', data: schema.parse(envelope.data) };
  } catch {
    return { kind: 'bad' };
  }
}

const envelopeBytes = (data: unknown): Buffer => Buffer.from(JSON.stringify({ schemaVersion: 1, data }));

/** Paths in the manifest use `/` on every platform. */
export const manifestPath = (rel: string): string => rel.split(path.sep).join('/');

export type ManifestAlert = { level: 'warning' | 'error'; code: 'store-manifest-restored' | 'store-manifest-rebuilt'; params: Record<string, string> };

export type ManifestContext = {
  dataDir: string;
  now(): Date;
  /** Collection files on disk now (relative, platform separators), manifest and counters excluded. */
  presentFiles(): Promise<string[]>;
  /** Snapshot folders, newest first. */
  snapshotDirs(): Promise<string[]>;
  /** A guarded durable write; throws when the store cannot write (read-only, lock lost). */
  write(rel: string, bytes: Buffer): Promise<void>;
  /** Moves a damaged file aside; returns where to. */
  quarantine(rel: string): Promise<string>;
  raise(alert: ManifestAlert): void;
  /** Is `file` (or any snapshot copy of it) proof that first-run setup was done? For directories from before manifests. */
  setupEvidence: { file: string; test: (data: unknown) => boolean };
};

export type Counter = {
  /** The last number handed out. */
  current(): number;
  /** Hands out the next number, at least `floor + 1`; on disk before it returns. */
  next(floor?: number): Promise<number>;
};

export type Manifest = {
  /** True when the directory held nothing at all: a fresh install. */
  readonly fresh: boolean;
  setup(): SetupState;
  markSetupDone(): Promise<void>;
  isListed(rel: string): boolean;
  /** Listed files under a collection folder (or the doc file itself). */
  listedUnder(name: string): string[];
  /** After a collection file was written: lists it if new. */
  noteWritten(rel: string): Promise<void>;
  /** Checks the data key against the one the directory was written with; records it the first time. */
  checkKey(keyId: string): Promise<'ok' | 'mismatch'>;
  counter(name: string, options: { seen: number; atLeast?: number }): Promise<Counter>;
  /** Writes what could not be written while the store was read-only. */
  flush(): Promise<void>;
};

/** Reads (or rebuilds, or creates) the manifest of an opened, locked data directory. */
export async function openManifest(ctx: ManifestContext): Promise<Manifest> {
  const file = path.join(ctx.dataDir, MANIFEST_FILE);
  const countersFile = path.join(ctx.dataDir, COUNTERS_FILE);
  const present = (await ctx.presentFiles()).map(manifestPath);
  const snapshots = await ctx.snapshotDirs();
  const read = await readEnvelope(file, manifestSchema);
  const countersRead = await readEnvelope(countersFile, countersSchema);
  const snapshotCounters = await newestGood(snapshots, COUNTERS_FILE, countersSchema);
  let fresh = false;
  let data: ManifestData;
  let dirty = false;

  if (read.kind === 'ok') {
    // A file written just before a crash (or a full disk) stopped the manifest update is listed now.
    data = { ...read.data, files: union(read.data.files, present) };
    dirty = data.files.length !== read.data.files.length;
  } else {
    dirty = true;
    const aside = read.kind === 'bad' ? await ctx.quarantine(MANIFEST_FILE) : null;
    const fromSnapshot = await newestGood(snapshots, MANIFEST_FILE, manifestSchema);
    const snapshotFiles = await filesInSnapshot(snapshots[0]);
    const existed = aside !== null || countersRead.kind !== 'missing' || fromSnapshot !== null;
    if (fromSnapshot) {
      // Files made since that snapshot are on disk; files it lists that are gone are damage.
      data = { ...fromSnapshot.data, files: union(fromSnapshot.data.files, present) };
      ctx.raise({ level: 'warning', code: 'store-manifest-restored', params: { snapshot: fromSnapshot.day, ...(aside ? { movedTo: aside } : {}) } });
    } else if (existed) {
      data = { createdAt: ctx.now().toISOString(), setup: countersRead.kind === 'ok' ? countersRead.data.setup : 'done', keyId: null, files: union(present, snapshotFiles), counters: {} };
      ctx.raise({ level: 'warning', code: 'store-manifest-rebuilt', params: aside ? { movedTo: aside } : {} });
    } else if (present.length === 0 && snapshotFiles.length === 0) {
      fresh = true;
      data = { createdAt: ctx.now().toISOString(), setup: 'pending', keyId: null, files: [], counters: {} };
    } else {
      // A directory from before manifests: list what is there, and what yesterday's copy says should be.
      data = { createdAt: ctx.now().toISOString(), setup: (await setupWasDone(ctx, snapshots)) ? 'done' : 'pending', keyId: null, files: union(present, snapshotFiles), counters: {} };
    }
  }

  const files = new Set(data.files);
  let setup: SetupState = data.setup;
  // Setup recorded as done in either file stays done.
  if (countersRead.kind === 'ok' && countersRead.data.setup === 'done' && setup === 'pending') {
    setup = 'done';
    dirty = true;
  }
  const counters: Record<string, number> = { ...data.counters };
  for (const source of [countersRead.kind === 'ok' ? countersRead.data.counters : {}, snapshotCounters?.data.counters ?? {}]) {
    for (const [name, value] of Object.entries(source)) counters[name] = Math.max(counters[name] ?? 0, value);
  }
  let countersDirty = countersRead.kind !== 'ok' || JSON.stringify(countersRead.data.counters) !== JSON.stringify(counters);
  let keyId = data.keyId;

  const queue = new SerialQueue();
  const persistManifest = (): Promise<void> =>
    queue.run(async () => {
      const next: ManifestData = { createdAt: data.createdAt, setup, keyId, files: [...files].sort(), counters: { ...counters } };
      await ctx.write(MANIFEST_FILE, envelopeBytes(next));
      dirty = false;
    });
  const persistCounters = (values: Record<string, number>): Promise<void> =>
    queue.run(async () => {
      const next: CountersData = { setup, counters: values };
      await ctx.write(COUNTERS_FILE, envelopeBytes(next));
      countersDirty = false;
    });
  const flush = async (): Promise<void> => {
    if (countersDirty) await persistCounters({ ...counters });
    if (dirty) await persistManifest();
  };
  // A full disk must not stop the kiosk from opening: the store retries once it can write.
  await flush().catch(() => undefined);

  return {
    fresh,
    setup: () => setup,
    async markSetupDone() {
      if (setup === 'done') return;
      setup = 'done';
      countersDirty = true;
      dirty = true;
      await flush();
    },
    isListed: (rel) => files.has(manifestPath(rel)),
    listedUnder(name) {
      return [...files].filter((f) => f === `${name}.json` || f.startsWith(`${name}/`));
    },
    async noteWritten(rel) {
      const key = manifestPath(rel);
      if (files.has(key)) return;
      files.add(key);
      dirty = true;
      await persistManifest();
    },
    async checkKey(id) {
      if (keyId === null) {
        keyId = id;
        dirty = true;
        await persistManifest().catch(() => undefined);
        return 'ok';
      }
      return keyId === id ? 'ok' : 'mismatch';
    },
    async counter(name, { seen, atLeast = 0 }) {
      const start = Math.max(counters[name] ?? 0, seen, atLeast);
      if (start !== counters[name]) {
        counters[name] = start;
        countersDirty = true;
        await persistCounters({ ...counters }).catch(() => undefined);
      }
      const numbers = new SerialQueue();
      return {
        current: () => counters[name] ?? start,
        next: (floor = 0) =>
          numbers.run(async () => {
            const value = Math.max(counters[name] ?? start, floor) + 1;
            // Written before the number is used: a crash may skip a number, never repeat one.
            await persistCounters({ ...counters, [name]: value });
            counters[name] = value;
            return value;
          }),
      };
    },
    flush,
  };
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

async function newestGood<T>(snapshotDirs: string[], rel: string, schema: z.ZodType<T>): Promise<{ day: string; data: T } | null> {
  for (const dir of snapshotDirs) {
    const outcome = await readEnvelope(path.join(dir, rel), schema);
    if (outcome.kind === 'ok') return { day: path.basename(dir), data: outcome.data };
  }
  return null;
}

/** Collection files held by a snapshot folder. */
async function filesInSnapshot(dir: string | undefined): Promise<string[]> {
  if (!dir) return [];
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => manifestPath(path.relative(dir, path.join(e.parentPath, e.name))))
    .filter((rel) => rel !== MANIFEST_FILE && rel !== COUNTERS_FILE);
}

async function setupWasDone(ctx: ManifestContext, snapshots: string[]): Promise<boolean> {
  for (const dir of [ctx.dataDir, ...snapshots]) {
    const bytes = await readFileOrNull(path.join(dir, ctx.setupEvidence.file));
    if (bytes === null) continue;
    try {
      if (ctx.setupEvidence.test((JSON.parse(bytes.toString('utf8')) as Envelope).data)) return true;
    } catch {
      // A damaged copy proves nothing either way.
    }
  }
  return false;
}
