import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isEncryptedFile } from './codec';
import { ensureDir, FILE_MODE, readFileOrNull, writeFileDurable } from './durable-file';

/** Wraps the key at rest: Electron's safeStorage (OS keychain) or nothing (owner-only file). */
export type KeyProtector = {
  protect(key: Buffer): Buffer;
  unprotect(stored: Buffer): Buffer;
};

export const ownerOnlyFile: KeyProtector = { protect: (k) => Buffer.from(k.toString('hex')), unprotect: (s) => Buffer.from(s.toString().trim(), 'hex') };

/** The key file is missing where encrypted data exists: a new key would make all of it unreadable. */
export class KeyMissingError extends Error {
  override readonly name = 'KeyMissingError';
  constructor(file: string, dataDir: string) {
    super(`The key file ${file} is missing, but ${dataDir} holds data encrypted with a key: restore the key file from your backup (or pass the right --key-file) and start again.`);
  }
}

/**
 * Reads the 32-byte data key from `file`. Only where the data directory holds no encrypted data
 * (a new kiosk) is a missing key created, mode 0600: a new key elsewhere would strand every
 * encrypted record, and a mistyped --key-file would look exactly like that.
 */
export async function loadOrCreateKey(file: string, options: { dataDir: string; protector?: KeyProtector }): Promise<Buffer> {
  const protector = options.protector ?? ownerOnlyFile;
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
  if (await holdsEncryptedData(options.dataDir)) throw new KeyMissingError(path.resolve(file), path.resolve(options.dataDir));
  const key = randomBytes(32);
  await ensureDir(path.dirname(file));
  await writeFileDurable(file, protector.protect(key));
  return key;
}

/** Any encrypted store file under `dir`: data, snapshots and quarantine alike. */
async function holdsEncryptedData(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const handle = await fs.open(path.join(entry.parentPath, entry.name), 'r').catch(() => null);
    if (!handle) continue;
    try {
      const head = Buffer.alloc(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      if (isEncryptedFile(head.subarray(0, bytesRead))) return true;
    } finally {
      await handle.close();
    }
  }
  return false;
}
