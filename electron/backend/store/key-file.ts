import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ensureDir, readFileOrNull, writeFileDurable } from './durable-file';

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
    const key = protector.unprotect(stored);
    if (key.length !== 32) throw new Error(`The key file ${file} is damaged; restore it from backup`);
    return key;
  }
  const key = randomBytes(32);
  await ensureDir(path.dirname(file));
  await writeFileDurable(file, protector.protect(key));
  return key;
}
