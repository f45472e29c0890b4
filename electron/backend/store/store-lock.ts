// One writer per data directory, for real: a live holder (even one stopped with SIGSTOP) is never
// taken over, and a holder that lost its lock learns it before its next write, not after.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { isErrno, readFileOrNull, writeFileDurable } from './durable-file';

export const LOCK_FILE = 'kiosk.lock';
/** pid, host and a per-open token of the holder: who holds the lock, and proof that it is still us. */
export const LOCK_OWNER = 'kiosk.lock.pid';
/**
 * proper-lockfile treats a lock whose folder was not touched for `stale` ms as abandoned and takes
 * it. A kiosk frozen that long (a stopped process, a laptop asleep) is not gone: liveness is decided
 * by the holder's pid instead, so staleness is pushed out of reach.
 */
const NEVER_STALE_MS = 2 ** 30;
/** A lock folder without an owner file is a crash between mkdir and the owner write, once this old. */
const OWNERLESS_GRACE_MS = 60_000;

export class StoreLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`Another Commons Kiosk is already using the data directory ${dataDir}. Close it first, or choose another --data-dir.`);
    this.name = 'StoreLockedError';
  }
}

type Owner = { pid: number; host: string; token: string };

export type StoreLock = {
  /** The owner file is on disk (false when a full disk stopped it: the store stays read-only). */
  readonly ownerWritten: boolean;
  writeOwner(): Promise<void>;
  /** Throws (and reports the loss once) unless the lock is still this process's. */
  assertOwned(): Promise<void>;
  release(): Promise<void>;
};

const parseOwner = (bytes: Buffer | null): Partial<Owner> | null => {
  if (bytes === null) return null;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Partial<Owner>) : null;
  } catch {
    return null;
  }
};

async function processIsGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return isErrno(error, 'ESRCH');
  }
  // Killed but not yet reaped by its parent: a zombie answers signal 0 yet holds nothing.
  // A stopped process (state T) is alive: it will resume and write.
  if (process.platform === 'linux') {
    const stat = await readFileOrNull(`/proc/${pid}/stat`);
    if (stat !== null && /^\d+ \(.*\) Z/s.test(stat.toString('utf8'))) return true;
  }
  return false;
}

/** True when the lock left in `dataDir` belongs to nobody alive, so it may be taken over. */
async function lockIsAbandoned(dataDir: string): Promise<boolean> {
  const owner = parseOwner(await readFileOrNull(path.join(dataDir, LOCK_OWNER)));
  if (owner === null || typeof owner.pid !== 'number') {
    const stat = await fs.stat(path.join(dataDir, LOCK_FILE)).catch(() => null);
    return stat === null || Date.now() - stat.mtimeMs > OWNERLESS_GRACE_MS;
  }
  // Another machine (a shared folder): its pid means nothing here, so it is never taken over.
  if (owner.host !== os.hostname() || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  return processIsGone(owner.pid);
}

/**
 * Takes the data directory's lock. `onLost` runs once if another process takes it or it is
 * removed; from then on `assertOwned` refuses, so no write of this process lands after the loss.
 */
export async function acquireLock(dataDir: string, onLost: (reason: string) => void): Promise<StoreLock> {
  const ownerFile = path.join(dataDir, LOCK_OWNER);
  const token = randomBytes(16).toString('hex');
  let lost: string | null = null;
  let released = false;
  const lose = (reason: string): void => {
    if (lost !== null || released) return;
    lost = reason;
    onLost(reason);
  };
  const lockOnce = (): Promise<() => Promise<void>> =>
    lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, LOCK_FILE),
      realpath: false,
      stale: NEVER_STALE_MS,
      update: 5_000,
      retries: 0,
      onCompromised: (error) => lose(error.message),
    });

  let release: () => Promise<void>;
  try {
    release = await lockOnce();
  } catch (error) {
    if (!isErrno(error, 'ELOCKED')) throw error;
    if (!(await lockIsAbandoned(dataDir))) throw new StoreLockedError(dataDir);
    await fs.rm(ownerFile, { force: true });
    await fs.rm(path.join(dataDir, LOCK_FILE), { recursive: true, force: true });
    try {
      release = await lockOnce();
    } catch (retryError) {
      if (isErrno(retryError, 'ELOCKED')) throw new StoreLockedError(dataDir);
      throw retryError;
    }
  }

  let ownerWritten = false;
  const lock: StoreLock = {
    get ownerWritten() {
      return ownerWritten;
    },
    async writeOwner() {
      const owner: Owner = { pid: process.pid, host: os.hostname(), token };
      await writeFileDurable(ownerFile, Buffer.from(JSON.stringify(owner)));
      ownerWritten = true;
    },
    async assertOwned() {
      if (lost === null) {
        const owner = parseOwner(await readFileOrNull(ownerFile));
        if (owner?.token !== token) lose('the lock owner file names another process');
      }
      if (lost !== null) throw new LockLostError(dataDir, lost);
    },
    async release() {
      if (released) return;
      released = true;
      // Only our own owner file: after a loss it belongs to the new holder.
      if (lost === null && parseOwner(await readFileOrNull(ownerFile))?.token === token) await fs.rm(ownerFile, { force: true });
      await release().catch(() => undefined);
    },
  };
  return lock;
}

export class LockLostError extends Error {
  override readonly name = 'LockLostError';
  constructor(
    readonly dataDir: string,
    readonly reason: string,
  ) {
    super(`Commons Kiosk stopped writing: another program took over the data directory ${dataDir} (${reason}). Run one kiosk per data directory, then start it again.`);
  }
}
