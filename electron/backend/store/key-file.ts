import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ensureDir, FILE_MODE, readFileOrNull, writeFileDurable } from './durable-file';

/** Wraps the key at rest: Electron's safeStorage (OS keychain) or nothing (owner-only file). */
export type KeyProtector = {
  protect(key: Buffer): Buffer;
  unprotect(stored: Buffer): Buffer;
};

export const ownerOnlyFile: KeyProtector = { protect: (k) => Buffer.from(k.toString('hex')), unprotect: (s) => Buffer.from(s.toString().trim(), 'hex') };

/** Reads the 32-byte data key from `file`, creating it (mode 0600) on first use. */
export async function loadOrCreateKey(file: string, protector: KeyProtector = ownerOnlyFile): Promise<Buffer> {
  const stored = await readFileOrNull(file);
  if (stored !== null) {
    let key: Buffer;
    try {
      key = protector.unprotect(stored);
    } catch (error) {
      // safeStorage refuses when the OS keychain changed (new user profile, reinstalled OS).
      throw new Error(`The key file ${file} cannot be unlocked (${error instanceof Error ? error.message : String(error)}); restore it from backup`);
    }
    if (key.length !== 32) throw new Error(`The key file ${file} is damaged; restore it from backup`);
    // A key copied in by hand may be world-readable.
    if (process.platform !== 'win32') await fs.chmod(file, FILE_MODE);
    return key;
  }
  const key = randomBytes(32);
  await ensureDir(path.dirname(file));
  await writeFileDurable(file, protector.protect(key));
  return key;
}
