import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// Owner-only: patron data must not be readable by other accounts on the kiosk machine.
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Replace `target` so that after a power cut it holds either the old or the new bytes,
 * never an empty or torn file: temp file, fsync, rename, fsync the directory.
 * (lowdb's stock writer skips both fsyncs.)
 */
export async function writeFileDurable(target: string, bytes: Uint8Array, options: { beforeRename?: () => Promise<void> } = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', FILE_MODE);
  try {
    try {
      await handle.writeFile(bytes);
      // fdatasync: the bytes and the size, which is all a reader needs (mtime can wait).
      await handle.datasync();
    } finally {
      await handle.close();
    }
    // The last check before the new bytes become visible (the store: is the lock still ours?).
    await options.beforeRename?.();
    await fs.rename(temp, target);
  } catch (error) {
    // A full disk or a failed rename must not leave temp files piling up next to the data.
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files of writes that a crash interrupted: `.<name>.<hex>.tmp`. */
export const isTempFileName = (name: string): boolean => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);

export async function readFileOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

export async function ensureDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
}

export const isErrno = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === code;

/** No room left: the disk (ENOSPC) or this account's quota (EDQUOT). */
export const isDiskFull = (error: unknown): boolean => isErrno(error, 'ENOSPC') || isErrno(error, 'EDQUOT');
