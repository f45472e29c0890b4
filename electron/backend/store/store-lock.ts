// One writer per data directory, for real: a live holder (even one stopped with SIGSTOP, or a
// laptop asleep) is never taken over, and a holder that lost its lock learns it before its next
// write, not after. The lock is a folder made with mkdir (atomic) plus an owner file naming the
// holder's pid, host and a token for this open.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isErrno, readFileOrNull, writeFileDurable } from './durable-file';

export const LOCK_FILE = 'kiosk.lock';
export const LOCK_OWNER = 'kiosk.lock.pid';
/** A lock folder without an owner file is a crash between mkdir and the owner write, once this old. */
const OWNERLESS_GRACE_MS = 60_000;
/** How often an idle holder looks whether its lock is still its own. */
const CHECK_MS = 5_000;

export class StoreLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`Another Commons Kiosk is already using the data directory ${dataDir}. Close it first, or choose another --data-dir.`);
    this.name = 'StoreLockedError';
  }
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
 * Takes the data directory's lock. `onLost` runs once if another process takes it; from then on
 * `assertOwned` refuses, so no write of this process lands after it knows.
 */
export async function acquireLock(dataDir: string, onLost: (reason: string) => void): Promise<StoreLock> {
  const lockDir = path.join(dataDir, LOCK_FILE);
  const ownerFile = path.join(dataDir, LOCK_OWNER);
  const mkdirOnce = async (): Promise<boolean> => {
    try {
      await fs.mkdir(lockDir, { mode: 0o700 });
      return true;
    } catch (error) {
      if (isErrno(error, 'EEXIST')) return false;
      throw error;
    }
  };
  if (!(await mkdirOnce())) {
    if (!(await lockIsAbandoned(dataDir))) throw new StoreLockedError(dataDir);
    await fs.rm(ownerFile, { force: true });
    await fs.rm(lockDir, { recursive: true, force: true });
    // Two kiosks taking over at once: mkdir lets one win.
    if (!(await mkdirOnce())) throw new StoreLockedError(dataDir);
  }

  const token = randomBytes(16).toString('hex');
  let lost: string | null = null;
  let released = false;
  let ownerWritten = false;
  const lose = (reason: string): void => {
    if (lost !== null || released) return;
    lost = reason;
    clearInterval(watch);
    onLost(reason);
  };
  const stillOurs = async (): Promise<void> => {
    if (lost !== null || released || !ownerWritten) return;
    const owner = parseOwner(await readFileOrNull(ownerFile));
    if (owner?.token !== token) lose(owner ? `process ${owner.pid ?? '?'} on ${owner.host ?? '?'} holds it now` : 'its lock was removed');
  };
  // An idle kiosk learns of a takeover too, not only at its next write.
  const watch = setInterval(() => void stillOurs().catch(() => undefined), CHECK_MS);
  watch.unref();

  return {
    get ownerWritten() {
      return ownerWritten;
    },
    async writeOwner() {
      // Written late (a full disk held it up): someone may have taken the lock meanwhile.
      const present = parseOwner(await readFileOrNull(ownerFile));
      if (present?.token !== undefined && present.token !== token) {
        lose(`process ${present.pid ?? '?'} took it while this one could not write`);
        throw new LockLostError(dataDir, lost ?? '');
      }
      const owner: Owner = { pid: process.pid, host: os.hostname(), token };
      await writeFileDurable(ownerFile, Buffer.from(JSON.stringify(owner)));
      ownerWritten = true;
    },
    async assertOwned() {
      await stillOurs();
      if (lost !== null) throw new LockLostError(dataDir, lost);
    },
    async release() {
      if (released) return;
      clearInterval(watch);
      const ours = parseOwner(await readFileOrNull(ownerFile))?.token === token;
      released = true;
      // After a loss (noticed or not) the folder and the owner file belong to the new holder.
      if (lost !== null || (ownerWritten && !ours)) return;
      await fs.rm(ownerFile, { force: true });
      await fs.rm(lockDir, { recursive: true, force: true });
    },
  };
}
